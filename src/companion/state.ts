/**
 * What the service worker remembers between polls (chrome.storage.local) and the popup renders:
 * the last snapshots read from claude.ai and how the last poll went. Never a cookie or token.
 */
import * as z from "zod";
import { DEFAULT_STALE_AFTER_MS, mergeSnapshots } from "../core/merge";
import { parseSnapshotArray } from "../core/snapshot";
import { buildView, type UsageView } from "../core/view";
import { backoffDelayMs, formatNextTry } from "../core/backoff";
import type { OutgoingSnapshot, Throttle } from "./poll";

export const STATE_KEY = "state";

const stateSchema = z.object({
  snapshots: z.array(z.unknown()),
  lastSuccessAt: z.string().nullable(),
  lastAttemptAt: z.string(),
  error: z.string().nullable(),
  problems: z.array(z.string()),
  /** Consecutive polls that met a 429, and when scheduled polls may ask claude.ai again. */
  backoff: z
    .object({ failures: z.number().int().min(0), nextTryAt: z.string().nullable() })
    .default({ failures: 0, nextTryAt: null }),
});
export type CompanionState = z.infer<typeof stateSchema>;

/** Reads what storage holds; anything unreadable (an older version's shape) counts as no state. */
export function readState(raw: unknown): CompanionState | null {
  const parsed = stateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export type PollOutcome = { throttle?: Throttle | null } & (
  | { snapshots: OutgoingSnapshot[]; problems: string[]; error: string | null }
  | { snapshots?: undefined; problems?: undefined; error: string }
);

/**
 * After a 429 the scheduled polls wait on the same escalating ladder as the OAuth source (1, 2, 5 …
 * 60 min, at least Retry-After); any poll without a 429 clears it.
 */
function nextBackoff(previous: CompanionState | null, throttle: Throttle | null | undefined, now: Date) {
  if (!throttle) return { failures: 0, nextTryAt: null };
  const failures = previous?.backoff.failures ?? 0;
  const delay = backoffDelayMs(failures, throttle.retryAfterMs);
  return { failures: failures + 1, nextTryAt: new Date(now.getTime() + delay).toISOString() };
}

/** Whether a scheduled (not user-asked) poll may go to claude.ai now. */
export function mayPoll(state: CompanionState | null, now: Date): boolean {
  const next = state?.backoff.nextTryAt;
  return !next || now.getTime() >= Date.parse(next);
}

/**
 * The state after a poll. A failed claude.ai read keeps the previous snapshots (shown with their
 * age); a failed POST keeps the fresh ones but still reports the bridge's problem.
 */
export function nextState(previous: CompanionState | null, outcome: PollOutcome, now: Date): CompanionState {
  const attempt = now.toISOString();
  const backoff = nextBackoff(previous, outcome.throttle, now);
  if (outcome.snapshots === undefined) {
    return {
      snapshots: previous?.snapshots ?? [],
      lastSuccessAt: previous?.lastSuccessAt ?? null,
      lastAttemptAt: attempt,
      error: outcome.error,
      problems: previous?.problems ?? [],
      backoff,
    };
  }
  return {
    snapshots: outcome.snapshots,
    lastSuccessAt: attempt,
    lastAttemptAt: attempt,
    error: outcome.error,
    problems: outcome.problems,
    backoff,
  };
}

/** "claude.ai asked to slow down (429): next try 14:05 (in 2m)" while scheduled polls wait. */
export function backoffLine(state: CompanionState, now: Date): string | null {
  if (mayPoll(state, now)) return null;
  const at = new Date(state.backoff.nextTryAt as string);
  return `claude.ai asked to slow down (429): next try ${formatNextTry(at, now)}`;
}

/** The same view model the Raycast commands render, built from the stored snapshots. */
export function stateView(state: CompanionState, now: Date): UsageView {
  const snapshots = parseSnapshotArray(state.snapshots, "bridge");
  return buildView(mergeSnapshots(snapshots, { now, staleAfterMs: DEFAULT_STALE_AFTER_MS }), now);
}
