/**
 * Time is judged by this machine's clock, never by a reading's own claim (docs/FACTS.md §3). A reading
 * dated in the future would outrank every later true reading and, in any rule that counts back from
 * the newest sample, empty the history; so one more than a few minutes ahead is not believed.
 */
import { addMilliseconds } from "date-fns/addMilliseconds";
import { max } from "date-fns/max";

/** Clocks of two machines (the browser's, the bridge's) drift by seconds; minutes ahead is a wrong or forged clock. */
export const MAX_CLOCK_AHEAD_MS = 5 * 60_000;

/** Whether `at` is more than MAX_CLOCK_AHEAD_MS ahead of `now`. */
export function isFromTheFuture(at: Date | number, now: Date): boolean {
  return futureJudge(now)(at);
}

/**
 * isFromTheFuture for many readings judged by one clock (every window of every snapshot a bridge POST
 * carries): the bound is worked out once and each reading is one comparison of instants.
 */
export function futureJudge(now: Date): (at: Date | number) => boolean {
  const latest = addMilliseconds(now, MAX_CLOCK_AHEAD_MS).getTime();
  return (at) => +at > latest;
}

/**
 * The clock that judges readings when the evaluation instant is chosen (`--now`): the later of that
 * instant and the real clock, so a live reading after an earlier `--now` is not "from the future",
 * and neither is one stamped at a later `--now`.
 */
export function judgingClock(now: Date, real: Date): Date {
  return max([now, real]);
}
