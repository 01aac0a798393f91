/**
 * A running bridge outlives nothing: launchd only looks at the bundle when the bridge exits, so the
 * bridge itself watches the file it was started from. Once it has been missing for a while (the
 * extension was removed; a few checks in a row, so an update rewriting the folder is not mistaken for
 * a removal), `onGone` runs once and watching stops.
 */
import { existsSync } from "node:fs";

/** @internal */
export const LIFELINE_INTERVAL_MS = 5_000;
/** @internal */
export const LIFELINE_MISSES = 3;

export interface LifelineOptions {
  path: string;
  onGone: () => void;
  intervalMs?: number;
  misses?: number;
  exists?: (path: string) => boolean;
}

/** Starts watching; returns the function that stops it. The timer never keeps the process alive. */
export function watchLifeline({
  path,
  onGone,
  intervalMs = LIFELINE_INTERVAL_MS,
  misses = LIFELINE_MISSES,
  exists = existsSync,
}: LifelineOptions): () => void {
  let missing = 0;
  const timer = setInterval(() => {
    missing = exists(path) ? 0 : missing + 1;
    if (missing < misses) return;
    clearInterval(timer);
    onGone();
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
