/**
 * Polite polling, shared by the OAuth source and the browser companion: when to ask again after a
 * failure. Pure; the OAuth source keeps the state between launches (sources/backoff.ts).
 *
 * After a failure we wait `max(Retry-After, BACKOFF_LADDER[consecutive failures before this one])`:
 * 1, 2, 5, 10, 20, 30, then 60 min for every further failure. The floor matters: the usage endpoint
 * has answered 429 with `Retry-After: 0` for days, and clients that trusted it hammered it in a loop.
 * Over an hour of constant 429s that is 6 requests (at 0, 1, 3, 8, 18 and 38 min), then one an hour.
 * A success clears the state.
 */
import { addMilliseconds, differenceInMilliseconds, format, isSameDay } from "date-fns";
import { formatAbsolute, formatCountdown } from "./format";

const MINUTE_MS = 60_000;

/** @internal */
export const BACKOFF_LADDER_MS: readonly number[] = [1, 2, 5, 10, 20, 30, 60].map((m) => m * MINUTE_MS);

/** A server asking for more than a day is more likely wrong than serious; we ask again after a day. */
const MAX_RETRY_AFTER_MS = 24 * 60 * MINUTE_MS;

export const FAILURE_KINDS = ["rate_limited", "rejected", "server", "timeout", "network", "malformed", "http"] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

export interface BackoffState {
  /** Consecutive failed attempts. */
  failures: number;
  nextTryAt: Date | null;
  kind: FailureKind | null;
  /** The last failure as the user should read it (already redacted), without the "next try" part. */
  message: string | null;
  /** For a rejected token: which login was rejected, so a new login (after `claude` ran) may try at once. */
  fingerprint: string | null;
}

export const NO_BACKOFF: BackoffState = { failures: 0, nextTryAt: null, kind: null, message: null, fingerprint: null };

export function backoffDelayMs(failuresBefore: number, retryAfterMs: number | null): number {
  const floor = BACKOFF_LADDER_MS[Math.min(failuresBefore, BACKOFF_LADDER_MS.length - 1)];
  return Math.max(floor, Math.min(retryAfterMs ?? 0, MAX_RETRY_AFTER_MS));
}

export interface Failure {
  kind: FailureKind;
  message: string;
  retryAfterMs: number | null;
  fingerprint: string | null;
}

export function recordFailure(state: BackoffState, failure: Failure, now: Date): BackoffState {
  return {
    failures: state.failures + 1,
    nextTryAt: addMilliseconds(now, backoffDelayMs(state.failures, failure.retryAfterMs)),
    kind: failure.kind,
    message: failure.message,
    fingerprint: failure.fingerprint,
  };
}

/** Whether a request may go out now for the login with this fingerprint. */
export function mayRequest(state: BackoffState, now: Date, fingerprint: string | null): boolean {
  if (state.nextTryAt === null || now.getTime() >= state.nextTryAt.getTime()) return true;
  return state.kind === "rejected" && state.fingerprint !== fingerprint;
}

/** `Retry-After` as delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: Date): number | null {
  if (header === null || header.trim() === "") return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, differenceInMilliseconds(at, now)) : null;
}

/** "14:05 (in 2m)" today, "Wed 25 Nov, 09:00 (in 20h 55m)" otherwise; local time. */
export function formatNextTry(at: Date, now: Date): string {
  const when = isSameDay(at, now) ? format(at, "HH:mm") : formatAbsolute(at, now);
  return `${when} (${formatCountdown(at, now)})`;
}
