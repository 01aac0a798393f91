/**
 * The view model every surface renders (menu bar, list, terminal): windows with state, severity and
 * pace forecast, ordered most pressing first, and the binding window.
 */
import { forecastWindow, type Forecast } from "./forecast";
import { formatResetLine } from "./format";
import { historyKey, seriesOf, type History, type Sample } from "./history";
import type { Account, MergedWindow } from "./merge";
import { severityOf, stateOf, type Severity, type WindowState } from "./windows";

export interface WindowView extends MergedWindow {
  accountId: string;
  severity: Severity;
  state: WindowState;
  /** "resets in 2h 47m", "not started", "reset 12 min ago · refreshing". */
  resetLine: string;
  /** From the account/window's history; insufficient_data without one. */
  forecast: Forecast;
  /** The recorded samples the forecast came from (for the chart); empty without a history. */
  history: readonly Sample[];
}

export interface AccountView extends Omit<Account, "windows"> {
  /** Most pressing first (see comparePressure). */
  windows: WindowView[];
}

export interface UsageView {
  accounts: AccountView[];
  /** The window closest to a 429 across all accounts, or null when there is none active. */
  binding: WindowView | null;
  now: Date;
}

const STATE_RANK: Readonly<Record<WindowState, number>> = { active: 0, not_started: 1, reset_pending: 2 };

/** How far ahead the pace counts towards pressure: what the user will be facing within the hour. */
const PRESSURE_HORIZON_HOURS = 1;

/**
 * The percent a window is heading for within the horizon (or by its reset, if sooner) at its current
 * pace; its percent when it has no rising forecast. A window at 70 % that reaches 100 % in 40 min
 * (45 %/h → 115) thus outranks one at 85 % that is flat.
 * @internal
 */
export function pressureOf(w: Pick<WindowView, "percent" | "forecast" | "resetsAt">, now: Date): number {
  const rate = w.forecast.ratePerHour;
  if (w.forecast.verdict === "insufficient_data" || rate === null || rate <= 0) return w.percent;
  const untilReset = w.resetsAt ? (w.resetsAt.getTime() - now.getTime()) / 3_600_000 : Infinity;
  return w.percent + rate * Math.max(0, Math.min(PRESSURE_HORIZON_HOURS, untilReset));
}

/**
 * Most pressing first: live readings before stale ones (a reading older than its own reset says
 * nothing about now), then windows already at the limit (they block now), then by the percent each
 * is heading for within the hour (pressureOf), then the percent itself, then the sooner reset.
 */
export function comparePressure(a: WindowView, b: WindowView, now: Date): number {
  return (
    STATE_RANK[a.state] - STATE_RANK[b.state] ||
    Number(b.severity === "critical") - Number(a.severity === "critical") ||
    pressureOf(b, now) - pressureOf(a, now) ||
    b.percent - a.percent ||
    (a.resetsAt?.getTime() ?? Infinity) - (b.resetsAt?.getTime() ?? Infinity) ||
    a.label.localeCompare(b.label)
  );
}

function viewWindow(w: MergedWindow, accountId: string, now: Date, history: History = {}): WindowView {
  const state = stateOf(w.percent, w.resetsAt, now);
  const series = seriesOf(history, historyKey(accountId, w.key));
  return {
    ...w,
    accountId,
    severity: severityOf(w.percent),
    state,
    resetLine: formatResetLine(state, w.resetsAt, now),
    forecast: forecastWindow(series, { ...w, state }, now),
    history: series,
  };
}

/** `history` (recorded with recordAccounts, current readings included) feeds the forecasts. */
export function buildView(accounts: Account[], now: Date, history: History = {}): UsageView {
  const byPressure = (a: WindowView, b: WindowView) => comparePressure(a, b, now);
  const views = accounts.map((a) => ({
    ...a,
    windows: a.windows.map((w) => viewWindow(w, a.id, now, history)).sort(byPressure),
  }));
  const active = views.flatMap((a) => a.windows).filter((w) => w.state === "active");
  return { accounts: views, binding: active.sort(byPressure)[0] ?? null, now };
}

/** Account heading: email and org, whichever are known. */
export function accountTitle(a: Pick<Account, "accountEmail" | "orgName" | "orgUuid">): string {
  const org = a.orgName ?? (a.orgUuid ? `org ${a.orgUuid.slice(0, 8)}…${a.orgUuid.slice(-4)}` : null);
  if (a.accountEmail && org) return `${a.accountEmail} · ${org}`;
  return a.accountEmail ?? org ?? "Claude account";
}
