/**
 * A bounded time series of readings per account/window: the input of the pace forecast and the chart.
 * A series holds only the current reset cycle (samples from before a reset say nothing about the
 * pace towards this cycle's limit), at one-minute resolution for the newest hour and one sample per
 * quarter hour beyond it, and never more than a week.
 */
import * as z from "zod/mini";
import { futureJudge, isFromTheFuture } from "./clock";
import { once } from "./once";
import type { Account } from "./merge";

export interface Sample {
  /** When the server was asked (`fetched_at`), epoch ms — never when we received it. */
  at: number;
  percent: number;
  resetsAt: number | null;
}

/** Series by historyKey(accountId, windowKey), oldest sample first. */
export type History = Record<string, Sample[]>;

/** @internal */
export const HISTORY_MAX_AGE_MS = 7 * 24 * 60 * 60_000;
const FINE_SPAN_MS = 60 * 60_000;
const FINE_STEP_MS = 60_000;
const COARSE_STEP_MS = 15 * 60_000;
/** A reset clock that moves by less than this is server jitter, not a new cycle. */
const RESET_JITTER_MS = 2 * 60_000;
/** Accounts × windows is small in practice; the cap only stops hostile input from growing the state. */
export const MAX_SERIES = 256;

export function historyKey(accountId: string, windowKey: string): string {
  return `${accountId}|${windowKey}`;
}

/** The series stored under key, or an empty one; own properties only, so "__proto__" is just a key. */
export function seriesOf(history: History, key: string): Sample[] {
  return Object.hasOwn(history, key) ? history[key] : [];
}

/**
 * A new cycle began between two readings: the usage fell and the reset clock moved, or the earlier
 * reading's reset moment had already passed when the later one was taken.
 */
export function isNewCycle(previous: Sample, next: Sample): boolean {
  if (previous.resetsAt !== null && previous.resetsAt <= next.at) return true;
  const clockMoved =
    previous.resetsAt === null
      ? next.resetsAt !== null
      : next.resetsAt === null || Math.abs(next.resetsAt - previous.resetsAt) > RESET_JITTER_MS;
  return next.percent < previous.percent && clockMoved;
}

const sameReading = (a: Sample, b: Sample) => a.percent === b.percent && a.resetsAt === b.resetsAt;

/** Beyond the newest hour keep the last sample of each quarter hour; drop what is older than a week. */
function compact(series: Sample[]): Sample[] {
  const newest = series[series.length - 1].at;
  const fineFrom = newest - FINE_SPAN_MS;
  return series.filter((s, i) => {
    if (s.at < newest - HISTORY_MAX_AGE_MS) return false;
    if (s.at >= fineFrom) return true;
    const next = series[i + 1];
    return Math.floor(s.at / COARSE_STEP_MS) !== Math.floor(next.at / COARSE_STEP_MS) || next.at >= fineFrom;
  });
}

/**
 * Appends one reading. Older or same-time readings are ignored (sources race) and the series comes
 * back as it was, the same array; a run of unchanged readings keeps only its first and last sample
 * (a flat stretch still shows its length); readings less than a minute apart replace each other; a
 * reset starts the series afresh.
 * @internal
 */
export function appendSample(series: Sample[], sample: Sample): Sample[] {
  const last = series[series.length - 1];
  if (!last) return [sample];
  if (sample.at <= last.at) return series;
  if (isNewCycle(last, sample)) return [sample];
  const beforeLast = series[series.length - 2];
  const extendsFlatRun = beforeLast !== undefined && sameReading(beforeLast, last) && sameReading(last, sample);
  const tooClose = sample.at - last.at < FINE_STEP_MS && beforeLast !== undefined;
  const kept = extendsFlatRun || tooClose ? series.slice(0, -1) : [...series];
  return compact([...kept, sample]);
}

/** One window's reading as history needs it (a WindowReading, a merged window). */
export interface WindowSample {
  key: string;
  percent: number;
  resetsAt: Date | null;
}

/**
 * Appends one account's readings, each at its fetch time (none: not recorded), copying the history
 * only when one of them adds a sample. No pruning.
 */
