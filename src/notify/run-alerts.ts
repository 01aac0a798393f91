/**
 * One alert pass after a refresh, shared by the menu bar's background run and `npm start`: load what
 * has fired, decide, persist, then notify. The state is saved before notifying so that a notifier
 * that hangs or fails can never make the next run repeat an alert.
 */
import { evaluateAlerts, parseAlertState, type Alert, type Notifier } from "../core/alerts";
import type { UsageView } from "../core/view";
import { readStoredJson, type KeyValueStore } from "../sources/store";

/** @internal */
export const ALERT_STATE_KEY = "alerts";

/** Returns the alerts raised; a failing notification is reported through onError and skipped. */
export async function runAlerts(
  view: UsageView,
  options: { store: KeyValueStore; notifier: Notifier; enabled: boolean; onError?: (error: unknown) => void },
): Promise<Alert[]> {
  const { alerts, state } = evaluateAlerts(
    view,
    // Unreadable state costs at most one repeat of each alert.
    readStoredJson(options.store, ALERT_STATE_KEY, parseAlertState, {}),
    options.enabled,
  );
  if (options.enabled) options.store.set(ALERT_STATE_KEY, JSON.stringify(state));
  for (const alert of alerts) {
    try {
      await options.notifier.notify(alert);
    } catch (error) {
      options.onError?.(error);
    }
  }
  return alerts;
}
