/**
 * The Raycast commands' source wiring, for real: readersFromPreferences builds the OAuth reader,
 * which reads Claude Code's credentials from HOME, asks the fake api.anthropic.com and keeps its
 * state in Raycast's Cache (the double's), where the next launch finds it.
 */
import { Cache } from "@raycast/api";
import { join } from "node:path";
import { readersFromPreferences } from "../../src/hooks/readers";
import { CacheStore, SOURCE_STATE_NAMESPACE } from "../../src/hooks/cache-store";
import { USAGE_PATH } from "../../src/sources/oauth-http";
import { OAUTH_BASE_URL_ENV } from "../../src/sources/oauth";
import { resetRaycastDouble } from "../raycast-api-double/control";
import { fixture } from "../fixtures";
import { startFixtureAnthropic, type FakeAnthropic } from "../sources/fake-anthropic";
import { FAKE_ACCESS_TOKEN, makeTempHome, type TempHome } from "../sources/temp-home";
import { MemoryStore } from "../../src/sources/store";
import { lastReadingsPath, recordLastReadings } from "../../src/sources/last-readings";
import { statusInputSnapshot } from "../../src/core/status-input";
import { closeAll, postJson, testBridge } from "../bridge/harness";

const SOURCES = { useBridge: true, useOAuth: true, useKeychain: false, bridgePort: 63762 };

let fake: FakeAnthropic;
let home: TempHome;
const ENV_KEYS = [OAUTH_BASE_URL_ENV, "CLAUDE_CONFIG_DIR", "XDG_STATE_HOME"] as const;
const savedEnv = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));

function restoreEnv(): void {
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
}

beforeEach(async () => {
  resetRaycastDouble();
  fake = await startFixtureAnthropic();
  home = makeTempHome();
  // Jest's process.env is the test's own copy, which os.homedir() never sees: point Claude Code's
  // config dir at the temporary home instead, as a user with CLAUDE_CONFIG_DIR would.
  process.env.CLAUDE_CONFIG_DIR = join(home.dir, ".claude");
  process.env.XDG_STATE_HOME = join(home.dir, "state");
  process.env[OAUTH_BASE_URL_ENV] = fake.baseUrl;
});

afterEach(async () => {
  restoreEnv();
  await fake.close();
  home.remove();
});

test("the OAuth preference gives the OAuth reader; turning it off leaves it out", () => {
  expect(readersFromPreferences({ ...SOURCES, useBridge: false }).map((r) => r.sourceLabel)).toEqual([
    "Claude Code",
    "Last readings",
  ]);
  expect(readersFromPreferences({ ...SOURCES, useBridge: false, useOAuth: false })).toEqual([]);
});

test("the OAuth reader reads through to the endpoint and keeps its state in Raycast's Cache", async () => {
  const [reader] = readersFromPreferences({ ...SOURCES, useBridge: false });
  const [snapshot] = await reader.read();
  expect(snapshot.usage.windows.find((w) => w.key === "seven_day_opus")?.percent).toBe(91);
  expect(fake.requests[0].headers.authorization).toBe(`Bearer ${FAKE_ACCESS_TOKEN}`);

  // A second launch within the minute reuses the cached reading instead of asking again.
  await readersFromPreferences({ ...SOURCES, useBridge: false })[0].read();
  expect(fake.count(USAGE_PATH)).toBe(1);
  expect(new Cache({ namespace: SOURCE_STATE_NAMESPACE }).isEmpty).toBe(false);
});

test("CacheStore is a KeyValueStore over one Cache namespace", () => {
  const store = new CacheStore("test");
  store.set("k", "v");
  expect(store.get("k")).toBe("v");
  expect(new Cache({ namespace: "test" }).get("k")).toBe("v");
  store.remove("k");
  expect(store.get("k")).toBeUndefined();
});

afterAll(closeAll);

const settings = { useBridge: true, useOAuth: false, useKeychain: false, bridgePort: 63762 };

test("the bridge reader reads the bridge on the Bridge Port preference", async () => {
  const bridge = await testBridge();
  await postJson(bridge.port, fixture("bridge-post.json"));
  const readers = readersFromPreferences({ ...settings, bridgePort: bridge.port }, new MemoryStore());
  expect(readers.map((r) => [r.source, r.sourceLabel])).toEqual([
    ["bridge", "Browser companion"],
    ["statusline", "Last readings"],
  ]);
  const snapshots = await readers[0].read();
  expect(snapshots.map((s) => s.sourceLabel)).toEqual(["Browser bridge", "Browser bridge"]);
});

test("useBridge off: no bridge reader", () => {
  expect(readersFromPreferences({ ...settings, useBridge: false }, new MemoryStore())).toEqual([]);
});

test("a reading Claude Code handed the status line reaches the commands through the last-readings file", async () => {
  const windows = [{ key: "five_hour", percent: 42, resetsAt: new Date("2030-11-26T17:02:00Z") }];
  const at = new Date();
  recordLastReadings(lastReadingsPath(), [statusInputSnapshot(windows, at, null)], at);
  const readers = readersFromPreferences({ ...settings, bridgePort: 1 }, new MemoryStore());
  const snapshots = await readers[1].read();
  expect(snapshots).toHaveLength(1);
  expect(snapshots[0]).toMatchObject({ source: "statusline", sourceLabel: "Claude Code status line", fetchedAt: at });
  expect(snapshots[0].usage.windows.map((w) => [w.key, w.percent])).toEqual([["five_hour", 42]]);
});
