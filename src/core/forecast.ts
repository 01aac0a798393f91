/**
 * Pace forecast: from a window's samples since its last reset, how fast it is filling and whether it
 * will reach 100 % before it resets.
 *
 * The rate is the least-squares slope of percent over time across the samples of the last 90 minutes
 * (ending at the newest sample). Least squares over a span, rather than the last two readings, keeps
 * one noisy or rounded reading from swinging the verdict; 90 minutes is recent enough to follow a
 * burst of work and long enough to hold several one-minute readings. The projection starts from the
 * newest reading (the server's own number), not from the fitted line, so it agrees with what is shown.
 *
 * Rules:
 * - A forecast needs at least two readings at distinct times in the span, the newest no older than
 *   the span, and a live window (not "not started", not a reading that predates its reset); else
 *   `insufficient_data`.
 * - A flat series projects nothing (`insufficient_data`, reason "flat": no usage lately says nothing
 *   about when the limit would come). A falling one (a rolling window shedding old usage) is `on_pace`.
 * - A window already at or over 100 % is `hits_limit` with `atLimit` and `limitAt` = now: the limit
 *   is in force until the reset, whatever the trend. Never a time in the past: a projection that
 *   lands before now (the trend says the limit is already due) is clamped to now.
 * - `limitAt` is set only for `hits_limit`; a limit that would come after the reset is `on_pace`.
 */
import { addMilliseconds, differenceInSeconds } from "date-fns";
import { formatSpan } from "./format";
import { isNewCycle, type Sample } from "./history";
import { CRITICAL_AT, type WindowState } from "./windows";

type Verdict = "hits_limit" | "on_pace" | "insufficient_data";

/** Why a forecast has no verdict, so the UI can say something better than "no data". */
type InsufficientReason = "not_live" | "too_few_readings" | "stale" | "flat";

export interface Forecast {
  verdict: Verdict;
  /** Percentage points per hour over the recent span; null without a verdict. Negative when falling. */
  ratePerHour: number | null;
  /** When the window reaches 100 % (hits_limit only); never before `now`. */
  limitAt: Date | null;
  /** The window is already at or over 100 %. */
  atLimit: boolean;
  /** When the window resets, for the text ("resets in 2h 47m"). */
  resetsAt: Date | null;
  reason: InsufficientReason | null;
}

/** The window as it reads now: the newest merged reading and its state. */
export interface ForecastWindow {
  percent: number;
  resetsAt: Date | null;
  state: WindowState;
}

export const RATE_SPAN_MS = 90 * 60_000;
/** Without a reset clock a rolling window sheds usage within a week; a projection beyond it is noise. */
const NO_RESET_HORIZON_MS = 7 * 24 * 60 * 60_000;
const HOUR_MS = 60 * 60_000;

const insufficient = (reason: InsufficientReason, resetsAt: Date | null): Forecast => ({
  verdict: "insufficient_data",
  ratePerHour: null,
  limitAt: null,
  atLimit: false,
  resetsAt,
  reason,
});

/** The samples after the newest reset boundary, up to `now` (a `--now` in the past ignores later ones). */
export function currentCycle(series: readonly Sample[], now: Date): Sample[] {
  const upToNow = series.filter((s) => s.at <= now.getTime());
  let start = 0;
  for (let i = 1; i < upToNow.length; i++) if (isNewCycle(upToNow[i - 1], upToNow[i])) start = i;
  return upToNow.slice(start);
}

/** Least-squares slope in percent per hour; null when the samples share one instant. @internal */
export function leastSquaresSlope(samples: readonly Sample[]): number | null {
  const n = samples.length;
  if (n < 2) return null;
  const x0 = samples[0].at;
  const xs = samples.map((s) => (s.at - x0) / HOUR_MS);
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = samples.reduce((a, s) => a + s.percent, 0) / n;
  let covariance = 0;
  let variance = 0;
  samples.forEach((s, i) => {
    covariance += (xs[i] - meanX) * (s.percent - meanY);
    variance += (xs[i] - meanX) ** 2;
  });
  return variance === 0 ? null : covariance / variance;
}

export function forecastWindow(series: readonly Sample[], window: ForecastWindow, now: Date): Forecast {
  const { resetsAt } = window;
  if (window.state !== "active") return insufficient("not_live", resetsAt);
  const cycle = currentCycle(series, now);
  const newest = cycle[cycle.length - 1];
  const recent = newest ? cycle.filter((s) => s.at >= newest.at - RATE_SPAN_MS) : [];
  const rate = leastSquaresSlope(recent);
  const atLimit = window.percent >= CRITICAL_AT;
  if (atLimit) {
    return { verdict: "hits_limit", ratePerHour: rate, limitAt: now, atLimit, resetsAt, reason: null };
  }
  if (rate === null) return insufficient("too_few_readings", resetsAt);
  if (now.getTime() - newest.at > RATE_SPAN_MS) return insufficient("stale", resetsAt);
  if (recent.every((s) => s.percent === newest.percent)) return insufficient("flat", resetsAt);
  const onPace: Forecast = { verdict: "on_pace", ratePerHour: rate, limitAt: null, atLimit, resetsAt, reason: null };
  if (rate <= 0) return onPace;
  const projected = addMilliseconds(new Date(newest.at), ((CRITICAL_AT - newest.percent) / rate) * HOUR_MS);
  const deadline = resetsAt?.getTime() ?? now.getTime() + NO_RESET_HORIZON_MS;
  if (projected.getTime() >= deadline) return onPace;
  const limitAt = projected.getTime() < now.getTime() ? now : projected;
  return { ...onPace, verdict: "hits_limit", limitAt };
}

const INSUFFICIENT_TEXT: Readonly<Record<InsufficientReason, string>> = {
  not_live: "no forecast",
  too_few_readings: "not enough data yet",
  stale: "no recent readings",
  flat: "no change lately",
};

/** "+12.5 %/h", "−3 %/h": the rate to one decimal, signed. */
export function formatRate(ratePerHour: number): string {
  const rounded = Math.round(ratePerHour * 10) / 10;
  const sign = rounded > 0 ? "+" : rounded < 0 ? "−" : "";
  return `${sign}${Math.abs(rounded)} %/h`;
}

const resetsIn = (resetsAt: Date | null, now: Date) =>
  resetsAt ? `resets in ${formatSpan(differenceInSeconds(resetsAt, now))}` : null;

/** The verdict in words: "limit in ~1h 12m, resets in 2h 47m", "at limit, resets in 40m", "on pace (+3 %/h)". */
export function describeForecast(f: Forecast, now: Date): string {
  const reset = resetsIn(f.resetsAt, now);
  const withReset = (text: string) => (reset ? `${text}, ${reset}` : text);
  if (f.atLimit) return withReset("at limit");
  if (f.verdict === "hits_limit" && f.limitAt) {
    return withReset(`limit in ~${formatSpan(differenceInSeconds(f.limitAt, now))}`);
  }
  if (f.verdict === "on_pace" && f.ratePerHour !== null) return `on pace (${formatRate(f.ratePerHour)})`;
  return INSUFFICIENT_TEXT[f.reason ?? "too_few_readings"];
}

/** The few words a menu-bar row has room for: "limit ~1h 12m", "at limit", "on pace", or "" (no verdict). */
export function shortForecast(f: Forecast, now: Date): string {
  if (f.atLimit) return "at limit";
  if (f.verdict === "hits_limit" && f.limitAt) return `limit ~${formatSpan(differenceInSeconds(f.limitAt, now))}`;
  return f.verdict === "on_pace" ? "on pace" : "";
}
