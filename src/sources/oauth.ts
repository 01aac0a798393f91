/**
 * The Claude Code OAuth source: Claude Code's own token (read-only) against api.anthropic.com's
 * usage and profile endpoints, asked politely. A reading younger than a minute is reused instead of
 * asking again; after a failure the backoff (core/backoff.ts) decides when to ask next, and meanwhile the
 * last good reading is served with its real fetchedAt (so it shows as stale) and a line saying why
 * and when the next try is. Every message is redacted before it leaves this module.
 */
import { differenceInMilliseconds } from "date-fns/differenceInMilliseconds";
import { isFromTheFuture } from "../core/clock";
import { describeZodError, oauthProfileSchema } from "../core/schema";
import type { Snapshot } from "../core/snapshot";
import { formatAbsolute, formatAge } from "../core/format";
import { parseUsage, UsageShapeError, type ParsedUsage } from "../core/usage";
import { formatNextTry, mayRequest, NO_BACKOFF, recordFailure, type BackoffState } from "../core/backoff";
import { loadBackoff, saveBackoff } from "./backoff";
import {
  CredentialsError,
  readClaudeCodeLogin,
  redactLogin,
  type ClaudeCodeLogin,
  type KeychainReader,
} from "./credentials";
import { errorMessage, SourceError, type SourceReader } from "./load";
import {
  DEFAULT_OAUTH_BASE_URL,
  DEFAULT_TIMEOUT_MS,
  getOAuthJson,
  OAuthRequestError,
  PROFILE_PATH,
  USAGE_PATH,
  type OAuthRequest,
} from "./oauth-http";
import {
  loadProfile,
  loadReading,
  loginFingerprint,
  saveProfile,
  saveReading,
  stateKeys,
  type OAuthAccount,
  type StoredProfile,
  type StoredReading,
} from "./oauth-state";
import type { KeyValueStore } from "./store";

/** @internal */
export const OAUTH_SOURCE_LABEL = "Claude Code";
/** @internal */
export const OAUTH_BASE_URL_ENV = "CLAUDE_PLAN_METER_OAUTH_BASE_URL";
/** Steady state: at most one round of requests per minute per account. */
const FRESH_READING_MS = 60_000;
/** The profile (org, email) rarely changes; it is asked again daily or when the login changes. */
const PROFILE_MAX_AGE_MS = 24 * 60 * 60_000;

export interface OAuthReaderOptions {
  store: KeyValueStore;
  /** Only when the user opted in (see keychain.ts); null reads the credentials file alone. */
  keychain?: KeychainReader | null;
  env?: NodeJS.ProcessEnv;
  homeDir?: string;
  fetchImpl?: typeof fetch;
  now?: () => Date;
  /** Overrides `CLAUDE_PLAN_METER_OAUTH_BASE_URL` and the default api.anthropic.com. */
  baseUrl?: string;
  /** The whole request (default 10 s). */
  timeoutMs?: number;
  /** Until the response headers arrive (default 5 s, never more than timeoutMs). */
  connectTimeoutMs?: number;
  platform?: NodeJS.Platform;
  /** How this surface turns the Keychain read on (see ReadLoginOptions). */
  keychainHint?: string;
}

/** The source's error when it has nothing to show; its message is always redacted. */
class OAuthSourceError extends SourceError {}

/** No login anywhere is a first run; a refused Keychain is its own case (the fix is to ask again). */
function kindOf(error: unknown): OAuthSourceError["kind"] {
  if (!(error instanceof CredentialsError)) return undefined;
  if (error.problem === "missing") return "not_set_up";
  return error.problem === "keychain_refused" ? "keychain_denied" : undefined;
}

export function oauthReader(options: OAuthReaderOptions): SourceReader {
  return { source: "oauth", sourceLabel: OAUTH_SOURCE_LABEL, read: () => readOAuth(options) };
}

async function readOAuth(options: OAuthReaderOptions): Promise<Snapshot[]> {
  const env = options.env ?? process.env;
  let login: ClaudeCodeLogin | null = null;
  try {
    login = await readClaudeCodeLogin({
      env,
      homeDir: options.homeDir,
      keychain: options.keychain ?? null,
      platform: options.platform,
      keychainHint: options.keychainHint,
    });
    const snapshots = await readWithLogin(login, options, env);
    const readWith = login;
    return snapshots.map((s) => ({ ...s, errors: s.errors.map((e) => redactLogin(e, readWith)) }));
  } catch (error) {
    throw new OAuthSourceError(redactLogin(errorMessage(error), login), kindOf(error));
  }
}

/** `usage` is passed when the caller has just parsed reading.usage, so a fresh reading is parsed once. */
function snapshotOf(
  reading: StoredReading,
  errors: string[],
  usage: ParsedUsage = parseUsage(reading.usage),
): Snapshot {
  return {
    source: "oauth",
    sourceLabel: OAUTH_SOURCE_LABEL,
    orgUuid: reading.account?.orgUuid ?? null,
    orgName: reading.account?.orgName ?? null,
    accountEmail: reading.account?.email ?? null,
    fetchedAt: reading.fetchedAt,
    usage,
    overage: null,
    subscription: null,
    errors,
  };
}

function accountFromProfile(raw: unknown): OAuthAccount {
  const parsed = oauthProfileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new OAuthRequestError("malformed", `unexpected ${PROFILE_PATH} body: ${describeZodError(parsed.error)}`);
  }
  const { account, organization } = parsed.data;
  return { orgUuid: organization?.uuid ?? null, orgName: organization?.name ?? null, email: account?.email ?? null };
}

