/**
 * What the Raycast commands do with each fresh round of readings besides showing it: add it to the
 * per-window history (Raycast's Cache, shared by every command of the extension, so the list sees
 * what the menu bar recorded) and, in the menu-bar command, raise the threshold and pace alerts.
 * The menu bar refreshes every minute in the background, so it is the one that keeps the history
 * dense and notices a crossing; the alert state makes a notification fire once per reset cycle.
 *
 * Every source's readings are recorded (not only OAuth's): the merged, freshest reading per window
 * is what the user sees, and appendSample ignores a reading that is not newer than the last one.
 */
import { environment } from "@raycast/api";
import type { History } from "../core/history";
import { DEFAULT_STALE_AFTER_MS, mergeSnapshots } from "../core/merge";
import type { Snapshot } from "../core/snapshot";
import { buildView } from "../core/view";
import { macNotifier } from "./notifier";
import { runAlerts } from "../notify/run-alerts";
import { loadHistory, recordHistory } from "../sources/history-store";
import { errorMessage } from "../sources/load";
import { CacheStore } from "./cache-store";
import { readSettings } from "./settings";

/** @internal */
export const HISTORY_NAMESPACE = "history";
const ALERTS_NAMESPACE = "alerts";

export function readHistory(): History {
  return loadHistory(new CacheStore(HISTORY_NAMESPACE));
}

/** Records the round and fires due alerts; a failure here is logged and never costs the readings themselves. */
export async function recordReadings(snapshots: Snapshot[]): Promise<void> {
  try {
    const now = new Date();
    const accounts = mergeSnapshots(snapshots, { now, staleAfterMs: DEFAULT_STALE_AFTER_MS });
    const history = recordHistory(new CacheStore(HISTORY_NAMESPACE), accounts, {}, now);
    if (environment.commandMode !== "menu-bar") return;
    await runAlerts(buildView(accounts, now, history), {
      store: new CacheStore(ALERTS_NAMESPACE),
      notifier: macNotifier,
      enabled: readSettings().settings?.alerts ?? false,
      onError: (error) => console.error(`Claude Plan Meter: notification failed: ${errorMessage(error)}`),
    });
  } catch (error) {
    console.error(`Claude Plan Meter: could not record usage history: ${errorMessage(error)}`);
  }
}