function appendReadings<W extends WindowSample>(
  history: History,
  accountId: string,
  readings: readonly W[],
  fetchedAtOf: (w: W) => Date | null,
  now: Date,
): History {
  let next: History | null = null;
  const fromTheFuture = futureJudge(now);
  for (const w of readings) {
    const fetchedAt = fetchedAtOf(w);
    if (!fetchedAt) continue;
    const sample = { at: fetchedAt.getTime(), percent: w.percent, resetsAt: w.resetsAt?.getTime() ?? null };
    if (fromTheFuture(sample.at)) continue;
    const key = historyKey(accountId, w.key);
    const series = seriesOf(next ?? history, key);
    const appended = appendSample(series, sample);
    if (appended === series) continue;
    next ??= { ...history };
    next[key] = appended;
  }
  return next ?? history;
}

/** Records every window of every merged account that has a fetch time; `now` bounds the history (see prune). */
export function recordAccounts(history: History, accounts: readonly Account[], now: Date): History {
  const recorded = accounts.reduce(
    (h, account) => appendReadings(h, account.id, account.windows, (w) => w.fetchedAt, now),
    history,
  );
  return prune(recorded, now);
}

/**
 * Records one reading's windows, all fetched at `fetchedAt`, under accountId (merge.ts names accounts):
 * the bridge records each snapshot as it arrives, without merging. The same history comes back when
 * no window is newer than its series' last sample; else it is pruned as recordAccounts prunes.
 */
export function recordReadings(
  history: History,
  accountId: string,
  fetchedAt: Date,
  windows: readonly WindowSample[],
  now: Date,
): History {
  const next = appendReadings(history, accountId, windows, () => fetchedAt, now);
  return next === history ? history : prune(next, now);
}

/**
 * Drops series whose newest sample is over a week before `now`, then the stalest beyond MAX_SERIES.
 * Counted from now, never from the newest sample anywhere: one org's reading (true or forged) must
 * not age out another org's series. Without `now` (merging stored histories) only the cap applies.
 */
function prune(history: History, now?: Date): History {
  const oldestKept = now ? now.getTime() - HISTORY_MAX_AGE_MS : Number.NEGATIVE_INFINITY;
  const kept = (s: Sample[]) => s.length > 0 && s[s.length - 1].at >= oldestKept;
  // The common case, every series live and within the cap, costs one pass and no copy.
  const series = Object.values(history);
  if (series.length <= MAX_SERIES && series.every(kept)) return history;
  const live = Object.entries(history)
    .filter(([, s]) => kept(s))
    .sort(([, a], [, b]) => b[b.length - 1].at - a[a.length - 1].at)
    .slice(0, MAX_SERIES);
  return Object.fromEntries(live);
}

// zod/mini, as in usage-schema.ts, built on the first parse: a status line or a ledger refresh with no
// stored history never builds it. zod's number is finite.
const sampleSchema = once(() =>
  z.object({
    at: z.number(),
    percent: z.number().check(z.nonnegative()),
    resetsAt: z.nullable(z.number()),
  }),
);

/**
 * Reads stored history, keeping every well-formed sample: a corrupt entry costs that entry, never
 * the rest. Samples are re-appended in time order so the stored bounds hold whatever was on disk.
 * Given `now`, samples dated in the future are dropped (they would block every true reading after
 * them) and series older than a week before now go.
 */
export function parseHistory(json: unknown, now?: Date): History {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return {};
  const entries = Object.entries(json).flatMap(([key, raw]): [string, Sample[]][] => {
    if (!Array.isArray(raw)) return [];
    const samples = raw
      .flatMap((s) => {
        const parsed = sampleSchema().safeParse(s);
        return parsed.success && !(now && isFromTheFuture(parsed.data.at, now)) ? [parsed.data] : [];
      })
      .sort((a, b) => a.at - b.at)
      .reduce<Sample[]>(appendSample, []);
    return samples.length > 0 ? [[key, samples]] : [];
  });
  return prune(Object.fromEntries(entries), now);
}
