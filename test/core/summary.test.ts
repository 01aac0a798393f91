import { mergeSnapshots } from "../../src/core/merge";
import { parseSnapshotArray, snapshotsFromDocument, type Snapshot } from "../../src/core/snapshot";
import {
  commandSubtitle,
  extraUsageLine,
  menuBarTitle,
  NO_DATA_MARK,
  STALE_MARK,
  titleWindows,
  updatedLine,
} from "../../src/core/summary";
import { buildView } from "../../src/core/view";
import { fixture, NOW } from "../fixtures";

const STALE_AFTER_MS = 10 * 60_000;
const viewOf = (snapshots: Snapshot[], now = NOW) =>
  buildView(mergeSnapshots(snapshots, { now, staleAfterMs: STALE_AFTER_MS }), now);
const bridge = () => viewOf(parseSnapshotArray(fixture("bridge-post.json"), "bridge"));
const file = (raw: unknown) => viewOf(snapshotsFromDocument(raw, "file usage.json"));
const title = (view = bridge(), mode: "most-pressing" | "five-hour" | "five-hour-seven-day" = "most-pressing") =>
  menuBarTitle(view, { mode, staleAfterMs: STALE_AFTER_MS, noDataReason: "no source" });

test("the title is the binding window, coloured by its severity", () => {
  expect(title()).toMatchObject({ text: "Opus 91%", severity: "warning", stale: false });
  expect(title().tooltip).toBe("7-day Opus 91% · resets in 1464d 21h"); // fixtures reset in 2030
});

test("a model-scoped cap is the title when it binds", () => {
  expect(title(file(fixture("usage-limits-spend.json")))).toMatchObject({ text: "Fable 84%", severity: "warning" });
});

test("five-hour and five-hour + seven-day modes", () => {
  expect(title(bridge(), "five-hour")).toMatchObject({ text: "5h 42%", severity: "ok" });
  expect(title(bridge(), "five-hour-seven-day")).toMatchObject({ text: "5h 42% · 7d 78%", severity: "ok" });
  // Without a five-hour window the binding window stands in.
  const weekly = file({ seven_day: { utilization: 101, resets_at: "2030-01-01T00:00:00Z" } });
  expect(title(weekly, "five-hour")).toMatchObject({ text: "7d 101%", severity: "critical" });
  expect(titleWindows(weekly, "five-hour-seven-day").map((w) => w.key)).toEqual(["seven_day"]);
});

test("no data: the no-data mark with the reason as tooltip", () => {
  expect(title(viewOf([]))).toEqual({ text: NO_DATA_MARK, severity: null, stale: false, tooltip: "no source" });
});

test("old data carries the stale mark and says how old it is", () => {
  const later = new Date(NOW.getTime() + 15 * 60_000);
  const view = viewOf(parseSnapshotArray(fixture("bridge-post.json"), "bridge"), later);
  expect(title(view)).toMatchObject({ text: `Opus 91% ${STALE_MARK}`, stale: true });
  expect(title(view).tooltip).toContain("Data from 15 min ago");
});

test("a reading that predates its reset shows ↻, not the old percent", () => {
  const view = file({ five_hour: { utilization: 97, resets_at: "2026-11-24T11:00:00Z" } });
  expect(title(view, "five-hour").text).toBe("5h ↻");
});

test("not-started windows still give a title when nothing is active", () => {
  expect(title(file({ five_hour: { utilization: 0, resets_at: null } })).text).toBe("5h 0%");
});

test("the root-search subtitle leads with the binding window when it is not 5h or 7d", () => {
  expect(commandSubtitle(bridge())).toBe("Opus 91% · 5h 42% · 7d 78%");
  expect(commandSubtitle(file(fixture("usage-limits-spend.json")))).toBe("Fable 84% · 5h 27% · 7d 60%");
  expect(commandSubtitle(file({ five_hour: { utilization: 42, resets_at: "2030-01-01T00:00:00Z" } }))).toBe("5h 42%");
  expect(commandSubtitle(viewOf([]))).toBeNull();
});

test("updated line names every source and the age of the freshest reading", () => {
  const [first] = bridge().accounts;
  expect(updatedLine(first, NOW)).toBe("Updated 30 s ago via Browser bridge");
  const [fromFile] = file(fixture("usage-oauth-percent.json")).accounts;
  expect(updatedLine(fromFile, NOW)).toBe("Read from file usage.json");
});

test("extra usage line in the account's currency", () => {
  const [first, second] = bridge().accounts;
  expect(extraUsageLine(first.extraUsage!)).toBe("Extra usage: $12.34 of $50.00 · 24.7% · enabled");
  expect(extraUsageLine(second.extraUsage!)).toBe("Extra usage: disabled");
  const spend = file(fixture("usage-limits-spend.json")).accounts[0].extraUsage!;
  expect(extraUsageLine(spend)).toBe("Extra usage: €534.11 of €550.00 · 97% · disabled · Out of credits");
});
