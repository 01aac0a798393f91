import { evaluateAlerts, parseAlertState, type AlertState } from "../../src/core/alerts";
import { historyKey, type History } from "../../src/core/history";
import { mergeSnapshots } from "../../src/core/merge";
import { snapshotsFromDocument } from "../../src/core/snapshot";
import { buildView } from "../../src/core/view";

const START = new Date("2026-11-24T12:00:00Z");
const RESET = "2026-11-24T14:47:00Z";
const ID = "source:file t.json";

const viewAt = (minute: number, windows: Record<string, unknown>, history: History = {}) => {
  const now = new Date(START.getTime() + minute * 60_000);
  const accounts = mergeSnapshots(snapshotsFromDocument(windows, "file t.json"), { now, staleAfterMs: 600_000 });
  return buildView(accounts, now, history);
};
const fiveHour = (utilization: number, resets_at: string | null = RESET) => ({ five_hour: { utilization, resets_at } });

/** One background run after another, each starting from the state the previous one persisted (as JSON). */
function backgroundRuns(readings: Array<[number, Record<string, unknown>]>, enabled = true) {
  let stored = "{}";
  return readings.map(([minute, windows]) => {
    const { alerts, state } = evaluateAlerts(viewAt(minute, windows), parseAlertState(JSON.parse(stored)), enabled);
    stored = JSON.stringify(state);
    return alerts.map((a) => a.title);
  });
}

test("each threshold fires once per cycle, never again on later runs", () => {
  expect(
    backgroundRuns([
      [0, fiveHour(50)],
      [1, fiveHour(82)],
      [2, fiveHour(82)],
      [3, fiveHour(83.5)],
      [4, fiveHour(96)],
      [5, fiveHour(96)],
      [6, fiveHour(100)],
      [7, fiveHour(104.5)],
    ]),
  ).toEqual([
    [],
    ["Claude 5-hour is at 82%"],
    [],
    [],
    ["Claude 5-hour is at 96%"],
    [],
    ["Claude 5-hour has reached its limit"],
    [],
  ]);
});

test("a jump past several thresholds is one notification for the highest", () => {
  const runs = backgroundRuns([
    [0, fiveHour(97)],
    [1, fiveHour(98)],
  ]);
  expect(runs).toEqual([["Claude 5-hour is at 97%"], []]);
});

test("a reset re-arms the thresholds; clock jitter does not", () => {
  expect(
    backgroundRuns([
      [0, fiveHour(85)],
      [1, fiveHour(86, "2026-11-24T14:47:30Z")], // the server's clock moved 30 s: same cycle
      [2, fiveHour(3, "2026-11-24T19:47:00Z")], // usage fell and the clock moved: a new cycle
      [3, fiveHour(81, "2026-11-24T19:47:00Z")],
      [4, fiveHour(81, "2026-11-24T19:47:00Z")],
    ]),
  ).toEqual([["Claude 5-hour is at 85%"], [], [], ["Claude 5-hour is at 81%"], []]);
});

test("a reset moment that has passed starts a new cycle even without a visible drop", () => {
  expect(
    backgroundRuns([
      [0, fiveHour(90, "2026-11-24T12:05:00Z")],
      [10, fiveHour(90, "2026-11-24T17:05:00Z")],
    ]),
  ).toEqual([["Claude 5-hour is at 90%"], ["Claude 5-hour is at 90%"]]);
});

test("a reading that predates its reset raises nothing", () => {
  expect(backgroundRuns([[0, fiveHour(99, "2026-11-24T11:00:00Z")]])).toEqual([[]]);
});

test("alerts turned off: nothing fires and the state is left as it was", () => {
  expect(backgroundRuns([[0, fiveHour(99)]], false)).toEqual([[]]);
  const state: AlertState = { x: { seen: { at: 1, percent: 1, resetsAt: null }, fired: ["80"] } };
  expect(evaluateAlerts(viewAt(0, fiveHour(99)), state, false)).toEqual({ alerts: [], state });
});

describe("pace", () => {
  const key = historyKey(ID, "five_hour");
  const rising = (minute: number): History => ({
    [key]: [30, 20, 10, 0].map((ago) => ({
      at: START.getTime() + (minute - ago) * 60_000,
      percent: 70 - (45 * ago) / 60 + (45 * minute) / 60,
      resetsAt: new Date(RESET).getTime(),
    })),
  });

  test("turning to hits_limit alerts once per cycle, with the projected time", () => {
    let state: AlertState = {};
    const titles: string[][] = [];
    const messages: string[] = [];
    for (const minute of [0, 1, 2]) {
      const percent = 70 + (45 * minute) / 60;
      const result = evaluateAlerts(viewAt(minute, fiveHour(percent), rising(minute)), state, true);
      state = result.state;
      titles.push(result.alerts.map((a) => a.title));
      messages.push(...result.alerts.map((a) => a.message));
    }
    expect(titles).toEqual([["Claude 5-hour will hit its limit before it resets"], [], []]);
    expect(messages).toEqual(["70% now · limit in ~40m, resets in 2h 47m"]);
  });

  test("a threshold crossed while on course for the limit says when", () => {
    const at82 = evaluateAlerts(viewAt(16, fiveHour(82), rising(16)), {}, true).alerts;
    expect(at82).toHaveLength(1);
    expect(at82[0]).toMatchObject({ mark: "80", message: expect.stringMatching(/^limit in ~2\dm, resets in 2h 31m$/) });
  });
});

test("with several accounts the message names the account", () => {
  const now = START;
  const snapshots = [
    { ...snapshotsFromDocument(fiveHour(85), "file a.json")[0], accountEmail: "ada@example.com" },
    { ...snapshotsFromDocument(fiveHour(10), "file b.json")[0], accountEmail: "bob@example.com" },
  ];
  const view = buildView(mergeSnapshots(snapshots, { now, staleAfterMs: 600_000 }), now);
  expect(evaluateAlerts(view, {}, true).alerts).toEqual([
    {
      id: "email:ada@example.com|five_hour|80",
      mark: "80",
      title: "Claude 5-hour is at 85%",
      message: "resets in 2h 47m · ada@example.com",
    },
  ]);
});

test("parseAlertState keeps well-formed entries and drops the rest", () => {
  const good = { seen: { at: 1, percent: 82, resetsAt: 2 }, fired: ["80"] };
  expect(
    parseAlertState({ good, bad: { seen: {}, fired: ["80"] }, wrongMark: { ...good, fired: ["90"] }, n: 3 }),
  ).toEqual({ good });
  expect(parseAlertState(null)).toEqual({});
  expect(parseAlertState([good])).toEqual({});
});

test("entries for windows unseen for a week are dropped", () => {
  const old = {
    seen: { at: START.getTime() - 8 * 24 * 3_600_000, percent: 90, resetsAt: null },
    fired: ["80" as const],
  };
  const { state } = evaluateAlerts(viewAt(0, fiveHour(10)), { old }, true);
  expect(Object.keys(state)).toEqual([historyKey(ID, "five_hour")]);
});
