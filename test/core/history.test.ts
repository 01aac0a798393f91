import {
  appendSample,
  HISTORY_MAX_AGE_MS,
  historyKey,
  isNewCycle,
  MAX_SERIES,
  parseHistory,
  recordAccounts,
  recordReadings,
  seriesOf,
  type History,
  type Sample,
} from "../../src/core/history";
import type { Account, MergedWindow } from "../../src/core/merge";

const T0 = Date.parse("2026-11-24T12:00:00Z");
const MIN = 60_000;
const RESET = T0 + 5 * 60 * MIN;
const at = (minutes: number, percent: number, resetsAt: number | null = RESET): Sample => ({
  at: T0 + minutes * MIN,
  percent,
  resetsAt,
});
const NOW = new Date(T0);
const build = (samples: Sample[]) => samples.reduce<Sample[]>((s, x) => appendSample(s, x), []);

describe("appendSample", () => {
  test("keeps rising readings in order", () => {
    expect(build([at(0, 10), at(5, 12), at(10, 15)]).map((s) => s.percent)).toEqual([10, 12, 15]);
  });

  test("ignores readings older than or as old as the last one (sources race)", () => {
    const series = build([at(0, 10), at(10, 20)]);
    expect(appendSample(series, at(5, 15))).toEqual(series);
    expect(appendSample(series, at(10, 25))).toEqual(series);
  });

  test("a run of unchanged readings keeps its first and last sample", () => {
    const series = build([at(0, 10), at(5, 10), at(10, 10), at(15, 10), at(20, 11)]);
    expect(series.map((s) => [s.at, s.percent])).toEqual([
      [T0, 10],
      [T0 + 15 * MIN, 10],
      [T0 + 20 * MIN, 11],
    ]);
  });

  test("readings under a minute apart replace each other, the first one anchors", () => {
    const series = build([at(0, 10), at(0.5, 11), at(0.8, 12), at(2, 13)]);
    expect(series.map((s) => s.percent)).toEqual([10, 12, 13]);
  });

  test("a drop with a new reset clock starts a new cycle", () => {
    const series = build([at(0, 40), at(10, 60), at(20, 2, RESET + 5 * 60 * MIN)]);
    expect(series).toEqual([at(20, 2, RESET + 5 * 60 * MIN)]);
  });

  test("a reading taken after the previous reading's reset starts a new cycle", () => {
    const series = build([at(0, 40, T0 + 30 * MIN), at(40, 45, T0 + 300 * MIN)]);
    expect(series).toHaveLength(1);
  });

  test("a drop with the same reset clock (±jitter) is a correction, not a reset", () => {
    const series = build([at(0, 40), at(10, 38, RESET + 30_000)]);
    expect(series).toHaveLength(2);
  });

  test("a rise with a moved clock is the same cycle", () => {
    expect(isNewCycle(at(0, 40), at(10, 50, RESET + 10 * MIN))).toBe(false);
  });

  test("a window that starts (null clock → clock) after zero usage is not a reset", () => {
    expect(isNewCycle(at(0, 0, null), at(10, 3))).toBe(false);
    expect(isNewCycle(at(0, 5, null), at(10, 0))).toBe(true);
  });

  test("the newest hour stays at one-minute resolution, older samples thin to one per quarter hour", () => {
    // Three hours of a reading every minute, steadily rising, within one long cycle.
    const long = RESET + 7 * 24 * 60 * MIN;
    const series = build(Array.from({ length: 180 }, (_, i) => at(i, i / 2, long)));
    const newest = series[series.length - 1].at;
    const fine = series.filter((s) => s.at >= newest - 60 * MIN);
    const coarse = series.filter((s) => s.at < newest - 60 * MIN);
    expect(fine).toHaveLength(61);
    expect(coarse.length).toBeGreaterThanOrEqual(7);
    expect(coarse.length).toBeLessThanOrEqual(9);
    const buckets = coarse.map((s) => Math.floor(s.at / (15 * MIN)));
    expect(new Set(buckets).size).toBe(buckets.length);
  });

  test("never holds more than a week", () => {
    const longCycle = T0 + 30 * 24 * 60 * MIN;
    const samples = Array.from({ length: 10 * 24 * 4 }, (_, i) => at(i * 15, (i % 100) + i / 1000, longCycle));
    const series = build(samples.map((s, i) => ({ ...s, percent: i / 10 })));
    const span = series[series.length - 1].at - series[0].at;
    expect(span).toBeLessThanOrEqual(HISTORY_MAX_AGE_MS);
    expect(series.length).toBeLessThanOrEqual(7 * 24 * 4 + 61);
  });
});