/** The usage body, kept raw for the store, with its parse (throws when it is not a usage object at all). */
function usageBody(raw: unknown): { raw: Record<string, unknown>; usage: ParsedUsage } {
  try {
    return { raw: raw as Record<string, unknown>, usage: parseUsage(raw) };
  } catch (error) {
    if (error instanceof UsageShapeError) {
      throw new OAuthRequestError("malformed", `unexpected ${USAGE_PATH} body: ${error.message}`);
    }
    throw error;
  }
}

function asRequestError(error: unknown): OAuthRequestError {
  return error instanceof OAuthRequestError ? error : new OAuthRequestError("network", errorMessage(error));
}

function isFresh(reading: StoredReading | null, now: Date): reading is StoredReading {
  if (!reading) return false;
  const age = differenceInMilliseconds(now, reading.fetchedAt);
  return age >= 0 && age < FRESH_READING_MS;
}

function usableProfile(profile: StoredProfile | null, fingerprint: string, now: Date): StoredProfile | null {
  if (!profile || profile.fingerprint !== fingerprint) return null;
  const age = differenceInMilliseconds(now, profile.fetchedAt);
  return age >= 0 && age < PROFILE_MAX_AGE_MS ? profile : null;
}

/** A bad override is a set-up mistake, reported as such (and never counted as a failed request). */
function resolveBaseUrl(options: OAuthReaderOptions, env: NodeJS.ProcessEnv): string {
  const base = options.baseUrl ?? (env[OAUTH_BASE_URL_ENV] || DEFAULT_OAUTH_BASE_URL);
  const url = URL.canParse(base) ? new URL(base) : null;
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
    throw new OAuthSourceError(`${OAUTH_BASE_URL_ENV}: not an http(s) URL: ${base}`);
  }
  return base;
}

/**
 * State that cannot be written (a read-only or full disk) must not hide what the server just said:
 * the failure becomes a note on the reading. Within this process the politeness rules still hold.
 */
function saveOrNote(save: () => void, notes: string[]): void {
  try {
    save();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const note = `cannot save this source's state${code ? ` (${code})` : ""}: readings are not kept between launches`;
    if (!notes.includes(note)) notes.push(note);
  }
}

async function readWithLogin(
  login: ClaudeCodeLogin,
  options: OAuthReaderOptions,
  env: NodeJS.ProcessEnv,
): Promise<Snapshot[]> {
  const { store } = options;
  const baseUrl = resolveBaseUrl(options, env);
  const clock = options.now ?? (() => new Date());
  const now = clock();
  const keys = stateKeys(login.profile);
  // A stored reading dated ahead of this clock (the clock was wrong, or the file was edited) is not believed.
  const stored = loadReading(store, keys.reading);
  const last = stored && !isFromTheFuture(stored.fetchedAt, now) ? stored : null;
  const notes: string[] = [];
  // With nothing new to show, the last good reading (stale, with the reason) beats an empty screen.
  const serveLast = (message: string): Snapshot[] => {
    if (last) return [snapshotOf(last, [message, ...notes])];
    throw new OAuthSourceError([message, ...notes].join("; "));
  };

  // Expired: asking would only earn a 401, and refreshing is Claude Code's job, not ours.
  if (login.expiresAt && login.expiresAt.getTime() <= now.getTime()) {
    return serveLast(
      `Claude Code's token expired ${formatAge(login.expiresAt, now)} (${formatAbsolute(login.expiresAt, now)}): run \`claude\` once to refresh it`,
    );
  }
  if (isFresh(last, now)) return [snapshotOf(last, [])];

  const fingerprint = loginFingerprint(login.accessToken);
  const backoff = loadBackoff(store, keys.backoff);
  if (!mayRequest(backoff, now, fingerprint) && backoff.nextTryAt) {
    return serveLast(
      `${backoff.message ?? "last request failed"}; next try at ${formatNextTry(backoff.nextTryAt, now)}`,
    );
  }

  const request: OAuthRequest = {
    baseUrl,
    accessToken: login.accessToken,
    fetchImpl: options.fetchImpl ?? fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    connectTimeoutMs: options.connectTimeoutMs,
    now: clock,
  };
  const cachedProfile = usableProfile(loadProfile(store, keys.profile), fingerprint, now);
  // One round: usage and (when not cached) the profile, in parallel.
  const [usageOutcome, profileOutcome] = await Promise.allSettled([
    getOAuthJson(USAGE_PATH, request).then(usageBody),
    cachedProfile
      ? Promise.resolve(cachedProfile.account)
      : getOAuthJson(PROFILE_PATH, request).then(accountFromProfile),
  ]);
  if (profileOutcome.status === "fulfilled" && !cachedProfile) {
    const account = profileOutcome.value;
    saveOrNote(() => saveProfile(store, keys.profile, { fetchedAt: now, fingerprint, account }), notes);
  }

  if (usageOutcome.status === "rejected") {
    const failure = asRequestError(usageOutcome.reason);
    const message = redactLogin(failure.message, login);
    const next: BackoffState = recordFailure(
      backoff,
      { kind: failure.kind, message, retryAfterMs: failure.retryAfterMs, fingerprint },
      now,
    );
    saveOrNote(() => saveBackoff(store, keys.backoff, next), notes);
    return serveLast(`${message}; next try at ${formatNextTry(next.nextTryAt ?? now, now)}`);
  }

  const profileErrors =
    profileOutcome.status === "rejected" ? [`profile: ${asRequestError(profileOutcome.reason).message}`] : [];
  const reading: StoredReading = {
    fetchedAt: now,
    usage: usageOutcome.value.raw,
    account: profileOutcome.status === "fulfilled" ? profileOutcome.value : null,
  };
  saveOrNote(() => saveBackoff(store, keys.backoff, NO_BACKOFF), notes);
  saveOrNote(() => saveReading(store, keys.reading, reading), notes);
  return [snapshotOf(reading, [...profileErrors, ...notes], usageOutcome.value.usage)];
}
