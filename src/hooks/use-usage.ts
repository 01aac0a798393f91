/**
 * The one data hook of the Raycast commands: every enabled source in parallel, merged per account
 * and viewed most pressing first. The last round lives in Raycast's Cache under one explicit key
 * (USAGE_CACHE_KEY), shared by every command: the menu bar, Usage Windows and Extra Usage paint the
 * same latest numbers on their first render, and a refresh in any of them is what the others paint
 * next. (useCachedPromise would key it by a hash of the loader's source text, which differs per
 * minified command bundle, so the commands would never see each other's numbers.) The cached value
 * is plain JSON (snapshots with ISO dates); the view is rebuilt on each render, so countdowns and
 * staleness are computed against now, not against when the data was cached.
 */
import { environment, LaunchType, showToast, Toast, updateCommandMetadata } from "@raycast/api";
import { showFailureToast, useCachedState, usePromise } from "@raycast/utils";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { DEFAULT_STALE_AFTER_MS, mergeSnapshots } from "../core/merge";
import { sourceSettings, type Settings, type SourceSettings } from "../core/preferences";
import type { SourceFailure, SourceKind } from "../core/snapshot";
import { reviveSnapshots, storeSnapshots, type StoredSnapshot } from "../core/snapshot-json";
import {
  deliveredSources,
  failingSources,
  noDataReasons,
  setupOffers,
  sourceStatuses,
  type SetupOffer,
  type SourceStatus,
} from "../core/sources";
import { commandSubtitle } from "../core/summary";
import { buildView, type UsageView } from "../core/view";
import { keepLastGood, loadSnapshots } from "../sources/load";
import { readHistory, recordReadings } from "./history";
import { keychainConsent, readersFromPreferences } from "./readers";
import { readSettings } from "./settings";

/** Bumped whenever the cached shape changes, so a cache written by an older version is ignored, not misread. */
const CACHE_VERSION = 2;

/** Where every command finds the latest round (see the top of this file). @internal */
export const USAGE_CACHE_NAMESPACE = "usage";
/** @internal */
export const USAGE_CACHE_KEY = "latest";

interface CachedUsage {
  version: number;
  snapshots: StoredSnapshot[];
  /** One per source that returned nothing this round, with the reason. */
  failures: SourceFailure[];
  /** The sources asked this round. */
  sources: Array<{ source: SourceKind; sourceLabel: string }>;
  /** The sources that ever delivered a reading: once set up, a source that stops is failing. */
  delivered: SourceKind[];
}

export interface Usage {
  view: UsageView;
  failures: SourceFailure[];
  /** Each enabled source: not set up, working, stale or failing (src/core/sources.ts). */
  statuses: SourceStatus[];
  /** "Claude Code: …" per source that was set up and fails now: the only source errors to show. */
  errors: string[];
  /** With no data: what to set up on this machine ("Connect Claude Code", the companion). */
  offers: SetupOffer[];
  settings: Settings | null;
  staleAfterMs: number;
  /** Why nothing can be shown (bad preference, no source, every source failing or not set up), or null when there is data. */
  problem: string | null;
  isLoading: boolean;
  /** Asks every source again; `announce` reports the outcome in a toast (user-initiated refreshes). */
  refresh(options?: { announce?: boolean }): Promise<void>;
}

interface UsageOptions {
  /** Keep this command's root-search subtitle ("5h 42% · 7d 78%") current, as part of each load. */
  rootSearchSubtitle?: boolean;
}

/** @internal */
export const NO_SOURCE_ENABLED =
  "No source is enabled: turn on the browser companion or the Claude Code OAuth token in the preferences.";
export const NO_DATA_YET =
  "No usage data yet: load the companion browser extension and keep claude.ai logged in, or log in to Claude Code (run `claude`).";
const NO_DATA_SUBTITLE = "No usage data";

const NO_FAILURES: SourceFailure[] = [];

/** setTimeout's ceiling (~24.8 days); no window lasts longer. */
const MAX_TIMER_MS = 2 ** 31 - 1;

function isCurrent(data: CachedUsage | null | undefined): data is CachedUsage {
  return data?.version === CACHE_VERSION && Array.isArray(data.sources) && Array.isArray(data.delivered);
}

/** One round over the sources; a source that fails keeps its snapshots from `shown` (see keepLastGood). */
async function loadUsage(sources: SourceSettings, shown: CachedUsage | null): Promise<CachedUsage> {
  const readers = readersFromPreferences(sources);
  const round = await loadSnapshots(readers);
  await recordReadings(round.snapshots);
  const snapshots = keepLastGood(reviveSnapshots(shown?.snapshots ?? []), round);
  return {
    version: CACHE_VERSION,
    snapshots: storeSnapshots(snapshots),
    failures: round.failures,
    sources: readers.map(({ source, sourceLabel }) => ({ source, sourceLabel })),
    delivered: deliveredSources(shown?.delivered ?? [], snapshots),
  };
}

function viewOf(data: CachedUsage | null, staleAfterMs: number): UsageView {
  const now = new Date();
  return buildView(mergeSnapshots(reviveSnapshots(data?.snapshots ?? []), { now, staleAfterMs }), now, readHistory());
}

function statusesOf(data: CachedUsage | null, staleAfterMs: number): SourceStatus[] {
  if (!data) return [];
  const snapshots = reviveSnapshots(data.snapshots);
  return sourceStatuses({ ...data, snapshots, now: new Date(), staleAfterMs });
}

