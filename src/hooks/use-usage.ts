/**
 * The one data hook of the Raycast commands: every enabled source in parallel, merged per account
 * and viewed most pressing first. useCachedPromise keeps the last result in Raycast's Cache, so
 * every launch (background or not) paints the previous numbers at once and then refreshes. The
 * cached value is plain JSON (snapshots with ISO dates); the view is rebuilt on each render, so
 * countdowns and staleness are computed against now, not against when the data was cached.
 */
import { environment, LaunchType, showToast, Toast } from "@raycast/api";
import { showFailureToast, useCachedPromise } from "@raycast/utils";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { DEFAULT_STALE_AFTER_MS, describeFailures, mergeSnapshots } from "../core/merge";
import { sourceSettings, type Settings, type SourceSettings } from "../core/preferences";
import type { SourceFailure } from "../core/snapshot";
import { reviveSnapshots, storeSnapshots, type StoredSnapshot } from "../core/snapshot-json";
import { buildView, type UsageView } from "../core/view";
import { keepLastGood, loadSnapshots } from "../sources/load";
import { readHistory, recordReadings } from "./history";
import { readersFromPreferences } from "./readers";
import { readSettings } from "./settings";

/** Bumped whenever the cached shape changes, so a cache written by an older version is ignored, not misread. */
const CACHE_VERSION = 1;

interface CachedUsage {
  version: number;
  snapshots: StoredSnapshot[];
  /** One per source that returned nothing this round, with the reason. */
  failures: SourceFailure[];
  sourceCount: number;
}

export interface Usage {
  view: UsageView;
  failures: SourceFailure[];
  settings: Settings | null;
  staleAfterMs: number;
  /** Why nothing can be shown (bad preference, no source, every source failing), or null when there is data. */
  problem: string | null;
  isLoading: boolean;
  /** Asks every source again; `announce` reports the outcome in a toast (user-initiated refreshes). */
  refresh(options?: { announce?: boolean }): Promise<void>;
}

/** @internal */
export const NO_SOURCE_ENABLED =
  "No source is enabled: turn on the browser companion or the Claude Code OAuth token in the preferences.";
export const NO_DATA_YET =
  "No usage data yet: load the companion browser extension and keep claude.ai logged in, or log in to Claude Code (run `claude`).";

const NO_FAILURES: SourceFailure[] = [];

/** setTimeout's ceiling (~24.8 days); no window lasts longer. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** One round over the sources; a source that fails keeps its snapshots from `shown` (see keepLastGood). */
async function loadUsage(sources: SourceSettings, shown: StoredSnapshot[]): Promise<CachedUsage> {
  const readers = readersFromPreferences(sources);
  const round = await loadSnapshots(readers);
  await recordReadings(round.snapshots);
  const snapshots = keepLastGood(reviveSnapshots(shown), round);
  return {
    version: CACHE_VERSION,
    snapshots: storeSnapshots(snapshots),
    failures: round.failures,
    sourceCount: readers.length,
  };
}

function problemOf(data: CachedUsage | undefined, view: UsageView, settingsProblem: string | null): string | null {
  if (settingsProblem) return settingsProblem;
  if (view.accounts.length > 0 || !data) return null;
  if (data.sourceCount === 0) return NO_SOURCE_ENABLED;
  return data.failures.length > 0 ? describeFailures(data.failures).join("\n") : NO_DATA_YET;
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
function finishAnnouncement(toast: Toast, result: CachedUsage): void {
  if (result.failures.length > 0) {
    toast.style = Toast.Style.Failure;
    toast.title = result.snapshots.length > 0 ? "Refreshed, but a source failed" : "Could not refresh";
    toast.message = describeFailures(result.failures).join("\n");
  } else {
    toast.style = Toast.Style.Success;
    toast.title = "Usage refreshed";
    toast.message = undefined;
  }
}

export function useUsage(): Usage {
  const { settings, problem: settingsProblem } = useMemo(readSettings, []);
  const sources = settings ? sourceSettings(settings) : null;
  // The toast of a refresh the user asked for, finished by whichever outcome arrives next.
  const announcement = useRef<Toast | null>(null);
  const takeAnnouncement = () => {
    const toast = announcement.current;
    announcement.current = null;
    return toast;
  };
  // What is on screen (the cached value first): a source failing this round keeps showing it.
  const shown = useRef<StoredSnapshot[]>([]);
  const load = useCallback((s: SourceSettings) => loadUsage(s, shown.current), []);
  // With sources null (a bad preference) execute is false and loadUsage never runs.
  const result = useCachedPromise(load, [sources as SourceSettings], {
    keepPreviousData: true,
    execute: sources !== null,
    onData: (result) => {
      const toast = takeAnnouncement();
      if (toast) finishAnnouncement(toast, result);
    },
    // Failures are shown in the command itself; a toast only when the user asked or is looking at a view.
    onError: (failure) => {
      const toast = takeAnnouncement();
      if (toast) void toast.hide();
      if (toast || mayToast()) void showFailureToast(failure, { title: "Could not load Claude usage" });
    },
  });
  const { isLoading, error, revalidate } = result;
  const data = result.data?.version === CACHE_VERSION ? result.data : undefined;
  shown.current = data?.snapshots ?? shown.current;
  const staleAfterMs = settings ? settings.staleAfterMinutes * 60_000 : DEFAULT_STALE_AFTER_MS;
  const view = useMemo(() => {
    const now = new Date();
    return buildView(mergeSnapshots(reviveSnapshots(data?.snapshots ?? []), { now, staleAfterMs }), now, readHistory());
  }, [data, staleAfterMs]);
  const failures = data?.failures ?? NO_FAILURES;
  useRefreshAtNextReset(view, revalidate);

  async function refresh({ announce = false } = {}): Promise<void> {
    if (!sources) return;
    if (announce)
      announcement.current = await showToast({ style: Toast.Style.Animated, title: "Refreshing Claude usage…" });
    revalidate();
  }

  const problem =
    problemOf(data, view, settingsProblem) ?? (error && view.accounts.length === 0 ? error.message : null);
  return { view, failures, settings, staleAfterMs, problem, isLoading: isLoading && sources !== null, refresh };
}
