/**
 * The per-window history kept between launches in a KeyValueStore: the terminal view's state file,
 * Raycast's Cache for the commands. Recording happens where readings arrive; the core stays pure.
 */
import { parseHistory, recordAccounts, type History, type Sample } from "../core/history";
import type { Account } from "../core/merge";
import { readStoredJson, type KeyValueStore } from "./store";

/** @internal */
export const HISTORY_KEY = "history";

/** Stored history; unreadable JSON starts a new one (it costs the chart, never the current reading). */
export function loadHistory(store: KeyValueStore): History {
  return readStoredJson(store, HISTORY_KEY, parseHistory, {});
}

/** One history from several (ours, the bridge's): every series' samples together, re-bounded by parseHistory. @internal */
export function combineHistories(...histories: History[]): History {
  const combined = new Map<string, Sample[]>();
  for (const history of histories) {
    for (const [key, series] of Object.entries(history)) combined.set(key, [...(combined.get(key) ?? []), ...series]);
  }
  return parseHistory(Object.fromEntries(combined));
}

/**
 * Adds the accounts' readings (and any history from elsewhere, such as the bridge's) to the stored
 * history and returns it, current readings included; `now` bounds it (a week back, nothing ahead).
 */
export function recordHistory(
  store: KeyValueStore,
  accounts: readonly Account[],
  elsewhere: History,
  now: Date,
): History {
  const history = recordAccounts(combineHistories(loadHistory(store), elsewhere), accounts, now);
  store.set(HISTORY_KEY, JSON.stringify(history));
  return history;
}
