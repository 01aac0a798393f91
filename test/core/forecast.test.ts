import {
  currentCycle,
  describeForecast,
  forecastWindow,
  formatRate,
  leastSquaresSlope,
  shortForecast,
  type ForecastWindow,
} from "../../src/core/forecast";
import type { Sample } from "../../src/core/history";

const NOW = new Date("2026-11-24T12:00:00Z");
const RESET = new Date("2026-11-24T14:47:00Z");
const MIN = 60_000;

/** Samples `stepMin` apart ending at NOW − endMinAgo, with the given percents. */
function series(percents: number[], stepMin = 5, endMinAgo = 0, resetsAt: Date | null = RESET): Sample[] {
  const end = NOW.getTime() - endMinAgo * MIN;
  return percents.map((percent, i) => ({
    at: end - (percents.length - 1 - i) * stepMin * MIN,
    percent,
    resetsAt: resetsAt?.getTime() ?? null,
  }));
}

const live = (percent: number, resetsAt: Date | null = RESET): ForecastWindow => ({
  percent,
  resetsAt,
  state: "active",
});

const forecastOf = (samples: Sample[], window = live(samples[samples.length - 1]?.percent ?? 0)) =>
  forecastWindow(samples, window, NOW);

describe("verdicts", () => {
  test("linear: 70 % rising 45 %/h hits the limit in 40 min, before the reset", () => {
    const f = forecastOf(series([47.5, 51.25, 55, 58.75, 62.5, 66.25, 70], 5));
    expect(f.verdict).toBe("hits_limit");
    expect(f.ratePerHour).toBeCloseTo(45, 6);
    expect(f.limitAt?.toISOString()).toBe("2026-11-24T12:40:00.000Z");
    expect(describeForecast(f, NOW)).toBe("limit in ~40m, resets in 2h 47m");
    expect(shortForecast(f, NOW)).toBe("limit ~40m");
  });

  test("linear but slow: the limit would come after the reset → on pace, no limit time", () => {
    const f = forecastOf(series([40, 41, 42, 43], 15));
    expect(f).toMatchObject({ verdict: "on_pace", limitAt: null, atLimit: false });
    expect(f.ratePerHour).toBeCloseTo(4, 6);
    expect(describeForecast(f, NOW)).toBe("on pace (+4 %/h)");
    expect(shortForecast(f, NOW)).toBe("on pace");
  });

  test("noisy: the least-squares slope follows the trend, not the last jump", () => {
    // Trend 30 %/h (2.5 per 5 min) with ±2 of noise; the last step alone would say −18 %/h.
    const trend = [50, 52.5, 55, 57.5, 60, 62.5, 65, 67.5, 70];
    const noise = [1, -2, 2, -1, 0, 2, -2, 2.5, 1];
    const f = forecastOf(series(trend.map((p, i) => p + noise[i])));
    expect(f.verdict).toBe("hits_limit");
    expect(f.ratePerHour).toBeGreaterThan(27);
    expect(f.ratePerHour).toBeLessThan(33);
    // ~29 points left at ~30 %/h from the newest reading (71 %).
    expect(f.limitAt!.getTime() - NOW.getTime()).toBeGreaterThan(50 * MIN);
    expect(f.limitAt!.getTime() - NOW.getTime()).toBeLessThan(65 * MIN);
  });

  test("flat: no projection", () => {
    const f = forecastOf(series([85, 85, 85, 85], 20));
    expect(f).toMatchObject({ verdict: "insufficient_data", ratePerHour: null, limitAt: null, reason: "flat" });
    expect(describeForecast(f, NOW)).toBe("no change lately");
    expect(shortForecast(f, NOW)).toBe("");
  });

  test("reset mid-series: only the current cycle counts", () => {
    const before = series([80, 90, 95], 10, 60, new Date("2026-11-24T11:05:00Z"));
    const after = series([2, 4, 6, 8], 10, 0);
    const f = forecastOf([...before, ...after]);
    expect(currentCycle([...before, ...after], NOW)).toEqual(after);
    expect(f.verdict).toBe("on_pace");
    expect(f.ratePerHour).toBeCloseTo(12, 6);
  });

  test("sparse: readings further apart than the span are not a trend", () => {
    const f = forecastOf(series([20, 60], 180));
    expect(f).toMatchObject({ verdict: "insufficient_data", reason: "too_few_readings" });
    expect(describeForecast(f, NOW)).toBe("not enough data yet");
  });

  test("a single reading, or none, is not enough", () => {
    expect(forecastOf(series([50])).reason).toBe("too_few_readings");
    expect(forecastOf([], live(50)).reason).toBe("too_few_readings");
  });

  test("stale: the newest reading is older than the span", () => {
    const f = forecastOf(series([40, 50, 60], 10, 120));
    expect(f).toMatchObject({ verdict: "insufficient_data", reason: "stale" });
    expect(describeForecast(f, NOW)).toBe("no recent readings");
  });

  test("over 100 %: at limit now, whatever the trend", () => {
    const f = forecastOf(series([96, 99, 104.5], 5));
    expect(f).toMatchObject({ verdict: "hits_limit", atLimit: true, limitAt: NOW });
    expect(f.ratePerHour).toBeCloseTo(51, 6);
    expect(describeForecast(f, NOW)).toBe("at limit, resets in 2h 47m");
    expect(shortForecast(f, NOW)).toBe("at limit");
    expect(forecastOf([], live(100))).toMatchObject({ verdict: "hits_limit", atLimit: true, ratePerHour: null });
  });

  test("decreasing: a rolling window shedding old usage is on pace", () => {
    const f = forecastOf(series([60, 58, 55, 52], 10));
    expect(f.verdict).toBe("on_pace");
    expect(f.ratePerHour).toBeLessThan(0);
    expect(describeForecast(f, NOW)).toBe("on pace (−16.2 %/h)");
  });

  test("never a time in the past: an overdue projection is clamped to now", () => {
    // The newest reading is 80 min old and rose 30 points in 10 min: by the trend the limit is overdue.
    const f = forecastOf(series([40, 70], 10, 80));
    expect(f.verdict).toBe("hits_limit");
    expect(f.limitAt).toEqual(NOW);
    expect(describeForecast(f, NOW)).toBe("limit in ~<1m, resets in 2h 47m");
  });

  test("windows that are not live have no forecast", () => {
    const rising = series([10, 20, 30]);
    const notLive = (state: ForecastWindow["state"]) => forecastWindow(rising, { ...live(30), state }, NOW);
    expect(notLive("reset_pending")).toMatchObject({ verdict: "insufficient_data", reason: "not_live" });
    expect(notLive("not_started").reason).toBe("not_live");
    expect(describeForecast(notLive("not_started"), NOW)).toBe("no forecast");
  });

  test("no reset clock: hits the limit within a week, on pace beyond it", () => {
    const fast = forecastOf(series([10, 11, 12], 30, 0, null), live(12, null));
    expect(fast.verdict).toBe("hits_limit");
    expect(describeForecast(fast, NOW)).toBe("limit in ~1d 20h");
    const slow = forecastOf(series([10, 10.1, 10.2], 30, 0, null), live(10.2, null));
    expect(slow.verdict).toBe("on_pace");
  });

  test("samples after now (an earlier --now) are ignored", () => {
    const later = { at: NOW.getTime() + 10 * MIN, percent: 99, resetsAt: RESET.getTime() };
    const f = forecastOf([...series([40, 41, 42], 15), later], live(42));
    expect(f.verdict).toBe("on_pace");
    expect(f.ratePerHour).toBeCloseTo(4, 6);
  });
});

test("leastSquaresSlope needs two instants", () => {
  expect(leastSquaresSlope([])).toBeNull();
  const at = NOW.getTime();
  expect(
    leastSquaresSlope([
      { at, percent: 1, resetsAt: null },
      { at, percent: 2, resetsAt: null },
    ]),
  ).toBeNull();
});

test.each([
  [12.345, "+12.3 %/h"],
  [-3, "−3 %/h"],
  [0.01, "0 %/h"],
])("formatRate(%p) = %s", (rate, text) => expect(formatRate(rate)).toBe(text));
