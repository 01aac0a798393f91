/**
 * One round of requests over every enabled source, in parallel. A failing source becomes a
 * SourceFailure with a message the user can act on; it never hides what the others returned.
 */
import type { Snapshot, SourceFailure, SourceKind } from "../core/snapshot";

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
    else result.failures.push({ source, sourceLabel, message: errorMessage(outcome.reason) });
  });
  return result;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
