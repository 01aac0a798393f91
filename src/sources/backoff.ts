/**
 * The OAuth source's backoff state (core/backoff.ts) kept in the KeyValueStore, so the deadline
 * survives short-lived launches: a background run every minute must not reset it.
 */
import * as z from "zod";
import { FAILURE_KINDS, NO_BACKOFF, type BackoffState } from "../core/backoff";
import type { KeyValueStore } from "./store";

const storedSchema = z.object({
  failures: z.number().int().min(0),
  nextTryAt: z.string().nullable(),
  kind: z.enum(FAILURE_KINDS).nullable(),
  message: z.string().nullable(),
  fingerprint: z.string().nullable(),
});

/** The persisted state; anything unreadable counts as no backoff (it only ever delays requests). */
export function loadBackoff(store: KeyValueStore, key: string): BackoffState {
  const text = store.get(key);
  if (text === undefined) return NO_BACKOFF;
  try {
    const stored = storedSchema.parse(JSON.parse(text));
    const nextTryAt = stored.nextTryAt === null ? null : new Date(stored.nextTryAt);
    if (nextTryAt !== null && Number.isNaN(nextTryAt.getTime())) return NO_BACKOFF;
    return { ...stored, nextTryAt };
  } catch {
    return NO_BACKOFF;
  }
}

export function saveBackoff(store: KeyValueStore, key: string, state: BackoffState): void {
  if (state.failures === 0) {
    store.remove(key);
    return;
  }
  store.set(key, JSON.stringify({ ...state, nextTryAt: state.nextTryAt?.toISOString() ?? null }));
}
