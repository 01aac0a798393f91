import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { bridgeHealth, bridgeReader, isBridgeUp } from "../../src/sources/bridge";
import { loadSnapshots } from "../../src/sources/load";
import { closeAll, orgUuid, postJson, testBridge, wireSnapshot } from "../bridge/harness";
import { fixture, NOW } from "../fixtures";

const servers: Server[] = [];
afterAll(async () => {
  await closeAll();
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
});

/** A stand-in that answers like a broken bridge would. */
async function fakeBridge(listener: RequestListener): Promise<string> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const answering = (status: number, body: string) =>
  fakeBridge((_req, res) => {
    res.writeHead(status, { "Content-Type": "application/json" });
    res.end(body);
  });

test("reads the latest snapshots, each labelled with its browser", async () => {
  const bridge = await testBridge();
  await postJson(bridge.port, fixture("bridge-post.json"));
  await postJson(bridge.port, [wireSnapshot("org-arc", "2026-11-24T11:58:00Z", 66)]);
  const snapshots = await bridgeReader({ url: bridge.url }).read();
  expect(snapshots.map((s) => [s.source, s.sourceLabel, s.orgUuid])).toEqual([
    ["bridge", "Browser bridge", "0b8e7d1c-0000-4000-8000-00000000b001"],
    ["bridge", "Browser bridge", "0b8e7d1c-0000-4000-8000-00000000b002"],
    ["bridge", "Chrome bridge", orgUuid("org-arc")],
  ]);
  expect(snapshots[0].fetchedAt).toEqual(new Date("2026-11-24T11:59:30.000Z"));
  expect(snapshots[2].usage.windows[0]).toMatchObject({ key: "five_hour", percent: 66 });
  expect(snapshots[1].errors).toEqual(["overage: 404 Not Found"]);
});

test("localhost works as well as 127.0.0.1", async () => {
  const bridge = await testBridge();
  await postJson(bridge.port, fixture("bridge-post.json"));
  expect(await bridgeReader({ url: `http://localhost:${bridge.port}/` }).read()).toHaveLength(2);
});

test("bridge down: says so, and what to do", async () => {
  const bridge = await testBridge();
  await bridge.close();
  await expect(bridgeReader({ url: bridge.url }).read()).rejects.toThrow(
    `bridge not running on 127.0.0.1:${bridge.port} — start it / load the companion`,
  );
});

test("running but empty: points at the companion", async () => {
  const bridge = await testBridge();
  await expect(bridgeReader({ url: bridge.url }).read()).rejects.toThrow(
    /has no snapshots yet — is the companion extension loaded and logged in to claude\.ai\?/,
  );
});

test("a bridge that does not answer times out", async () => {
  const url = await fakeBridge(() => undefined);
  await expect(bridgeReader({ url, timeoutMs: 200 }).read()).rejects.toThrow(/did not answer within 0\.2 s$/);
});

test.each([
  [403, '{"ok":false,"error":"forbidden: Host must be 127.0.0.1"}', /answered HTTP 403: forbidden: Host must be/],
  [500, "<html>oops</html>", /answered HTTP 500$/],
  [200, "not json", /malformed answer \(not JSON\)$/],
  [200, '{"snaps":[]}', /malformed answer \(snapshots: .*expected array/],
  [200, '{"snapshots":[{"org_uuid":"o","fetched_at":"soon","usage":{}}]}', /malformed answer \(.*\[0\]\.fetched_at/],
  [200, `{"snapshots":[],"padding":"${"x".repeat(2 * 1024 * 1024)}"}`, /sent an answer over 1 MiB; refused/],
])("HTTP %i %s is a clear failure", async (status, body, message) => {
  const url = await answering(status, body);
  await expect(bridgeReader({ url }).read()).rejects.toThrow(message);
});

test.each([["https://127.0.0.1:63762"], ["http://bridge.example:63762"], ["http://10.0.0.2:63762"], ["not a url"]])(
  "refuses the non-loopback URL %s without a request",
  async (url) => {
    const spy = jest.fn<Promise<Response>, Parameters<typeof fetch>>();
    await expect(bridgeReader({ url, fetch: spy }).read()).rejects.toThrow(/bridge URL/);
    expect(spy).not.toHaveBeenCalled();
  },
);

test("through loadSnapshots a failure names the source and hides nothing else; not running may be a first run", async () => {
  const bridge = await testBridge();
  await bridge.close();
  const result = await loadSnapshots([bridgeReader({ url: bridge.url })]);
  expect(result.snapshots).toEqual([]);
  expect(result.failures).toEqual([
    {
      source: "bridge",
      sourceLabel: "Browser companion",
      message: expect.stringMatching(/^bridge not running on 127\.0\.0\.1:\d+/),
      kind: "not_set_up",
    },
  ]);
});

describe("bridgeHealth", () => {
  test("reports the bridge's version, snapshot count and last receipt", async () => {
    const bridge = await testBridge();
    expect(await bridgeHealth({ url: bridge.url })).toEqual({
      version: expect.any(String),
      snapshots: 0,
      lastReceivedAt: null,
    });
    await postJson(bridge.port, fixture("bridge-post.json"));
    expect(await bridgeHealth({ url: bridge.url })).toMatchObject({ snapshots: 2, lastReceivedAt: NOW });
  });

  test("something else on the port is not a bridge", async () => {
    const url = await answering(200, '{"ok":true}');
    await expect(bridgeHealth({ url })).rejects.toThrow(/malformed answer \(version: /);
  });

  test("a bridge that is down", async () => {
    const bridge = await testBridge();
    await bridge.close();
    await expect(bridgeHealth({ url: bridge.url })).rejects.toThrow(/^bridge not running on 127\.0\.0\.1:/);
  });
});

test("isBridgeUp: true for a bridge, false for a closed port", async () => {
  const bridge = await testBridge();
  expect(await isBridgeUp(bridge.port)).toBe(true);
  await bridge.close();
  expect(await isBridgeUp(bridge.port)).toBe(false);
});
