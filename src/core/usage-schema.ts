/**
 * The zod schemas of a usage reading (the usage body's parts, claude.ai's overage and subscription,
 * Claude Code's status-line stdin): with schema.ts, the single home of server field names. Apart from
 * schema.ts so that the status line, which parses only readings, builds only these schemas at start-up,
 * and written with zod/mini (the same checks, as functions instead of methods) so that the status line
 * never loads zod's classic API, whose start-up and per-schema methods cost a process started after
 * every Claude Code message more than the line's own work. Classic schemas compose them
 * (`z.nullable(isoInstant)` in schema.ts).
 */
import { isValid } from "date-fns/isValid";
import { parseISO } from "date-fns/parseISO";
import { en } from "zod/locales";
import * as z from "zod/mini";
import { once } from "./once";

// zod/mini sets no locale (its messages would read "Invalid input"); classic sets English when loaded,
// and so does this: a window's error names what was expected, wherever the schemas run.
z.config(en());

/**
 * The offset is required: without one `new Date()` reads local time, silently moving every reset by
 * the user's UTC offset. parseISO also refuses dates that do not exist (Feb 31), which Date.parse rolls over.
 */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Instants already found valid. Every post repeats the same few reset times, and the full check
 * (regex, parseISO, Date.parse) is a real share of a bridge POST. Bounded in count and length.
 */
const knownInstants = new Set<string>();
const MAX_KNOWN_INSTANTS = 64;
const MAX_KNOWN_INSTANT_LENGTH = 40;

function isIsoInstant(s: string): boolean {
  if (knownInstants.has(s)) return true;
  if (!(ISO_WITH_OFFSET.test(s) && isValid(parseISO(s)) && Number.isFinite(Date.parse(s)))) return false;
  if (s.length <= MAX_KNOWN_INSTANT_LENGTH) {
    if (knownInstants.size >= MAX_KNOWN_INSTANTS) knownInstants.clear();
    knownInstants.add(s);
  }
  return true;
}

/**
 * An ISO-8601 instant as the servers send it (`2030-11-24T18:42:00.000000+00:00`, `…Z`). Built on its
 * first parse: the status line parses none (its stdin and the last-readings file give times as numbers).
 */
export const isoInstant = z.lazy(() =>
  z.string().check(z.refine(isIsoInstant, { message: "expected an ISO-8601 timestamp" })),
);

/** Percentage points, as the server says them; never rescaled (see windows.ts). Usage cannot be negative. */
const percentPoints = z.number().check(z.minimum(0, { message: "expected a percentage of at least 0" }));

/** An optional field the servers also send as null. */
const maybe = <T extends z.core.SomeType>(schema: T) => z.optional(z.nullable(schema));

// Extra usage, spend, overage, subscription and `limits` entries are built on their first parse
// (`z.lazy`), and so are the shapes only they use: the status line never parses them (neither Claude
// Code's stdin nor the last-readings file has them) and need not build them at start.
function buildSharedShapes() {
  // One instance per shape, shared by every field. zod's number refuses Infinity and NaN (classic's
  // `.finite()` is the same number).
  return {
    maybeNumber: maybe(z.number()),
    maybeString: maybe(z.string()),
    maybeBoolean: maybe(z.boolean()),
    nonEmpty: z.string().check(z.minLength(1)),
  };
}
const shared = once(buildSharedShapes);

/**
 * Real payloads nest five levels deep. Anything far deeper is hostile and would overflow the stack of
 * every later JSON.stringify (the OAuth source and the bridge persist usage bodies), so it is refused.
 */
export const MAX_NESTING = 64;

/** Whether objects/arrays nest deeper than `limit`; iterative, so the check itself cannot overflow. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 1]];
  while (pending.length > 0) {
    const [item, depth] = pending.pop() as [unknown, number];
    if (typeof item !== "object" || item === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return false;
}

/** One window of a usage body; built on its first parse, as the status line reads none. */
export const windowSchema = z.lazy(() =>
  z.object({
    utilization: percentPoints,
    resets_at: z.nullable(isoInstant),
  }),
);

export const extraUsageSchema = z.lazy(() => {
  const { maybeNumber, maybeString } = shared();
  return z.object({
    is_enabled: z.boolean(),
    monthly_limit: maybeNumber,
    used_credits: maybeNumber,
    utilization: maybe(percentPoints),
    currency: maybeString,
    disabled_reason: maybeString,
  });
});
export type WireExtraUsage = z.infer<typeof extraUsageSchema>;

const moneySchema = z.lazy(() => {
  const { nonEmpty } = shared();
  return z.object({
    amount_minor: z.number(),
    currency: nonEmpty,
    exponent: z.int().check(z.minimum(0), z.maximum(6)),
  });
});
export type WireMoney = z.infer<typeof moneySchema>;

export const spendSchema = z.lazy(() => {
  const { maybeString, maybeBoolean } = shared();
  return z.object({
    used: maybe(moneySchema),
    limit: maybe(moneySchema),
    percent: maybe(percentPoints),
    enabled: maybeBoolean,
    disabled_reason: maybeString,
  });
});
export type WireSpend = z.infer<typeof spendSchema>;

export const limitEntrySchema = z.lazy(() => {
  const { maybeString, maybeBoolean, nonEmpty } = shared();
  return z.object({
    kind: nonEmpty,
    group: maybeString,
    percent: z.nullable(percentPoints),
    resets_at: maybe(isoInstant),
    scope: maybe(
      z.union([
        z.object({ model: z.object({ display_name: nonEmpty, id: maybeString }) }),
        z.object({ surface: z.object({ display_name: nonEmpty }) }),
      ]),
    ),
    // Informational only: inactive limits still count towards a 429, so it is never used as a filter.
    is_active: maybeBoolean,
  });
});
export type WireLimit = z.infer<typeof limitEntrySchema>;

export const overageSchema = z.lazy(() => {
  const { maybeNumber, maybeString, maybeBoolean } = shared();
  return z.object({
    is_enabled: z.boolean(),
    monthly_credit_limit: maybeNumber,
    currency: maybeString,
    used_credits: maybeNumber,
    disabled_reason: maybeString,
    disabled_until: maybe(isoInstant),
    out_of_credits: maybeBoolean,
  });
});
export type WireOverage = z.infer<typeof overageSchema>;

export const subscriptionSchema = z.lazy(() => {
  const { maybeString } = shared();
  return z.object({
    status: maybeString,
    next_charge_date: maybeString,
    billing_interval: maybeString,
    currency: maybeString,
  });
});
export type WireSubscription = z.infer<typeof subscriptionSchema>;

/** Turns a zod error into one line that names the offending field, e.g. `[0].fetched_at: expected an ISO-8601 timestamp`. */
export function describeZodError(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid value";
  const path = issue.path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join("");
  return path ? `${path}: ${issue.message}` : issue.message;
}

/**
 * One window of Claude Code's status-line stdin (`rate_limits.five_hour` / `.seven_day`, docs/FACTS.md §8):
 * percentage points and a reset in Unix seconds. Parsed per window: one bad window loses only itself.
 */
export const claudeCodeRateWindowSchema = z.object({
  used_percentage: percentPoints,
  resets_at: maybe(z.number().check(z.minimum(0), z.maximum(8.64e12))),
});

/** `model` of the status-line stdin: the session's model as Claude Code names it. */
export const claudeCodeModelSchema = z.object({ display_name: z.string().check(z.minLength(1), z.maxLength(200)) });
