import { readersFromPreferences } from "../../src/hooks/readers";
import { MemoryStore } from "../../src/sources/store";
import { closeAll, postJson, testBridge } from "../bridge/harness";
import { fixture } from "../fixtures";

afterAll(closeAll);

const settings = { useBridge: true, useOAuth: false, useKeychain: false, bridgePort: 63762 };

test("the bridge reader reads the bridge on the Bridge Port preference", async () => {
  const bridge = await testBridge();
  await postJson(bridge.port, fixture("bridge-post.json"));
  const readers = readersFromPreferences({ ...settings, bridgePort: bridge.port }, new MemoryStore());
  expect(readers.map((r) => [r.source, r.sourceLabel])).toEqual([["bridge", "Browser companion"]]);
  const snapshots = await readers[0].read();
  expect(snapshots.map((s) => s.sourceLabel)).toEqual(["Browser bridge", "Browser bridge"]);
});

test("useBridge off: no bridge reader", () => {
  expect(readersFromPreferences({ ...settings, useBridge: false }, new MemoryStore())).toEqual([]);
});
