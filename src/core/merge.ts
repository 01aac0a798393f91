/**
 * Merges snapshots from every source into one entry per account/org: the freshest reading of each
 * window wins and keeps its source; every source's state (ok / stale / error) stays visible.
 */
import { isFromTheFuture } from "./clock";
import { isStale } from "./format";
import { withOverage, type ExtraUsage } from "./money";
import type { WireSubscription } from "./schema";
import type { Snapshot, SourceFailure, SourceKind } from "./snapshot";
import type { WindowError, WindowReading } from "./usage";

interface SourceState {
  source: SourceKind;
  sourceLabel: string;
  fetchedAt: Date | null;
  status: "ok" | "stale" | "error";
  errors: string[];
}

export interface MergedWindow extends WindowReading {
  sourceLabel: string;
  fetchedAt: Date | null;
}

export interface Account {
  /** Stable id: org uuid, else email, else the source. */
  id: string;
  orgUuid: string | null;
  orgName: string | null;
  accountEmail: string | null;
  /** Freshest reading across the account's sources. */
  fetchedAt: Date | null;
  stale: boolean;
  sources: SourceState[];
  windows: MergedWindow[];
  errors: WindowError[];
  extraUsage: ExtraUsage | null;
  subscription: WireSubscription | null;
}

export interface MergeOptions {
  now: Date;
  staleAfterMs: number;
  /**
   * This computer's clock, which judges whether a reading is dated in the future; defaults to `now`.
   * Differs only when `now` is a chosen instant (`npm start -- --now`), not the present.
   */
  clock?: Date;
}

export const DEFAULT_STALE_AFTER_MS = 10 * 60 * 1000;

/** The account a snapshot belongs to on its own; history series are keyed by it (core/history.ts). */
export function accountId(s: Pick<Snapshot, "orgUuid" | "accountEmail" | "sourceLabel">): string {
  if (s.orgUuid) return `org:${s.orgUuid}`;
  if (s.accountEmail) return `email:${s.accountEmail.toLowerCase()}`;
  return `source:${s.sourceLabel}`;
}

const time = (d: Date | null): number => d?.getTime() ?? Number.NEGATIVE_INFINITY;

function mergeGroup(id: string, group: Snapshot[], { now, staleAfterMs }: MergeOptions): Account {
  // Freshest first, so "first seen wins" means "freshest wins" everywhere below.
  const ordered = [...group].sort((a, b) => time(b.fetchedAt) - time(a.fetchedAt));
  const windows = new Map<string, MergedWindow>();
  for (const s of ordered) {
    for (const w of s.usage.windows) {
      if (!windows.has(w.key)) windows.set(w.key, { ...w, sourceLabel: s.sourceLabel, fetchedAt: s.fetchedAt });
    }
  }
  // An error stays unless a reading at least as fresh as the broken one replaced it.
  const errors = new Map<string, WindowError>();
  for (const s of ordered) {
    for (const e of s.usage.errors) {
      const replacement = windows.get(e.window);
      const replaced = replacement !== undefined && time(replacement.fetchedAt) >= time(s.fetchedAt);
      if (!replaced && !errors.has(e.window)) errors.set(e.window, e);
    }
  }
  const freshest = ordered[0];
  const withExtra = ordered.find((s) => s.usage.extraUsage !== null || s.overage !== null);
  return {
    id,
    orgUuid: ordered.find((s) => s.orgUuid)?.orgUuid ?? null,
    orgName: ordered.find((s) => s.orgName)?.orgName ?? null,
    accountEmail: ordered.find((s) => s.accountEmail)?.accountEmail ?? null,
    fetchedAt: freshest.fetchedAt,
    stale: isStale(freshest.fetchedAt, now, staleAfterMs),
    sources: ordered.map((s) => ({
      source: s.source,
      sourceLabel: s.sourceLabel,
      fetchedAt: s.fetchedAt,
      status: s.errors.length > 0 ? "error" : isStale(s.fetchedAt, now, staleAfterMs) ? "stale" : "ok",
      errors: s.errors,
    })),
    windows: [...windows.values()],
    errors: [...errors.values()],
    extraUsage: withExtra ? withOverage(withExtra.usage.extraUsage, withExtra.overage) : null,
    subscription: ordered.find((s) => s.subscription)?.subscription ?? null,
  };
}

/**
 * The account each snapshot belongs to. A reading without an org (an OAuth profile that named no
 * organization) joins the org that carries the same email, when exactly one does: an email shared
 * by several orgs (one login, many memberships) cannot say which of them the reading is for.
 */
function accountIds(snapshots: Snapshot[]): string[] {
  const orgsByEmail = new Map<string, Set<string>>();
  for (const s of snapshots) {
    if (!s.orgUuid || !s.accountEmail) continue;
    const email = s.accountEmail.toLowerCase();
    orgsByEmail.set(email, (orgsByEmail.get(email) ?? new Set()).add(s.orgUuid));
  }
  return snapshots.map((s) => {
    const orgs = !s.orgUuid && s.accountEmail ? orgsByEmail.get(s.accountEmail.toLowerCase()) : undefined;
    return orgs?.size === 1 ? `org:${[...orgs][0]}` : accountId(s);
  });
}

/**
 * A reading dated more than a few minutes ahead of this clock is not believed: it would outrank every
 * true reading. It stays listed as its source, with the reason, but none of its numbers are shown.
 */
function distrustFuture(s: Snapshot, now: Date): Snapshot {
  if (!s.fetchedAt || !isFromTheFuture(s.fetchedAt, now)) return s;
  return {
    ...s,
    fetchedAt: null,
    usage: { windows: [], errors: [], extraUsage: null },
    overage: null,
    subscription: null,
    errors: [...s.errors, `reading dated ${s.fetchedAt.toISOString()}, ahead of this computer's clock: not shown`],
  };
}

/** Groups by account, in first-seen order so the output is stable. */
export function mergeSnapshots(given: Snapshot[], options: MergeOptions): Account[] {
  const snapshots = given.map((s) => distrustFuture(s, options.clock ?? options.now));
  const groups = new Map<string, Snapshot[]>();
  const ids = accountIds(snapshots);
  snapshots.forEach((s, i) => groups.set(ids[i], [...(groups.get(ids[i]) ?? []), s]));
  return [...groups.entries()].map(([id, group]) => mergeGroup(id, group, options));
}

/** Sources that failed outright are reported on every account (or alone when nothing loaded). */
export function describeFailures(failures: SourceFailure[]): string[] {
  return failures.map((f) => `${f.sourceLabel}: ${f.message}`);
}
