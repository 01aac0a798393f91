/**
 * Threshold and pace alerts: which notifications a refresh should raise. Each window alerts at most
 * once per threshold (80 %, 95 %, 100 %) and once for "will hit the limit before the reset" per reset
 * cycle. What has fired is kept in a small serialisable state that the caller persists between
 * background runs, so a window sitting at 96 % does not notify on every one-minute refresh.
 *
 * A cycle is recognised the way the history recognises one (isNewCycle): the stored reset moment has
 * passed, or the usage fell while the reset clock moved. Keying on the exact `resets_at` would re-arm
 * every alert whenever the server's clock jitters by a few seconds.
 */
import * as z from "zod";
import { describeForecast } from "./forecast";
import { historyKey, isNewCycle, MAX_SERIES, type Sample } from "./history";
import { accountTitle, type UsageView, type WindowView } from "./view";
import { formatPercent } from "./windows";

const THRESHOLDS = [80, 95, 100] as const;
type AlertMark = `${(typeof THRESHOLDS)[number]}` | "pace";

export interface Alert {
  /** historyKey(accountId, windowKey) + mark: unique per window and threshold. */
  id: string;
  mark: AlertMark;
  title: string;
  message: string;
}

/** Delivers alerts: macOS notifications in Raycast, a line on stderr in the terminal, a list in tests. */
export interface Notifier {
  notify(alert: Alert): Promise<void>;
}

const markSchema = z.enum(["80", "95", "100", "pace"]);
const entrySchema = z.object({
  /** The reading the marks were last checked against: its reset clock identifies the cycle. */
  seen: z.object({ at: z.number().finite(), percent: z.number().finite(), resetsAt: z.number().finite().nullable() }),
  fired: z.array(markSchema),
});

type AlertEntry = z.infer<typeof entrySchema>;
/** By historyKey(accountId, windowKey). */
export type AlertState = Record<string, AlertEntry>;

/** Reads persisted alert state; a malformed entry is dropped (it can only cause one repeat alert), never the rest. */
export function parseAlertState(json: unknown): AlertState {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return {};
  return Object.fromEntries(
    Object.entries(json).flatMap(([key, raw]) => {
      const parsed = entrySchema.safeParse(raw);
      return parsed.success ? [[key, parsed.data]] : [];
    }),
  );
}

function sampleOf(w: WindowView, now: Date): Sample {
  return { at: w.fetchedAt?.getTime() ?? now.getTime(), percent: w.percent, resetsAt: w.resetsAt?.getTime() ?? null };
}

/** The marks a window earns now: every threshold it has reached, and pace when the forecast says it will hit. */
function marksFor(w: WindowView): AlertMark[] {
  const marks: AlertMark[] = THRESHOLDS.filter((t) => w.percent >= t).map((t) => `${t}` as AlertMark);
  if (w.forecast.verdict === "hits_limit") marks.push("pace");
  return marks;
}

/**
 * The one alert for a window's newly earned marks: the highest threshold reached (crossing 80 and 95
 * in one step is one notification), else the pace warning. Reaching 100 % already says "limit".
 */
function alertFor(w: WindowView, key: string, earned: AlertMark[], view: UsageView, account: string): Alert {
  const threshold = earned.filter((m) => m !== "pace").at(-1);
  const accountPart = view.accounts.length > 1 ? [account] : [];
  // describeForecast already names the reset ("limit in ~40m, resets in 2h 47m").
  const pace = w.forecast.verdict === "hits_limit" ? describeForecast(w.forecast, view.now) : null;
  if (threshold) {
    const what = threshold === "100" ? "has reached its limit" : `is at ${formatPercent(w.percent, true)}`;
    return {
      id: `${key}|${threshold}`,
      mark: threshold,
      title: `Claude ${w.label} ${what}`,
      message: [pace ?? w.resetLine, ...accountPart].join(" · "),
    };
  }
  return {
    id: `${key}|pace`,
    mark: "pace",
    title: `Claude ${w.label} will hit its limit before it resets`,
    message: [`${formatPercent(w.percent)} now`, pace ?? w.resetLine, ...accountPart].join(" · "),
  };
}

/** Drops the entries of windows not seen for a week (the history's own horizon), bounded like the history. */
function prune(state: AlertState, now: Date): AlertState {
  const weekAgo = now.getTime() - 7 * 24 * 60 * 60_000;
  return Object.fromEntries(
    Object.entries(state)
      .filter(([, e]) => e.seen.at >= weekAgo)
      .sort(([, a], [, b]) => b.seen.at - a.seen.at)
      .slice(0, MAX_SERIES),
  );
}

export interface AlertResult {
  alerts: Alert[];
  state: AlertState;
}

/**
 * The alerts this refresh raises and the state to persist. Only live windows count (a reading that
 * predates its reset is not current). With alerts turned off nothing fires and the state is kept as is.
 */
export function evaluateAlerts(view: UsageView, state: AlertState, enabled: boolean): AlertResult {
  if (!enabled) return { alerts: [], state };
  const next: AlertState = { ...state };
  const alerts: Alert[] = [];
  for (const account of view.accounts) {
    for (const w of account.windows) {
      if (w.state !== "active") continue;
      const key = historyKey(account.id, w.key);
      const seen = sampleOf(w, view.now);
      const previous = Object.hasOwn(next, key) ? next[key] : undefined;
      const sameCycle = previous !== undefined && !isNewCycle(previous.seen, seen);
      const fired = sameCycle ? previous.fired : [];
      const earned = marksFor(w).filter((m) => !fired.includes(m));
      if (earned.length > 0) alerts.push(alertFor(w, key, earned, view, accountTitle(account)));
      next[key] = { seen, fired: [...fired, ...earned] };
    }
  }
  return { alerts, state: prune(next, view.now) };
}
