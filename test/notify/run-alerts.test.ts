import { mergeSnapshots } from "../../src/core/merge";
import { snapshotsFromDocument } from "../../src/core/snapshot";
import { buildView } from "../../src/core/view";
import { ALERT_STATE_KEY, runAlerts } from "../../src/notify/run-alerts";
import { alertLine, streamNotifier } from "../../src/notify/stderr";
import { MemoryStore } from "../../src/sources/store";
import { RecordingNotifier } from "./recording-notifier";

const NOW = new Date("2026-11-24T12:00:00Z");
const viewOf = (utilization: number, minute = 0) => {
  const now = new Date(NOW.getTime() + minute * 60_000);
  const payload = { five_hour: { utilization, resets_at: "2026-11-24T14:47:00Z" } };
  return buildView(mergeSnapshots(snapshotsFromDocument(payload, "file t.json"), { now, staleAfterMs: 600_000 }), now);
};

test("background runs sharing a store notify once per threshold", async () => {
  const store = new MemoryStore();
  const notifier = new RecordingNotifier();
  for (const [minute, percent] of [
    [0, 81],
    [1, 81],
    [2, 95.5],
    [3, 96],
  ]) {
    await runAlerts(viewOf(percent, minute), { store, notifier, enabled: true });
  }
  expect(notifier.shown.map((a) => a.title)).toEqual(["Claude 5-hour is at 81%", "Claude 5-hour is at 96%"]);
  expect(JSON.parse(store.get(ALERT_STATE_KEY)!)).toMatchObject({
    "source:file t.json|five_hour": { fired: ["80", "95"] },
  });
});

test("a failing notifier is reported, and the alert is still marked as fired", async () => {
  const store = new MemoryStore();
  const errors: unknown[] = [];
  const failing = new RecordingNotifier(new Error("osascript: not allowed"));
  const raised = await runAlerts(viewOf(85), {
    store,
    notifier: failing,
    enabled: true,
    onError: (e) => errors.push(e),
  });
  expect(raised).toHaveLength(1);
  expect(errors).toEqual([new Error("osascript: not allowed")]);
  const again = new RecordingNotifier();
  await runAlerts(viewOf(85, 1), { store, notifier: again, enabled: true });
  expect(again.shown).toEqual([]);
});

test("preference off: no notification and the stored state is untouched", async () => {
  const store = new MemoryStore();
  const notifier = new RecordingNotifier();
  expect(await runAlerts(viewOf(99), { store, notifier, enabled: false })).toEqual([]);
  expect(notifier.shown).toEqual([]);
  expect(store.get(ALERT_STATE_KEY)).toBeUndefined();
});

test("unreadable stored state starts afresh instead of failing", async () => {
  const store = new MemoryStore();
  store.set(ALERT_STATE_KEY, "{not json");
  const notifier = new RecordingNotifier();
  await runAlerts(viewOf(85), { store, notifier, enabled: true });
  expect(notifier.shown).toHaveLength(1);
});

test("the terminal notifier writes one line per alert", async () => {
  const lines: string[] = [];
  const alert = { id: "x", mark: "80" as const, title: "Claude 5-hour is at 85%", message: "resets in 2h 47m" };
  await streamNotifier((line) => lines.push(line)).notify(alert);
  expect(lines).toEqual(["alert: Claude 5-hour is at 85% — resets in 2h 47m\n"]);
  expect(alertLine(alert)).toBe("alert: Claude 5-hour is at 85% — resets in 2h 47m");
});
