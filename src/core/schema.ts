/**
 * zod schemas for every wire format we read: the single home of server field names (the reading's
 * own parts are in usage-schema.ts, re-exported here). Strict per field (a wrong type is an error),
 * tolerant per object (unknown keys are dropped).
 */
import * as z from "zod";
import { isoInstant, MAX_NESTING, nestedDeeperThan, overageSchema, subscriptionSchema } from "./usage-schema";
import { findUnsafeText } from "./text";

export * from "./usage-schema";

/**
 * One snapshot as the companion extension POSTs it (ClaudeMeter's wire format, accepted unchanged).
 * `usage` stays `unknown` here: it is parsed window by window (usage.ts) so one bad window loses nothing else.
 */
const snapshotSchema = z.object({
  org_uuid: z.string().min(1).max(200).nullable(),
  account_email: z.string().max(320).nullable().optional().default(null),
  // Our companion's addition (ClaudeMeter's bodies lack it): the org's display name.
  org_name: z.string().max(200).nullable().optional().default(null),
  browser: z.string().max(100).optional().default("browser"),
  fetched_at: isoInstant,
  usage: z
    .record(z.string(), z.unknown())
    .refine((usage) => !nestedDeeperThan(usage, MAX_NESTING), { message: `nested deeper than ${MAX_NESTING} levels` }),
  overage: z.nullable(overageSchema).optional().default(null),
  subscription: z.nullable(subscriptionSchema).optional().default(null),
  errors: z.array(z.string().max(2000)).max(100).optional().default([]),
});
export type WireSnapshot = z.infer<typeof snapshotSchema>;

export const snapshotArraySchema = z.array(snapshotSchema).max(1000);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Loose on purpose: the bridge only needs to know it holds an address, not to deliver mail to it. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Longest string (value or key) the bridge keeps; real payloads' longest are error lines well under it. */
const MAX_STORED_TEXT = 2000;

/**
 * What the bridge stores and serves back to every surface: the wire snapshot, with identifiers that
 * are what they claim to be (an org UUID, an email address or null) and every string in it, however
 * deep, bounded and free of control and bidi characters. A fuzz stored org ids like "99" and text
 * with a right-to-left override; those are now a 400 naming the field.
 */
export const storedSnapshotSchema = snapshotSchema
  .extend({
    org_uuid: z.string().regex(UUID, { message: "expected a UUID" }).nullable(),
    account_email: z
      .string()
      .max(320)
      .regex(EMAIL, { message: "expected an email address or null" })
      .nullable()
      .optional()
      .default(null),
  })
  .superRefine((snapshot, ctx) => {
    const unsafe = findUnsafeText(snapshot, MAX_STORED_TEXT);
    if (unsafe) ctx.addIssue({ code: "custom", path: unsafe.path, message: unsafe.problem });
  });

export const storedSnapshotArraySchema = z.array(storedSnapshotSchema).max(1000);

/** claude.ai's `/api/account` (cookie auth): the login's email and the orgs it belongs to. */
export const claudeAiAccountSchema = z.object({
  email_address: z.string().nullable().optional(),
  memberships: z.array(
    z.object({ organization: z.object({ uuid: z.string().min(1).max(200), name: z.string().nullable().optional() }) }),
  ),
});

/** Claude Code's subscription login inside its credentials document. */
const claudeAiOauthSchema = z.object({
  accessToken: z.string().min(1),
  refreshToken: z.string().optional(),
  /** Milliseconds since the epoch. */
  expiresAt: z.number().finite().nullable().optional(),
  scopes: z.array(z.string()).optional(),
  subscriptionType: z.string().nullable().optional(),
  rateLimitTier: z.string().nullable().optional(),
});

/**
 * Claude Code's credentials (`~/.claude/.credentials.json` or the Keychain item). The Keychain item
 * may hold only `mcpOAuth` (MCP server tokens, no subscription login), hence both are optional here;
 * credentials.ts turns a missing `claudeAiOauth` into a message the user can act on.
 */
export const credentialsSchema = z.object({
  claudeAiOauth: claudeAiOauthSchema.optional(),
  mcpOAuth: z.unknown().optional(),
});

export const oauthProfileSchema = z.object({
  account: z.object({ email: z.string().nullable().optional(), uuid: z.string().optional() }).optional(),
  organization: z.object({ uuid: z.string().min(1), name: z.string().nullable().optional() }).optional(),
});
