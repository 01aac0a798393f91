/**
 * The per-window history kept between launches in a KeyValueStore: the terminal view's state file,
 * Raycast's Cache for the commands. Recording happens where readings arrive; the core stays pure.
 */
import { parseHistory, recordAccounts, type History } from "../core/history";
import type { Account } from "../core/merge";
import { readStoredJson, type KeyValueStore } from "./store";

export const HISTORY_KEY = "history";

/** Stored history; unreadable JSON starts a new one (it costs the chart, never the current reading). */
export function loadHistory(store: KeyValueStore): History {
  return readStoredJson(store, HISTORY_KEY, parseHistory, {});
}

/** Adds the accounts' readings to the stored history and returns it, current readings included. */
export function recordHistory(store: KeyValueStore, accounts: readonly Account[]): History {
  const history = recordAccounts(loadHistory(store), accounts);
  store.set(HISTORY_KEY, JSON.stringify(history));
  return history;
}
