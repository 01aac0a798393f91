import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { HISTORY_MAX_AGE_MS, MAX_SERIES, type History, type Sample } from "../../src/core/history";
import { MAX_SNAPSHOTS, STATE_FILE } from "../../src/bridge/store";
import { closeAll, orgUuid, postJson, raw, tempDir, testBridge, wireSnapshot } from "./harness";

afterAll(closeAll);

const RESET = Date.parse("2030-11-24T18:42:00Z");
const MINUTE = 60_000;
const T0 = Date.parse("2026-11-20T00:00:00Z");
const iso = (ms: number) => new Date(ms).toISOString();

async function historyOf(port: number, org?: string) {
  const res = await raw(port, { path: org === undefined ? "/history" : `/history?org=${encodeURIComponent(org)}` });
  expect(res.status).toBe(200);
  return res.json() as { org?: string; history: History };
}

const A = orgUuid("org-a");
const B = orgUuid("org-b");
const seriesA = `org:${A}|five_hour`;
const seriesB = `org:${B}|five_hour`;

const onDisk = (dataDir: string) => JSON.parse(readFileSync(join(dataDir, STATE_FILE), "utf8"));

test("samples are taken at fetched_at, per org and window, and filtered by ?org=", async () => {
  const bridge = await testBridge();
  await postJson(bridge.port, [wireSnapshot("org-a", iso(T0), 10), wireSnapshot("org-b", iso(T0), 70)]);
  await postJson(bridge.port, [wireSnapshot("org-a", iso(T0 + 5 * MINUTE), 20)]);
  const a = await historyOf(bridge.port, A);
  expect(a).toEqual({
    org: A,
    history: {
      [seriesA]: [
        { at: T0, percent: 10, resetsAt: RESET },
        { at: T0 + 5 * MINUTE, percent: 20, resetsAt: RESET },
      ],
    },
  });
  expect(Object.keys((await historyOf(bridge.port)).history).sort()).toEqual([seriesA, seriesB].sort());
  const other = orgUuid("org-zzz");
  expect(await historyOf(bridge.port, other)).toEqual({ org: other, history: {} });
});

test("a reset starts the series afresh", async () => {
  const bridge = await testBridge();
  const before = { ...wireSnapshot("org-a", iso(T0), 90) };
  const after = {
    ...wireSnapshot("org-a", iso(T0 + 10 * MINUTE), 3),
    usage: { five_hour: { utilization: 3, resets_at: iso(T0 + 5 * 60 * MINUTE) } },
  };
  await postJson(bridge.port, [before]);
  await postJson(bridge.port, [after]);
  expect((await historyOf(bridge.port, A)).history[seriesA]).toEqual([
    { at: T0 + 10 * MINUTE, percent: 3, resetsAt: T0 + 5 * 60 * MINUTE },
  ]);
});

test("history survives a restart; a bad stored sample costs only that sample", async () => {
  const first = await testBridge();
  await postJson(first.port, [wireSnapshot("org-a", iso(T0), 10), wireSnapshot("org-b", iso(T0), 30)]);
  await postJson(first.port, [wireSnapshot("org-a", iso(T0 + 2 * MINUTE), 12)]);
  const before = await historyOf(first.port);
  await first.close();

  const second = await testBridge({ dataDir: first.dataDir });
  expect(await historyOf(second.port)).toEqual(before);
  await second.close();

  const doc = onDisk(first.dataDir);
  doc.history[seriesB] = [{ at: "yesterday", percent: 30 }];
  doc.history[seriesA].push({ at: T0 + 9 * MINUTE, percent: -5, resetsAt: null });
  writeFileSync(join(first.dataDir, STATE_FILE), JSON.stringify(doc));
  const third = await testBridge({ dataDir: first.dataDir });
  expect(third.logs).toEqual([]);
  expect((await historyOf(third.port)).history).toEqual({
    [seriesA]: before.history[seriesA],
  });
  expect((await raw(third.port, { path: "/snapshots" })).json().snapshots).toHaveLength(2);
});

test("a series stays bounded in memory and on disk: a week at most, minute resolution only for the last hour", async () => {
  // Ten days of readings every 15 minutes, then sixteen hours of readings every minute: 2000 samples posted.
  const coarse = Array.from({ length: 1000 }, (_, i) => T0 + i * 15 * MINUTE);
  const fineStart = coarse[coarse.length - 1] + MINUTE;
  const fine = Array.from({ length: 1000 }, (_, i) => fineStart + i * MINUTE);
  const all = [...coarse, ...fine];
  // The bridge's clock reads the newest reading's time: none of them is from its future.
  const bridge = await testBridge({ now: () => new Date(all[all.length - 1]) });
  for (const times of [coarse, fine]) {
    const body = times.map((at) => wireSnapshot("org-a", iso(at), (all.indexOf(at) / all.length) * 99));
    expect((await postJson(bridge.port, body)).json()).toEqual({ ok: true, accepted: 1000, ignored: 0 });
  }
  const series = (await historyOf(bridge.port, A)).history[seriesA];
  const newest = all[all.length - 1];
  expect(series[series.length - 1].at).toBe(newest);
  expect(series[0].at).toBeGreaterThanOrEqual(newest - HISTORY_MAX_AGE_MS);
  const lastHour = series.filter((s: Sample) => s.at > newest - 60 * MINUTE);
  expect(lastHour.length).toBeGreaterThanOrEqual(59);
  expect(lastHour.length).toBeLessThanOrEqual(61);
  expect(series.length).toBeLessThanOrEqual(61 + 7 * 24 * 4 + 1);
  await bridge.flush();
  expect(onDisk(bridge.dataDir).history).toEqual((await historyOf(bridge.port)).history);
});

test("the number of series and of snapshots stays bounded", async () => {
  const bridge = await testBridge();
  const orgs = Array.from({ length: 1000 }, (_, i) => orgUuid(`org-${i}`));
  const body = orgs.map((org, i) => wireSnapshot(org, iso(T0 + i * 1000), 50));
  expect((await postJson(bridge.port, body)).status).toBe(200);
  const history = (await historyOf(bridge.port)).history;
  expect(Object.keys(history)).toHaveLength(MAX_SERIES);
  // The newest readings are the ones kept.
  expect(history[`org:${orgs[999]}|five_hour`]).toBeDefined();
  expect(history[`org:${orgs[0]}|five_hour`]).toBeUndefined();
  const health = (await raw(bridge.port)).json();
  expect(health.snapshots).toBe(MAX_SNAPSHOTS);
  const kept = (await raw(bridge.port, { path: "/snapshots" })).json().snapshots as { org_uuid: string }[];
  expect(kept.map((s) => s.org_uuid).sort()).toEqual(orgs.slice(-MAX_SNAPSHOTS).sort());
  await bridge.flush();
  const file = onDisk(bridge.dataDir);
  expect(file.snapshots).toHaveLength(MAX_SNAPSHOTS);
  expect(Object.keys(file.history)).toHaveLength(MAX_SERIES);
});

test("a state file from before history existed still loads", async () => {
  const dataDir = tempDir();
  const snapshot = { ...wireSnapshot("org-a", iso(T0), 10), org_name: null, overage: null, subscription: null };
  const legacy = { version: 1, snapshots: [{ snapshot, received_at: iso(T0) }] };
  writeFileSync(join(dataDir, STATE_FILE), JSON.stringify(legacy));
  const bridge = await testBridge({ dataDir });
  expect(bridge.logs).toEqual([]);
  expect((await raw(bridge.port)).json().snapshots).toBe(1);
  expect((await historyOf(bridge.port)).history).toEqual({});
});
