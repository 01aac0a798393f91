/**
 * One poll of claude.ai, as the companion's service worker runs it every minute: walk the account's
 * memberships, read each org's usage (plus overage and subscription when the org has them) and build
 * the snapshot array the bridge accepts (docs/FACTS.md §2). `fetch` is injected so this runs under jest.
 */
import type { z } from "zod/mini";
import {
  claudeAiAccountSchema,
  describeZodError,
  overageSchema,
  subscriptionSchema,
  type WireOverage,
  type WireSubscription,
} from "../core/schema";
import { parseRetryAfter } from "../core/backoff";
import type { BrowserName } from "./browser";

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** One element of the POST body: ClaudeMeter's wire format plus `org_name`. */
export interface OutgoingSnapshot {
  org_uuid: string;
  org_name: string | null;
  account_email: string | null;
  browser: BrowserName;
  fetched_at: string;
  usage: Record<string, unknown>;
  overage: WireOverage | null;
  subscription: WireSubscription | null;
  errors: string[];
}

/** claude.ai answered 429 somewhere in this poll: the next scheduled polls back off. */
export interface Throttle {
  retryAfterMs: number | null;
}

export interface PollResult {
  snapshots: OutgoingSnapshot[];
  throttle: Throttle | null;
  /** Orgs that produced no snapshot this round, e.g. "Team Org: usage 429 Too Many Requests". */
  problems: string[];
}

export interface PollDeps {
  fetch: FetchLike;
  claudeOrigin: string;
  browser: BrowserName;
  now: () => Date;
}

/** A failure the user should see as the badge's `!` reason. */
export class PollError extends Error {
  constructor(
    message: string,
    readonly throttle: Throttle | null = null,
  ) {
    super(message);
  }
}

/** One poll's dependencies plus what it learnt on the way (a 429). */
interface PollContext extends PollDeps {
  throttle: Throttle | null;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    statusText: string,
  ) {
    super(`${status}${statusText ? ` ${statusText}` : ""}`);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function getJson(deps: PollContext, path: string): Promise<unknown> {
  // credentials: "include" makes the browser attach the user's own claude.ai cookies; the companion
  // never reads, stores or sends a cookie itself.
  let response: Response;
  try {
    response = await deps.fetch(`${deps.claudeOrigin}${path}`, {
      credentials: "include",
      headers: { accept: "application/json" },
    });
  } catch (error) {
    throw new Error(`not reachable (${reason(error)})`);
  }
  if (response.status === 429) {
    deps.throttle = { retryAfterMs: parseRetryAfter(response.headers.get("retry-after"), deps.now()) };
  }
  if (!response.ok) throw new HttpError(response.status, response.statusText);
  try {
    return await response.json();
  } catch {
    throw new Error("answer is not JSON");
  }
}

async function readAccount(deps: PollContext) {
  let raw: unknown;
  try {
    raw = await getJson(deps, "/api/account");
  } catch (error) {
    if (error instanceof HttpError && (error.status === 401 || error.status === 403)) {
      throw new PollError(
        `not signed in to claude.ai (${error.status}) — sign in there and this updates within a minute`,
      );
    }
    throw new PollError(`claude.ai account: ${reason(error)}`);
  }
  const parsed = claudeAiAccountSchema.safeParse(raw);
  if (!parsed.success) throw new PollError(`claude.ai account: ${describeZodError(parsed.error)}`);
  if (parsed.data.memberships.length === 0) throw new PollError("this claude.ai account belongs to no organization");
  return parsed.data;
}

/**
 * An endpoint an org may lack: 404 is normal (null, no error); any other failure is null plus an
 * error string in the snapshot, so the bridge and Raycast can say why the block is missing.
 */
async function readOptional<T>(
  deps: PollContext,
  path: string,
  label: string,
  schema: z.ZodMiniType<T>,
): Promise<{ value: T | null; error: string | null }> {
  try {
    const parsed = schema.safeParse(await getJson(deps, path));
    if (parsed.success) return { value: parsed.data, error: null };
    return { value: null, error: `${label}: ${describeZodError(parsed.error)}` };
  } catch (error) {
    const missing = error instanceof HttpError && error.status === 404;
    return { value: null, error: missing ? null : `${label}: ${reason(error)}` };
  }
}

async function readOrg(
  deps: PollContext,
  org: { uuid: string; name?: string | null },
  email: string | null,
): Promise<OutgoingSnapshot> {
  const base = `/api/organizations/${encodeURIComponent(org.uuid)}`;
  const fetchedAt = deps.now().toISOString();
  const [usage, overage, subscription] = await Promise.all([
    getJson(deps, `${base}/usage`),
    readOptional(deps, `${base}/overage_spend_limit`, "overage", overageSchema),
    readOptional(deps, `${base}/subscription_details`, "subscription", subscriptionSchema),
  ]);
  if (!isPlainObject(usage)) throw new Error("usage answer is not an object");
  return {
    org_uuid: org.uuid,
    org_name: org.name ?? null,
    account_email: email,
    browser: deps.browser,
    fetched_at: fetchedAt,
    // Forwarded as the server sent it: the bridge parses it window by window, so a window this
    // version does not know yet still reaches Raycast.
    usage,
    overage: overage.value,
    subscription: subscription.value,
    errors: [overage.error, subscription.error].filter((e): e is string => e !== null),
  };
}

function orgName(org: { uuid: string; name?: string | null }): string {
  return org.name || `org ${org.uuid.slice(0, 8)}`;
}

/**
 * Reads every org of the signed-in account. An org whose usage fails is left out of the POST (so it
 * never overwrites that org's last good reading) and named in `problems`; when every org fails the
 * whole poll fails.
 */
export async function pollClaude(deps: PollDeps): Promise<PollResult> {
  const ctx: PollContext = { ...deps, throttle: null };
  let account;
  try {
    account = await readAccount(ctx);
  } catch (error) {
    throw new PollError((error as Error).message, ctx.throttle);
  }
  const email = account.email_address ?? null;
  const snapshots: OutgoingSnapshot[] = [];
  const problems: string[] = [];
  for (const { organization } of account.memberships) {
    try {
      snapshots.push(await readOrg(ctx, organization, email));
    } catch (error) {
      problems.push(`${orgName(organization)}: usage ${reason(error)}`);
    }
  }
  if (snapshots.length === 0) throw new PollError(problems.join("; "), ctx.throttle);
  return { snapshots, problems, throttle: ctx.throttle };
}

/** The bridge's `{"ok":false,"error":"…"}` message, when it sent one. */
async function bridgeError(response: Response): Promise<string | null> {
  try {
    const body: unknown = await response.json();
    return isPlainObject(body) && typeof body.error === "string" ? body.error : null;
  } catch {
    return null;
  }
}

/** POSTs the array to the bridge; a refusal or an unreachable bridge is a PollError with the reason. */
export async function postToBridge(fetchFn: FetchLike, bridgeUrl: string, snapshots: OutgoingSnapshot[]) {
  let response: Response;
  try {
    response = await fetchFn(bridgeUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(snapshots),
    });
  } catch {
    throw new PollError(
      `bridge not reachable at ${bridgeUrl} — start it from Raycast or with npm run bridge, on the port set here`,
    );
  }
  if (!response.ok) {
    const detail = await bridgeError(response);
    throw new PollError(`bridge refused the snapshots (${response.status}${detail ? `: ${detail}` : ""})`);
  }
}
