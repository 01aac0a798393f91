/**
 * Claude Code's status-line stdin (docs/FACTS.md §8) as a source: its `rate_limits` are a fresh
 * server reading of the 5-hour and 7-day windows. Anything else in the document is ignored, and a
 * document that is empty, cut short or not JSON at all is simply "no reading" — the status line
 * still prints a line from the recorded readings.
 */
import { claudeCodeModelSchema, claudeCodeRateWindowSchema, nestedDeeperThan, MAX_NESTING } from "./usage-schema";
import type { Snapshot } from "./snapshot";
import { printable } from "./text";
import { windowsFrom } from "./usage";

const STATUS_LINE_SOURCE_LABEL = "Claude Code status line";

/** One window of `rate_limits`, under the endpoints' key for it (`five_hour`, `seven_day`). */
export interface RateWindow {
  key: string;
  percent: number;
  resetsAt: Date | null;
}

export interface StatusInput {
  /** The session's model ("Opus 4.5"), when Claude Code named one. */
  model: string | null;
  /** The windows of `rate_limits`, or null without any. */
  windows: RateWindow[] | null;
}

/** Whose windows these are: Claude Code's own login, when its OAuth profile is known. */
export interface StatusAccount {
  orgUuid: string | null;
  orgName: string | null;
  accountEmail: string | null;
}

const NO_STATUS_INPUT: StatusInput = { model: null, windows: null };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Each window that parses is kept, its reset from Unix seconds (none: not started yet); the others are dropped on their own. */
function windowsOf(rateLimits: unknown): RateWindow[] | null {
  if (!isObject(rateLimits)) return null;
  const windows = Object.entries(rateLimits).flatMap(([key, value]) => {
    const parsed = claudeCodeRateWindowSchema.safeParse(value);
    if (!parsed.success) return [];
    const { used_percentage: percent, resets_at: seconds } = parsed.data;
    return [{ key, percent, resetsAt: seconds == null ? null : new Date(seconds * 1000) }];
  });
  return windows.length > 0 ? windows : null;
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
    windows: windowsOf(raw.rate_limits),
  };
}

/** The stdin reading as a snapshot of `account` (or of an account of its own when that is unknown). */
export function statusInputSnapshot(
  windows: readonly RateWindow[],
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
    usage: { windows: windowsFrom(windows), errors: [], extraUsage: null },
    overage: null,
    subscription: null,
    errors: [],
  };
}