function account(id: string, windows: Partial<MergedWindow>[]): Account {
  return {
    id,
    orgUuid: null,
    orgName: null,
    accountEmail: null,
    fetchedAt: null,
    stale: false,
    sources: [],
    errors: [],
    extraUsage: null,
    subscription: null,
    windows: windows.map((w) => ({
      key: "five_hour",
      label: "5-hour",
      shortLabel: "5h",
      percent: 0,
      resetsAt: null,
      known: true,
      sourceLabel: "Claude Code",
      fetchedAt: null,
      ...w,
    })),
  };
}

describe("recordAccounts", () => {
  test("records each window with a fetch time under account|window", () => {
    const fetchedAt = new Date(T0);
    const history = recordAccounts(
      {},
      [
        account("org:a", [
          { key: "five_hour", percent: 42, resetsAt: new Date(RESET), fetchedAt },
          { key: "seven_day", percent: 7, fetchedAt: null },
        ]),
      ],
      NOW,
    );
    expect(history).toEqual({ [historyKey("org:a", "five_hour")]: [{ at: T0, percent: 42, resetsAt: RESET }] });
  });

  test("appends to what is there and leaves other series alone", () => {
    const start: History = { "org:b|seven_day": [at(0, 5)], "org:a|five_hour": [at(0, 40)] };
    const history = recordAccounts(
      start,
      [account("org:a", [{ percent: 45, resetsAt: new Date(RESET), fetchedAt: new Date(T0 + 10 * MIN) }])],
      new Date(T0 + 10 * MIN),
    );
    expect(history["org:b|seven_day"]).toEqual([at(0, 5)]);
    expect(history["org:a|five_hour"].map((s) => s.percent)).toEqual([40, 45]);
    expect(start["org:a|five_hour"]).toHaveLength(1);
  });

  test("drops series a week older than now and caps the number of series", () => {
    const old: History = { "org:gone|five_hour": [{ at: T0 - HISTORY_MAX_AGE_MS - MIN, percent: 1, resetsAt: null }] };
    const many = Array.from({ length: MAX_SERIES + 10 }, (_, i) => ({
      key: `w${i}`,
      percent: 1,
      fetchedAt: new Date(T0 + i),
    }));
    const history = recordAccounts(old, [account("org:a", many)], NOW);
    expect(Object.keys(history)).toHaveLength(MAX_SERIES);
    expect(history["org:gone|five_hour"]).toBeUndefined();
    expect(history["org:a|w0"]).toBeUndefined();
    expect(history[`org:a|w${MAX_SERIES + 9}`]).toBeDefined();
  });

  test("counts the week back from now: another org's reading never ages out an org's series", () => {
    const start: History = { "org:b|five_hour": [at(0, 5)] };
    // org:a reads four minutes ahead (clock skew, allowed) and then, days later, the bridge's clock moves on.
    const ahead = recordAccounts(start, [account("org:a", [{ percent: 9, fetchedAt: new Date(T0 + 4 * MIN) }])], NOW);
    expect(ahead["org:b|five_hour"]).toEqual([at(0, 5)]);
    const sixDaysOn = new Date(T0 + HISTORY_MAX_AGE_MS - MIN);
    const later = recordAccounts(ahead, [account("org:a", [{ percent: 9, fetchedAt: sixDaysOn }])], sixDaysOn);
    expect(later["org:b|five_hour"]).toEqual([at(0, 5)]);
  });

  test("a reading dated more than five minutes ahead of now is not recorded", () => {
    const start: History = { "org:a|five_hour": [at(0, 40)], "org:b|five_hour": [at(0, 5)] };
    const future = new Date("2099-12-31T00:00:00Z");
    const history = recordAccounts(start, [account("org:a", [{ percent: 1, fetchedAt: future }])], NOW);
    expect(history).toEqual(start);
    const sixMinutesAhead = new Date(T0 + 6 * MIN);
    expect(recordAccounts(start, [account("org:a", [{ percent: 1, fetchedAt: sixMinutesAhead }])], NOW)).toEqual(start);
  });
});

