/**
 * Consent to read Claude Code's Keychain item, and what macOS answered (docs/FACTS.md §2). Reading
 * the item makes macOS ask, so it is never read silently: only with the preference on, or after the
 * user chose "Connect Claude Code" once (remembered here, so later background runs read it too).
 *
 * A denied, cancelled or unanswered prompt backs off (1 h, 4 h, then a day): a background run never
 * prompts again before then. Claude Code rewriting its item can reset an "Always Allow" grant, so a
 * refusal after a long working spell is expected, and must not become a prompt every minute. A run
 * killed while the prompt is up (Raycast ends background runs) leaves its mark behind, which the next
 * run counts as unanswered. Choosing "Connect Claude Code" again is the user asking now: it clears the
 * wait. Kept in the source-state KeyValueStore (Raycast's Cache): synchronous, shared by the commands.
 */
import { addMilliseconds, differenceInMilliseconds } from "date-fns";
import * as z from "zod";
import { formatNextTry } from "../core/backoff";
import { KeychainAccessError, type KeychainReader, type KeychainRefusal } from "./credentials";
import { refusalMessage } from "./keychain";
import { readStoredJson, type KeyValueStore } from "./store";

/** @internal */
export const KEYCHAIN_ACCESS_KEY = "keychain.access";

const HOUR_MS = 60 * 60_000;
/** @internal */
export const REFUSAL_BACKOFF_MS: readonly number[] = [1, 4, 24].map((h) => h * HOUR_MS);
/** A read still marked in progress after this long was killed with its prompt up. @internal */
export const ABANDONED_AFTER_MS = 2 * 60_000;

const instant = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)))
  .transform((s) => new Date(s));

const accessSchema = z.object({
  consentAt: instant.nullable(),
  refusals: z.number().int().min(0),
  refusal: z.enum(["denied", "cancelled", "no_answer", "not_allowed"]).nullable(),
  retryAt: instant.nullable(),
  readingSince: instant.nullable(),
});

type KeychainAccess = z.output<typeof accessSchema>;

const NO_ACCESS: KeychainAccess = { consentAt: null, refusals: 0, refusal: null, retryAt: null, readingSince: null };

/** @internal */
export function loadKeychainAccess(store: KeyValueStore): KeychainAccess {
  return readStoredJson(store, KEYCHAIN_ACCESS_KEY, (json) => accessSchema.parse(json), NO_ACCESS);
}

function save(store: KeyValueStore, access: KeychainAccess): void {
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  store.set(
    KEYCHAIN_ACCESS_KEY,
    JSON.stringify({
      ...access,
      consentAt: iso(access.consentAt),
      retryAt: iso(access.retryAt),
      readingSince: iso(access.readingSince),
    }),
  );
}

/** "Connect Claude Code": consent from now on, and any wait after a refusal ends (the user asks now). */
export function grantKeychainConsent(store: KeyValueStore, now: Date): void {
  save(store, { ...loadKeychainAccess(store), consentAt: now, retryAt: null, readingSince: null });
}

export function hasKeychainConsent(store: KeyValueStore): boolean {
  return loadKeychainAccess(store).consentAt !== null;
}

function refused(access: KeychainAccess, refusal: KeychainRefusal, now: Date): KeychainAccess {
  const wait = REFUSAL_BACKOFF_MS[Math.min(access.refusals, REFUSAL_BACKOFF_MS.length - 1)];
  return { ...access, refusals: access.refusals + 1, refusal, retryAt: addMilliseconds(now, wait), readingSince: null };
}

function waitMessage(access: KeychainAccess, now: Date): string {
  const why = refusalMessage(access.refusal ?? "no_answer");
  const next = access.retryAt ? `; not asking again before ${formatNextTry(access.retryAt, now)}` : "";
  return `${why}${next}. Choose “Connect Claude Code” to ask now`;
}

interface GatedKeychainOptions {
  store: KeyValueStore;
  keychain: KeychainReader;
  now?: () => Date;
}

/**
 * The Keychain as the sources should read it: refusals recorded and honoured. A read during the
 * wait throws the refusal (with when the next try is) without running `security` at all.
 */
export function gatedKeychain({ store, keychain, now = () => new Date() }: GatedKeychainOptions): KeychainReader {
  return {
    async readGenericPassword(service) {
      const at = now();
      let access = loadKeychainAccess(store);
      if (access.readingSince && differenceInMilliseconds(at, access.readingSince) > ABANDONED_AFTER_MS) {
        access = refused(access, "no_answer", access.readingSince);
        save(store, access);
      }
      if (access.retryAt && at.getTime() < access.retryAt.getTime()) {
        throw new KeychainAccessError(access.refusal ?? "no_answer", waitMessage(access, at));
      }
      save(store, { ...access, readingSince: at });
      try {
        const text = await keychain.readGenericPassword(service);
        save(store, { ...access, refusals: 0, refusal: null, retryAt: null, readingSince: null });
        return text;
      } catch (error) {
        if (!(error instanceof KeychainAccessError)) {
          save(store, { ...access, readingSince: null });
          throw error;
        }
        const next = refused(access, error.refusal, at);
        save(store, next);
        throw new KeychainAccessError(error.refusal, waitMessage(next, at));
      }
    },
  };
}
