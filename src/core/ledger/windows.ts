/**
 * Which span of the local logs a server window covers: a window with `resets_at` R and length L spans
 * [R − L, now]; a model-scoped weekly cap (`seven_day_opus`, `seven_day_<model slug>`) counts only its
 * model family.
 */
import { hoursToMilliseconds } from "date-fns";
import type { History, Sample } from "../history";
import type { Span } from "./span";

const FIVE_HOURS_MS = hoursToMilliseconds(5);
const SEVEN_DAYS_MS = hoursToMilliseconds(7 * 24);

/** Weekly caps on a surface rather than a model family: the local logs cannot attribute them. */
const NOT_MODEL_SCOPED = new Set(["oauth_apps", "cowork", "omelette"]);

/** The family a `seven_day_<slug>` key limits, `undefined` when the key is not for one model family. */
function scopedFamily(rest: string): string | undefined {
  if (rest === "" || NOT_MODEL_SCOPED.has(rest)) return undefined;
  return rest.split("_")[0];
}

/** The span a window covers, or null when the logs cannot speak for it (no reset, not a model cap). */
export function windowSpan(key: string, resetsAt: Date | null, now: Date): Span | null {
  if (resetsAt === null) return null;
  const span = (length: number, family: string | null): Span => ({
    from: new Date(resetsAt.getTime() - length),
    to: now,
    family,
  });
  if (key === "five_hour") return span(FIVE_HOURS_MS, null);
  if (key === "seven_day") return span(SEVEN_DAYS_MS, null);
  if (!key.startsWith("seven_day_")) return null;
  const family = scopedFamily(key.slice("seven_day_".length));
  return family === undefined ? null : span(SEVEN_DAYS_MS, family);
}

/** The rolling span of a length ending now, when there is no server reading to align with. */
function rollingSpan(length: number, now: Date): Span {
  return { from: new Date(now.getTime() - length), to: now, family: null };
}

/** What the ledger keeps: the longest window and a day, so a weekly window whose reset just passed still fits. */
export const RETAIN_MS = SEVEN_DAYS_MS + hoursToMilliseconds(24);

export type DefaultSpanKey = "five_hour" | "seven_day";

const LENGTHS: Readonly<Record<DefaultSpanKey, number>> = { five_hour: FIVE_HOURS_MS, seven_day: SEVEN_DAYS_MS };

/**
 * The current 5-hour and 7-day windows as the last recorded reading placed them (its `resets_at` still
 * ahead), else the last 5 h and 7 d.
 */
export function currentSpans(history: History, now: Date): Record<DefaultSpanKey, Span> {
  const spans = {} as Record<DefaultSpanKey, Span>;
  for (const key of Object.keys(LENGTHS) as DefaultSpanKey[]) {
    let latest: Sample | null = null;
    for (const [series, samples] of Object.entries(history)) {
      if (!series.endsWith(`|${key}`)) continue;
      for (const s of samples) if (latest === null || s.at > latest.at) latest = s;
    }
    const resetsAt = latest?.resetsAt ?? null;
    const fromReading = resetsAt !== null && resetsAt > now.getTime() ? windowSpan(key, new Date(resetsAt), now) : null;
    spans[key] = fromReading ?? rollingSpan(LENGTHS[key], now);
  }
  return spans;
}
