import { mergeSnapshots } from "../../src/core/merge";
import { snapshotsFromDocument } from "../../src/core/snapshot";
import { combineHistories, HISTORY_KEY, loadHistory, recordHistory } from "../../src/sources/history-store";
import { MemoryStore } from "../../src/sources/store";
import { fixture } from "../fixtures";

const accountsAt = (iso: string, utilization: number) => {
  const [snapshot] = snapshotsFromDocument(
    [
      {
        ...(fixture("bridge-post.json") as object[])[0],
        fetched_at: iso,
        usage: { five_hour: { utilization, resets_at: "2026-11-24T14:47:00Z" } },
      },
    ],
    "file t.json",
  );
  return mergeSnapshots([snapshot], { now: new Date(iso), staleAfterMs: 600_000 });
};

test("readings accumulate in the store across launches", () => {
  const store = new MemoryStore();
  recordHistory(store, accountsAt("2026-11-24T12:00:00Z", 40), {}, new Date("2026-11-24T12:00:00Z"));
  const history = recordHistory(store, accountsAt("2026-11-24T12:05:00Z", 45), {}, new Date("2026-11-24T12:05:00Z"));
  const [series] = Object.values(history);
  expect(series.map((s) => s.percent)).toEqual([40, 45]);
  expect(loadHistory(store)).toEqual(history);
});

test("unreadable stored history starts a new one", () => {
  const store = new MemoryStore();
  store.set(HISTORY_KEY, "{truncated");
  expect(loadHistory(store)).toEqual({});
  const now = new Date("2026-11-24T12:00:00Z");
  expect(Object.values(recordHistory(store, accountsAt("2026-11-24T12:00:00Z", 40), {}, now))).toHaveLength(1);
});

test("combineHistories interleaves the series of each window in time order", () => {
  const s = (minute: number, percent: number) => ({ at: minute * 60_000, percent, resetsAt: null });
  const ours = { "org:x|five_hour": [s(0, 10), s(20, 30)] };
  const bridge = { "org:x|five_hour": [s(10, 20), s(30, 40)], "org:x|seven_day": [s(0, 5)] };
  expect(combineHistories(ours, bridge)).toEqual({
    "org:x|five_hour": [s(0, 10), s(10, 20), s(20, 30), s(30, 40)],
    "org:x|seven_day": [s(0, 5)],
  });
});
