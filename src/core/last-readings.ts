/**
 * "Last readings": the newest reading of every source and account, kept in one small file that every
 * surface records into and reads back (src/sources/last-readings.ts does the I/O). It is how the
 * status line, which never waits on the network, shows what `npm start` or its background refresh
 * fetched, and how `npm start` and the Raycast commands show what Claude Code handed the status line,
 * without a request of their own. This part is pure: the file's shape, what is kept and what is dropped.
 */
import { differenceInMilliseconds } from "date-fns";
import * as z from "zod";
import { isoInstant, overageSchema, subscriptionSchema } from "./schema";
import type { Snapshot, SourceKind } from "./snapshot";
import { storeSnapshots } from "./snapshot-json";
import type { StatusAccount } from "./status-input";
import { printable } from "./text";
import { isKnownWindow, windowLabels } from "./windows";

export const LAST_READINGS_VERSION = 1;
/** A few accounts × a few sources; the file stays a few KiB however long it lives. */
export const MAX_READINGS = 32;
/** No window is longer than a week: an older reading says nothing about any of them. */
export const MAX_READING_AGE_MS = 7 * 24 * 60 * 60_000;
/** A status line runs every few hundred ms; an unchanged reading is written again at most this often. */
export const REWRITE_UNCHANGED_MS = 60_000;

const SOURCES = ["bridge", "oauth", "file", "statusline"] as const satisfies readonly SourceKind[];
const text = (max: number) => z.string().max(max).transform(printable);

const storedWindow = z.object({
  key: z.string().min(1).max(100),
  percent: z.number().finite().min(0),
  resetsAt: isoInstant.nullable(),
});

const storedExtraUsage = z.object({
  enabled: z.boolean(),
  used: z.number().finite().nullable(),
  limit: z.number().finite().nullable(),
  currency: z.string().max(10).nullable(),
  percent: z.number().finite().nullable(),
  disabledReason: text(200).nullable(),
  outOfCredits: z.boolean().nullable(),
  disabledUntil: isoInstant.nullable(),
});

const storedSnapshot = z.object({
  source: z.enum(SOURCES),
  sourceLabel: text(200),
  orgUuid: text(200).nullable(),
  orgName: text(200).nullable(),
  accountEmail: text(320).nullable(),
  fetchedAt: isoInstant,
  usage: z.object({
    windows: z.array(storedWindow).max(64),
    errors: z.array(z.object({ window: text(200), message: text(2000) })).max(64),
    extraUsage: storedExtraUsage.nullable(),
  }),
  overage: overageSchema.nullable(),
  subscription: subscriptionSchema.nullable(),
  errors: z.array(text(2000)).max(20),
});

const fileSchema = z.object({ version: z.literal(LAST_READINGS_VERSION), readings: z.array(z.unknown()).max(1000) });

const date = (iso: string | null) => (iso === null ? null : new Date(iso));

function revive(stored: z.infer<typeof storedSnapshot>): Snapshot {
  return {
    ...stored,
    fetchedAt: new Date(stored.fetchedAt),
    usage: {
      // Labels are derived again from the key, never trusted from the file.
      windows: stored.usage.windows.map((w) => ({
        key: w.key,
        ...windowLabels(w.key),
        percent: w.percent,
        resetsAt: date(w.resetsAt),
        known: isKnownWindow(w.key),
      })),
      errors: stored.usage.errors,
      extraUsage: stored.usage.extraUsage && {
        ...stored.usage.extraUsage,
        disabledUntil: date(stored.usage.extraUsage.disabledUntil),
      },
    },
  };
}

/** The file's readings; a file of another version or shape is empty, and a bad entry is dropped alone. */
export function parseLastReadings(raw: unknown): Snapshot[] {
  const file = fileSchema.safeParse(raw);
  if (!file.success) return [];
  return file.data.readings.flatMap((entry) => {
    const parsed = storedSnapshot.safeParse(entry);
    return parsed.success ? [revive(parsed.data)] : [];
  });
}

export function serializeLastReadings(readings: readonly Snapshot[]): string {
  return JSON.stringify({ version: LAST_READINGS_VERSION, readings: storeSnapshots([...readings]) });
}

/** One entry per source and account: what a newer reading replaces. */
function slot(s: Snapshot): string {
  return `${s.source}|${s.sourceLabel}|${s.orgUuid ?? ""}|${s.accountEmail?.toLowerCase() ?? ""}`;
}

const attributed = (s: Snapshot) => s.orgUuid !== null || s.accountEmail !== null;

/**
 * `recorded` with `fresh` recorded into it: the newest reading per source and account, newest first,
 * at most MAX_READINGS, none older than a week. Undated readings (a bare file) are not readings of
 * now and are never recorded. A status-line reading filed under an account of its own (before Claude
 * Code's profile was known) goes once a reading for the known account is at least as new.
 */
export function recordReadings(recorded: readonly Snapshot[], fresh: readonly Snapshot[], now: Date): Snapshot[] {
  const newest = new Map<string, Snapshot>();
  for (const s of [...fresh, ...recorded]) {
    if (s.fetchedAt === null || differenceInMilliseconds(now, s.fetchedAt) > MAX_READING_AGE_MS) continue;
    const kept = newest.get(slot(s));
    if (!kept || (kept.fetchedAt as Date) < s.fetchedAt) newest.set(slot(s), s);
  }
  const all = [...newest.values()];
  const newestAttributed = (source: SourceKind) =>
    Math.max(...all.filter((s) => s.source === source && attributed(s)).map((s) => s.fetchedAt!.getTime()));
  return all
    .filter((s) => attributed(s) || s.fetchedAt!.getTime() > newestAttributed(s.source))
    .sort((a, b) => b.fetchedAt!.getTime() - a.fetchedAt!.getTime())
    .slice(0, MAX_READINGS);
}

const sameWindows = (a: Snapshot, b: Snapshot) =>
  a.usage.windows.length === b.usage.windows.length &&
  a.usage.windows.every((w, i) => {
    const v = b.usage.windows[i];
    return w.key === v.key && w.percent === v.percent && w.resetsAt?.getTime() === v.resetsAt?.getTime();
  });

/** Whether recording `fresh` would change what the file says (or refresh an entry a minute old). */
export function changesRecord(recorded: readonly Snapshot[], fresh: Snapshot): boolean {
  const kept = recorded.find((s) => slot(s) === slot(fresh));
  if (!kept?.fetchedAt || !fresh.fetchedAt) return true;
  return !sameWindows(kept, fresh) || differenceInMilliseconds(fresh.fetchedAt, kept.fetchedAt) >= REWRITE_UNCHANGED_MS;
}

/** Claude Code's own login as its OAuth profile named it: the account a status-line reading belongs to. */
export function claudeCodeAccount(recorded: readonly Snapshot[]): StatusAccount | null {
  const oauth = recorded
    .filter((s) => s.source === "oauth" && attributed(s))
    .sort((a, b) => (b.fetchedAt?.getTime() ?? 0) - (a.fetchedAt?.getTime() ?? 0))[0];
  return oauth ? { orgUuid: oauth.orgUuid, orgName: oauth.orgName, accountEmail: oauth.accountEmail } : null;
}

/** The newest reading of any source other than the status line's own: how old the fetched data is. */
export function newestFetched(recorded: readonly Snapshot[], sources: readonly SourceKind[]): Date | null {
  const times = recorded.filter((s) => sources.includes(s.source) && s.fetchedAt).map((s) => s.fetchedAt!.getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : null;
}
