/**
 * One authenticated GET to the OAuth API, with a deadline that covers connecting, the headers and
 * the body. Every failure becomes an OAuthRequestError whose kind drives the backoff and whose
 * message says what happened in words the user can act on (the token never appears in it).
 */
import { parseRetryAfter, type FailureKind } from "../core/backoff";
import { BodyTooLargeError, readCappedText } from "./capped-body";
import { Deadline, requestDeadline } from "./deadline";

export const DEFAULT_OAUTH_BASE_URL = "https://api.anthropic.com";
/** @internal */
export const OAUTH_BETA = "oauth-2025-04-20";
/**
 * Requests without a `claude-code/…` agent have been observed landing in a harsher 429 bucket
 * (docs/FACTS.md §2); this is the agent Claude Code itself sends for these endpoints.
 */
const CLAUDE_CODE_USER_AGENT = "claude-code/2.0.50";
/** The whole request: connecting, the headers and the body. */
export const DEFAULT_TIMEOUT_MS = 10_000;
/** Until the response headers arrive (connecting included): a dead network fails fast. */
const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;

export const USAGE_PATH = "/api/oauth/usage";
export const PROFILE_PATH = "/api/oauth/profile";

export class OAuthRequestError extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

export interface OAuthRequest {
  baseUrl: string;
  accessToken: string;
  fetchImpl: typeof fetch;
  timeoutMs: number;
  /** Defaults to the smaller of DEFAULT_CONNECT_TIMEOUT_MS and timeoutMs. */
  connectTimeoutMs?: number;
  now: () => Date;
}

function statusError(response: Response, host: string, path: string, now: Date): OAuthRequestError {
  const status = response.status;
  if (status === 401 || status === 403) {
    return new OAuthRequestError(
      "rejected",
      `${host} rejected Claude Code's token (HTTP ${status}): run \`claude\` once to refresh it, or log in again with \`claude\``,
    );
  }
  if (status === 429) {
    const retryAfter = parseRetryAfter(response.headers.get("retry-after"), now);
    return new OAuthRequestError("rate_limited", `rate limited by ${host} (HTTP 429)`, retryAfter);
  }
  if (status >= 500) {
    const retryAfter = parseRetryAfter(response.headers.get("retry-after"), now);
    return new OAuthRequestError("server", `${host} had a server error (HTTP ${status})`, retryAfter);
  }
  return new OAuthRequestError("http", `unexpected HTTP ${status} from ${host}${path}`);
}

function transportError(error: unknown, host: string): OAuthRequestError {
  if (error instanceof Deadline) return new OAuthRequestError("timeout", `${host} ${error.what}`);
  // undici says "fetch failed" and puts the reason (ECONNREFUSED, "unexpected redirect") in `cause`.
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  const reason =
    typeof cause?.code === "string"
      ? cause.code
      : typeof cause?.message === "string"
        ? cause.message
        : error instanceof Error
          ? error.message
          : String(error);
  return new OAuthRequestError("network", `cannot reach ${host} (${reason})`);
}

/** GET `path` and parse the JSON body; throws OAuthRequestError. */
export async function getOAuthJson(path: string, request: OAuthRequest): Promise<unknown> {
  const url = new URL(path, request.baseUrl);
  const host = url.host;
  const deadline = requestDeadline(
    request.timeoutMs,
    Math.min(request.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS, request.timeoutMs),
  );
  let text: string;
  try {
    const response = await request.fetchImpl(url, {
      method: "GET",
      headers: {
        Authorization: `Bearer ${request.accessToken}`,
        "anthropic-beta": OAUTH_BETA,
        Accept: "application/json",
        "User-Agent": CLAUDE_CODE_USER_AGENT,
      },
      // Never follow a redirect with the token attached.
      redirect: "error",
      signal: deadline.signal,
    });
    deadline.connected();
    if (!response.ok) {
      // Release the connection; an error body is never shown (it may echo the request).
      await response.body?.cancel().catch(() => undefined);
      throw statusError(response, host, path, request.now());
    }
    text = await readCappedText(response);
  } catch (error) {
    if (error instanceof OAuthRequestError) throw error;
    if (error instanceof BodyTooLargeError) {
      throw new OAuthRequestError(
        "malformed",
        `${host}${path} sent an ${error.message}; refused, nothing was read from it`,
      );
    }
    // fetch rejects with the abort reason itself, our Deadline, when a timer fired.
    throw transportError(deadline.signal.reason instanceof Deadline ? deadline.signal.reason : error, host);
  } finally {
    deadline.done();
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new OAuthRequestError("malformed", `${host}${path} sent a body that is not JSON`);
  }
}
