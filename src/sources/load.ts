/**
 * One round of requests over every enabled source, in parallel. A failing source becomes a
 * SourceFailure with a message the user can act on; it never hides what the others returned.
 */
import type { FailureKind, Snapshot, SourceFailure, SourceKind } from "../core/snapshot";

/** A source's error; `kind` says when it is not a fault but a source never set up, or a refused Keychain. */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly kind?: FailureKind,
  ) {
    super(message);
  }
}

export interface SourceReader {
  source: SourceKind;
  sourceLabel: string;
  read(): Promise<Snapshot[]>;
}

export interface LoadResult {
  snapshots: Snapshot[];
  failures: SourceFailure[];
}

export async function loadSnapshots(readers: SourceReader[]): Promise<LoadResult> {
  const settled = await Promise.allSettled(readers.map((r) => r.read()));
  const result: LoadResult = { snapshots: [], failures: [] };
  settled.forEach((outcome, i) => {
    const { source, sourceLabel } = readers[i];
    if (outcome.status === "fulfilled") result.snapshots.push(...outcome.value);
    else {
      const kind = outcome.reason instanceof SourceError ? outcome.reason.kind : undefined;
      result.failures.push({ source, sourceLabel, message: errorMessage(outcome.reason), ...(kind ? { kind } : {}) });
    }
  });
  return result;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Marks the error line a carried-forward snapshot gets, so each round replaces it instead of piling up. */
const NOT_REFRESHED = "not refreshed: ";

/**
 * The snapshots to show after a round: this round's, plus the last good ones of every source that
 * failed this round. A bridge that is down mid-refresh must not blank the numbers it gave a minute
 * ago: they stay, with their own fetchedAt (so merge marks them stale as they age) and the failure as
 * an error line (so the source shows as failing). A source the user turned off is not in the round
 * and is not carried.
 */
export function keepLastGood(previous: readonly Snapshot[], round: LoadResult): Snapshot[] {
  const failed = new Map(round.failures.map((f) => [f.source, f.message]));
  const carried = previous.flatMap((s) => {
    const message = failed.get(s.source);
    if (message === undefined) return [];
    const errors = [...s.errors.filter((e) => !e.startsWith(NOT_REFRESHED)), `${NOT_REFRESHED}${message}`];
    return [{ ...s, errors }];
  });
  return [...round.snapshots, ...carried];
}
