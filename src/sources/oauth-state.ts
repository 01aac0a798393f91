/**
 * What the OAuth source keeps between launches, per Claude Code profile: the last good reading (the
 * usage body and the account it belongs to, never the token or headers) and the profile answer.
 * Everything is validated on the way back in; an unreadable entry is simply absent.
 */
import { createHash } from "node:crypto";
import * as z from "zod";
import { isoInstant } from "../core/schema";
import type { KeyValueStore } from "./store";

export interface OAuthAccount {
  orgUuid: string | null;
  orgName: string | null;
  email: string | null;
}

export interface StoredReading {
  fetchedAt: Date;
  /** The usage body as the server sent it; parsed again with parseUsage when served. */
  usage: Record<string, unknown>;
  account: OAuthAccount | null;
}

export interface StoredProfile {
  fetchedAt: Date;
  /** Which login the answer belongs to (see loginFingerprint). */
  fingerprint: string;
  account: OAuthAccount;
}

const accountSchema = z.object({
  orgUuid: z.string().nullable(),
  orgName: z.string().nullable(),
  email: z.string().nullable(),
});

const readingSchema = z.object({
  fetchedAt: isoInstant,
  usage: z.record(z.string(), z.unknown()),
  account: accountSchema.nullable(),
});

const profileSchema = z.object({ fetchedAt: isoInstant, fingerprint: z.string(), account: accountSchema });

export function stateKeys(profile: string) {
  return {
    reading: `oauth.reading:${profile}`,
    profile: `oauth.profile:${profile}`,
    backoff: `oauth.backoff:${profile}`,
  };
}

/**
 * A one-way tag of the access token (12 hex of its SHA-256), so a cached profile answer is used only
 * for the login it came from: after `claude` logs in as someone else, usage is never filed under the
 * old account. It cannot be turned back into the token.
 */
export function loginFingerprint(accessToken: string): string {
  return createHash("sha256").update(accessToken).digest("hex").slice(0, 12);
}

function load<T>(store: KeyValueStore, key: string, schema: z.ZodType<T>): T | null {
  const text = store.get(key);
  if (text === undefined) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function loadReading(store: KeyValueStore, key: string): StoredReading | null {
  const stored = load(store, key, readingSchema);
  return stored && { ...stored, fetchedAt: new Date(stored.fetchedAt) };
}

export function saveReading(store: KeyValueStore, key: string, reading: StoredReading): void {
  store.set(key, JSON.stringify({ ...reading, fetchedAt: reading.fetchedAt.toISOString() }));
}

export function loadProfile(store: KeyValueStore, key: string): StoredProfile | null {
  const stored = load(store, key, profileSchema);
  return stored && { ...stored, fetchedAt: new Date(stored.fetchedAt) };
}

export function saveProfile(store: KeyValueStore, key: string, profile: StoredProfile): void {
  store.set(key, JSON.stringify({ ...profile, fetchedAt: profile.fetchedAt.toISOString() }));
}