const errorLines = (statuses: SourceStatus[]) => failingSources(statuses).map((s) => `${s.sourceLabel}: ${s.reason}`);

function problemOf(data: CachedUsage | null, view: UsageView, statuses: SourceStatus[]): string | null {
  if (view.accounts.length > 0 || !data) return null;
  if (data.sources.length === 0) return NO_SOURCE_ENABLED;
  return noDataReasons(statuses).join("\n");
}

/** Raycast shows no toasts for background runs, and a menu-bar command reports inside its menu. */
function mayToast(): boolean {
  return environment.launchType === LaunchType.UserInitiated && environment.commandMode !== "menu-bar";
}

/** When a window's reset passes while the view is open, its reading is out of date: ask again then. */
function useRefreshAtNextReset(view: UsageView, refresh: () => void): void {
  const resets = view.accounts.flatMap((a) => a.windows.map((w) => w.resetsAt?.getTime() ?? Infinity));
  const nextReset = Math.min(...resets.filter((t) => t > view.now.getTime()), Infinity);
  useEffect(() => {
    const delay = nextReset - Date.now();
    if (!Number.isFinite(delay) || delay > MAX_TIMER_MS) return;
    const timer = setTimeout(refresh, Math.max(0, delay));
    return () => clearTimeout(timer);
  }, [nextReset, refresh]);
}

/** Turns the "Refreshing…" toast into the outcome of the refresh the user asked for. */
function finishAnnouncement(toast: Toast, result: CachedUsage, staleAfterMs: number): void {
  const errors = errorLines(statusesOf(result, staleAfterMs));
  if (errors.length > 0) {
    toast.style = Toast.Style.Failure;
    toast.title = result.snapshots.length > 0 ? "Refreshed, but a source failed" : "Could not refresh";
    toast.message = errors.join("\n");
  } else if (result.snapshots.length === 0) {
    toast.style = Toast.Style.Failure;
    toast.title = "No source connected yet";
    toast.message = undefined;
  } else {
    toast.style = Toast.Style.Success;
    toast.title = "Usage refreshed";
    toast.message = undefined;
  }
}

export function useUsage({ rootSearchSubtitle = false }: UsageOptions = {}): Usage {
  const { settings, problem: settingsProblem } = useMemo(readSettings, []);
  const sources = settings ? sourceSettings(settings) : null;
  const staleAfterMs = settings ? settings.staleAfterMinutes * 60_000 : DEFAULT_STALE_AFTER_MS;
  // The toast of a refresh the user asked for, finished by whichever outcome arrives next.
  const announcement = useRef<Toast | null>(null);
  const takeAnnouncement = () => {
    const toast = announcement.current;
    announcement.current = null;
    return toast;
  };
  const [stored, setStored] = useCachedState<CachedUsage | null>(USAGE_CACHE_KEY, null, {
    cacheNamespace: USAGE_CACHE_NAMESPACE,
  });
  const data = isCurrent(stored) ? stored : null;
  // What is on screen (the cached value first): a source failing this round keeps showing it.
  const latest = useRef({ data, setStored, staleAfterMs });
  latest.current = { data, setStored, staleAfterMs };
  // The round is stored (and the root-search subtitle sent) before the load ends: a menu-bar command
  // is unloaded once loading ends, so nothing may be left for an effect after the last render.
  const load = useCallback(
    async (s: SourceSettings) => {
      const result = await loadUsage(s, latest.current.data);
      latest.current.setStored(result);
      if (rootSearchSubtitle) {
        const subtitle = commandSubtitle(viewOf(result, latest.current.staleAfterMs)) ?? NO_DATA_SUBTITLE;
        await updateCommandMetadata({ subtitle });
      }
      return result;
    },
    [rootSearchSubtitle],
  );
  // With sources null (a bad preference) execute is false and loadUsage never runs.
  const { isLoading, error, revalidate } = usePromise(load, [sources as SourceSettings], {
    execute: sources !== null,
    onData: (result) => {
      const toast = takeAnnouncement();
      if (toast) finishAnnouncement(toast, result, latest.current.staleAfterMs);
    },
    // Failures are shown in the command itself; a toast only when the user asked or is looking at a view.
    onError: (failure) => {
      const toast = takeAnnouncement();
      if (toast) void toast.hide();
      if (toast || mayToast()) void showFailureToast(failure, { title: "Could not load Claude usage" });
    },
  });
  const view = useMemo(() => viewOf(data, staleAfterMs), [data, staleAfterMs]);
  const statuses = useMemo(() => statusesOf(data, staleAfterMs), [data, staleAfterMs]);
  const errors = useMemo(() => errorLines(statuses), [statuses]);
  const failures = data?.failures ?? NO_FAILURES;
  useRefreshAtNextReset(view, revalidate);

  async function refresh({ announce = false } = {}): Promise<void> {
    if (!sources) return;
    if (announce)
      announcement.current = await showToast({ style: Toast.Style.Animated, title: "Refreshing Claude usage…" });
    await revalidate();
  }

  const noData = view.accounts.length === 0;
  const offers =
    noData && sources
      ? setupOffers(statuses, { mac: process.platform === "darwin", keychainConsent: keychainConsent(sources) })
      : [];
  const problem = settingsProblem ?? problemOf(data, view, statuses) ?? (error && noData ? error.message : null);
  return {
    view,
    failures,
    statuses,
    errors,
    offers,
    settings,
    staleAfterMs,
    problem,
    isLoading: isLoading && sources !== null,
    refresh,
  };
}