describe("recordReadings (one snapshot's windows, as the bridge records them)", () => {
  const reading = (percent: number, key = "five_hour") => ({ key, percent, resetsAt: new Date(RESET) });

  test("records every window at the reading's fetch time, under its account only", () => {
    const start: History = { "org:b|five_hour": [at(0, 5)] };
    const later = new Date(T0 + 10 * MIN);
    const history = recordReadings(start, "org:a", later, [reading(42), reading(7, "seven_day")], later);
    expect(history).toEqual({
      "org:b|five_hour": [at(0, 5)],
      "org:a|five_hour": [at(10, 42)],
      "org:a|seven_day": [at(10, 7)],
    });
    expect(start).toEqual({ "org:b|five_hour": [at(0, 5)] });
  });

  test("a reading no newer than its series' last sample leaves the same history, uncopied", () => {
    const start: History = { "org:a|five_hour": [at(0, 40), at(10, 45)] };
    expect(recordReadings(start, "org:a", new Date(T0 + 10 * MIN), [reading(50)], NOW)).toBe(start);
    expect(recordReadings(start, "org:a", new Date(T0), [reading(50)], NOW)).toBe(start);
  });

  test("a reading from the future is not recorded; a new sample prunes from now like recordAccounts", () => {
    const old = { at: T0 - HISTORY_MAX_AGE_MS - MIN, percent: 1, resetsAt: null };
    const start: History = { "org:gone|five_hour": [old], "org:a|five_hour": [at(0, 40)] };
    expect(recordReadings(start, "org:a", new Date(T0 + 6 * MIN), [reading(50)], NOW)).toBe(start);
    const later = new Date(T0 + 2 * MIN);
    expect(recordReadings(start, "org:a", later, [reading(50)], later)).toEqual({
      "org:a|five_hour": [at(0, 40), at(2, 50)],
    });
  });
});

describe("parseHistory", () => {
  test("round-trips through JSON", () => {
    const history = recordAccounts(
      {},
      [account("org:a", [{ percent: 42, resetsAt: new Date(RESET), fetchedAt: new Date(T0) }])],
      NOW,
    );
    expect(parseHistory(JSON.parse(JSON.stringify(history)))).toEqual(history);
  });

  test("given now, drops samples from the future and series a week old, never counting from the newest sample", () => {
    const doc = {
      "org:a|five_hour": [at(0, 10), { at: Date.parse("2099-12-31T00:00:00Z"), percent: 1, resetsAt: null }],
      "org:b|five_hour": [at(-60, 3)],
      "org:old|five_hour": [{ at: T0 - HISTORY_MAX_AGE_MS - MIN, percent: 1, resetsAt: null }],
    };
    expect(parseHistory(doc, NOW)).toEqual({ "org:a|five_hour": [at(0, 10)], "org:b|five_hour": [at(-60, 3)] });
  });

  test.each([null, 42, "x", [], [[1]]])("junk document %p is an empty history", (doc) => {
    expect(parseHistory(doc)).toEqual({});
  });

  test("a corrupt sample costs that sample; a corrupt series costs that series", () => {
    const doc = {
      "a|five_hour": [at(0, 10), { at: "soon", percent: 1, resetsAt: null }, at(5, -3), at(10, 12)],
      "a|seven_day": "nope",
      "a|opus": [{ at: T0, percent: Number.NaN, resetsAt: null }],
    };
    expect(parseHistory(doc)).toEqual({ "a|five_hour": [at(0, 10), at(10, 12)] });
  });

  test("unsorted or over-long stored series are brought back within bounds", () => {
    const parsed = parseHistory({ k: [at(10, 12), at(0.5, 11.5), at(0, 10), at(0.2, 11)] });
    expect(parsed.k.map((s) => s.percent)).toEqual([10, 11.5, 12]);
  });

  test("a __proto__ key is data, never a prototype", () => {
    const parsed = parseHistory(JSON.parse(`{"__proto__": [${JSON.stringify(at(0, 1))}]}`));
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(seriesOf(parsed, "__proto__")).toEqual([at(0, 1)]);
    expect(seriesOf({}, "__proto__")).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
