/**
 * "Last readings": the newest reading of every source and account, kept in one small file that every
 * surface records into and reads back (src/sources/last-readings.ts does the I/O). It is how the
 * status line, which never waits on the network, shows what `npm start` or its background refresh
 * fetched, and how `npm start` and the Raycast commands show what Claude Code handed the status line,
 * without a request of their own. This part is pure: the file's shape, what is kept and what is dropped.
 */
import { differenceInMilliseconds } from "date-fns/differenceInMilliseconds";
import * as z from "zod/mini";
import type { Snapshot, SourceKind } from "./snapshot";
import type { StatusAccount } from "./status-input";
import { printable } from "./text";
import { parseUsage, windowsFrom, type ParsedUsage } from "./usage";
import { isoInstant } from "./usage-schema";

/**
 * Version 2 keeps each reading's windows as numbers (percent, reset in epoch ms), so a status line,
 * which reads the file at every start, revives them without parsing dates or a usage body; version 1
 * (usage bodies, ISO instants), written before, is still read.
 */
const LAST_READINGS_VERSION = 2;
/** A few accounts × a few sources; the file stays a few KiB however long it lives. @internal (tests) */
export const MAX_READINGS = 32;
/** No window is longer than a week: an older reading says nothing about any of them. */
const MAX_READING_AGE_MS = 7 * 24 * 60 * 60_000;
/** A status line runs every few hundred ms; an unchanged reading is written again at most this often. */
const REWRITE_UNCHANGED_MS = 60_000;
/** A usage body has a handful of windows; a longer list is not one of ours. */
const MAX_WINDOWS = 64;

const SOURCES = ["bridge", "oauth", "file", "statusline"] as const satisfies readonly SourceKind[];

// zod/mini, as in usage-schema.ts, and one instance per shape shared by every field: the status line
// builds these at each start. The older version's schema is built only when such a file is read.
const name = z.nullable(z.string().check(z.maxLength(320)));
/** An instant as a Date can hold it, in ms since the epoch. */
const epochMs = z.number().check(z.minimum(-8.64e15), z.maximum(8.64e15));

/** Whose reading, from where and when: the same in both versions but for the time's spelling. */
const readingFields = {
  source: z.enum(SOURCES),
  source_label: z.string().check(z.minLength(1), z.maxLength(200)),
  org_uuid: name,
  org_name: name,
  account_email: name,
};

/**
 * One reading as stored: what a status line shows of it (its windows, whose they are, from where and
 * when). Extra usage, window errors and source errors are not kept: no reader of the file shows them.
 */
const storedReading = z.object({
  ...readingFields,
  fetched_at: epochMs,
  windows: z
    .array(
      z.object({
        key: z.string().check(z.maxLength(200)),
        percent: z.number().check(z.nonnegative()),
        resets_at: z.nullable(epochMs),
      }),
    )
    .check(z.maxLength(MAX_WINDOWS)),
});

/** Version 1: the windows in the endpoints' own shape, parsed back by the same parseUsage. */
const storedReadingV1 = z.lazy(() =>
  z.object({ ...readingFields, fetched_at: isoInstant, usage: z.record(z.string(), z.unknown()) }),
);

const fileSchema = z.object({
  version: z.literal([1, LAST_READINGS_VERSION]),
  readings: z.array(z.unknown()).check(z.maxLength(1000)),
});

const printableOrNull = (text: string | null) => (text === null ? null : printable(text));

type Stored = z.infer<typeof storedReading>;

/** A window as version 2 stores it. */
const storedWindow = (w: { key: string; percent: number; resetsAt: Date | null }): Stored["windows"][number] => ({
  key: w.key,
  percent: w.percent,
  resets_at: w.resetsAt?.getTime() ?? null,
});

function reviveV1(entry: unknown): Stored | null {
  const parsed = storedReadingV1.safeParse(entry);
  if (!parsed.success) return null;
  let usage: ParsedUsage;
  try {
    usage = parseUsage(parsed.data.usage);
  } catch {
    return null;
  }
  return {
    ...parsed.data,
    fetched_at: Date.parse(parsed.data.fetched_at),
    windows: usage.windows.map(storedWindow),
  };
}

function revive(stored: Stored): Snapshot {
  const windows = stored.windows.map((w) => ({
    key: w.key,
    percent: w.percent,
    resetsAt: w.resets_at === null ? null : new Date(w.resets_at),
  }));
  return {
    source: stored.source,
    sourceLabel: printable(stored.source_label),
    orgUuid: printableOrNull(stored.org_uuid),
    orgName: printableOrNull(stored.org_name),
    accountEmail: printableOrNull(stored.account_email),
    fetchedAt: new Date(stored.fetched_at),
    usage: { windows: windowsFrom(windows), errors: [], extraUsage: null },
    overage: null,
    subscription: null,
    errors: [],
  };
}

/** The file's readings; a file of another version or shape is empty, and a bad entry is dropped alone. */
export function parseLastReadings(raw: unknown): Snapshot[] {
  const file = fileSchema.safeParse(raw);
  if (!file.success) return [];
  const { version, readings } = file.data;
  return readings.flatMap((entry) => {
    const parsed = version === LAST_READINGS_VERSION ? storedReading.safeParse(entry) : null;
    const stored = parsed ? (parsed.success ? parsed.data : null) : reviveV1(entry);
    return stored ? [revive(stored)] : [];
  });
}

function stored(s: Snapshot): Stored {
  return {
    source: s.source,
    source_label: s.sourceLabel,
    org_uuid: s.orgUuid,
    org_name: s.orgName,
    account_email: s.accountEmail,
    fetched_at: (s.fetchedAt as Date).getTime(),
    windows: s.usage.windows.map(storedWindow),
  };
}

/** Only dated readings are stored (recordReadings drops the others). */
export function serializeLastReadings(readings: readonly Snapshot[]): string {
  return JSON.stringify({ version: LAST_READINGS_VERSION, readings: readings.filter((s) => s.fetchedAt).map(stored) });
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
