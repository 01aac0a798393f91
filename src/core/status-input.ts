/**
 * Claude Code's status-line stdin (docs/FACTS.md §8) as a source: its `rate_limits` are a fresh
 * server reading of the 5-hour and 7-day windows. Anything else in the document is ignored, and a
 * document that is empty, cut short or not JSON at all is simply "no reading" — the status line
 * still prints a line from the recorded readings.
 */
import { claudeCodeModelSchema, claudeCodeRateWindowSchema, nestedDeeperThan, MAX_NESTING } from "./usage-schema";
import type { Snapshot } from "./snapshot";
import { printable } from "./text";
import { parseUsage } from "./usage";

const STATUS_LINE_SOURCE_LABEL = "Claude Code status line";

export interface StatusInput {
  /** The session's model ("Opus 4.5"), when Claude Code named one. */
  model: string | null;
  /** A usage body in the endpoints' shape (`five_hour: { utilization, resets_at }`), or null without rate_limits. */
  usage: Record<string, unknown> | null;
}

/** Whose windows these are: Claude Code's own login, when its OAuth profile is known. */
export interface StatusAccount {
  orgUuid: string | null;
  orgName: string | null;
  accountEmail: string | null;
}

const NO_STATUS_INPUT: StatusInput = { model: null, usage: null };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Unix seconds → ISO instant; null when absent (a window not started yet). */
const isoFromSeconds = (seconds: number | null | undefined): string | null =>
  seconds == null ? null : new Date(seconds * 1000).toISOString();

/** Each window that parses becomes one in the usage body; the others are dropped on their own. */
function usageFromRateLimits(rateLimits: unknown): Record<string, unknown> | null {
  if (!isObject(rateLimits)) return null;
  const usage: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rateLimits)) {
    const parsed = claudeCodeRateWindowSchema.safeParse(value);
    if (!parsed.success) continue;
    usage[key] = { utilization: parsed.data.used_percentage, resets_at: isoFromSeconds(parsed.data.resets_at) };
  }
  return Object.keys(usage).length > 0 ? usage : null;
}

export function parseStatusInput(text: string): StatusInput {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return NO_STATUS_INPUT;
  }
  if (!isObject(raw) || nestedDeeperThan(raw, MAX_NESTING)) return NO_STATUS_INPUT;
  const model = claudeCodeModelSchema.safeParse(raw.model);
  return {
    model: model.success ? printable(model.data.display_name) : null,
    usage: usageFromRateLimits(raw.rate_limits),
  };
}

/** The stdin reading as a snapshot of `account` (or of an account of its own when that is unknown). */
export function statusInputSnapshot(
  usage: Record<string, unknown>,
  fetchedAt: Date,
  account: StatusAccount | null,
): Snapshot {
  return {
    source: "statusline",
    sourceLabel: STATUS_LINE_SOURCE_LABEL,
    orgUuid: account?.orgUuid ?? null,
    orgName: account?.orgName ?? null,
    accountEmail: account?.accountEmail ?? null,
    fetchedAt,
    usage: parseUsage(usage),
    overage: null,
    subscription: null,
    errors: [],
  };
}
