/**
 * What the service worker remembers between polls (chrome.storage.local) and the popup renders:
 * the last snapshots read from claude.ai and how the last poll went. Never a cookie or token.
 */
import { z } from "zod";
import { DEFAULT_STALE_AFTER_MS, mergeSnapshots } from "../core/merge";
import { parseSnapshotArray } from "../core/snapshot";
import { buildView, type UsageView } from "../core/view";
import type { OutgoingSnapshot } from "./poll";

export const STATE_KEY = "state";

const stateSchema = z.object({
  snapshots: z.array(z.unknown()),
  lastSuccessAt: z.string().nullable(),
  lastAttemptAt: z.string(),
  error: z.string().nullable(),
  problems: z.array(z.string()),
});
export type CompanionState = z.infer<typeof stateSchema>;

/** Reads what storage holds; anything unreadable (an older version's shape) counts as no state. */
export function readState(raw: unknown): CompanionState | null {
  const parsed = stateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export type PollOutcome =
  | { snapshots: OutgoingSnapshot[]; problems: string[]; error: string | null }
  | { snapshots?: undefined; problems?: undefined; error: string };

/**
 * The state after a poll. A failed claude.ai read keeps the previous snapshots (shown with their
 * age); a failed POST keeps the fresh ones but still reports the bridge's problem.
 */
export function nextState(previous: CompanionState | null, outcome: PollOutcome, now: Date): CompanionState {
  const attempt = now.toISOString();
  if (outcome.snapshots === undefined) {
    return {
      snapshots: previous?.snapshots ?? [],
      lastSuccessAt: previous?.lastSuccessAt ?? null,
      lastAttemptAt: attempt,
      error: outcome.error,
      problems: previous?.problems ?? [],
    };
  }
  return {
    snapshots: outcome.snapshots,
    lastSuccessAt: attempt,
    lastAttemptAt: attempt,
    error: outcome.error,
    problems: outcome.problems,
  };
}

/** The same view model the Raycast commands render, built from the stored snapshots. */
export function stateView(state: CompanionState, now: Date): UsageView {
  const snapshots = parseSnapshotArray(state.snapshots, "bridge");
  return buildView(mergeSnapshots(snapshots, { now, staleAfterMs: DEFAULT_STALE_AFTER_MS }), now);
}
