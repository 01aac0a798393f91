/**
 * The view model every surface renders (menu bar, list, terminal): windows with state and severity,
 * ordered most pressing first, and the binding window.
 */
import { formatResetLine } from "./format";
import type { Account, MergedWindow } from "./merge";
import { SEVERITY_RANK, severityOf, stateOf, type Severity, type WindowState } from "./windows";

export interface WindowView extends MergedWindow {
  accountId: string;
  severity: Severity;
  state: WindowState;
  /** "resets in 2h 47m", "not started", "reset 12 min ago · refreshing". */
  resetLine: string;
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

/**
 * Most pressing first: live readings before stale ones (a reading older than its own reset says
 * nothing about now), then by severity and percent, then the sooner reset.
 */
export function comparePressure(a: WindowView, b: WindowView): number {
  return (
    STATE_RANK[a.state] - STATE_RANK[b.state] ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    b.percent - a.percent ||
    (a.resetsAt?.getTime() ?? Infinity) - (b.resetsAt?.getTime() ?? Infinity) ||
    a.label.localeCompare(b.label)
  );
}

export function viewWindow(w: MergedWindow, accountId: string, now: Date): WindowView {
  const state = stateOf(w.percent, w.resetsAt, now);
  return {
    ...w,
    accountId,
    severity: severityOf(w.percent),
    state,
    resetLine: formatResetLine(state, w.resetsAt, now),
  };
}

export function buildView(accounts: Account[], now: Date): UsageView {
  const views = accounts.map((a) => ({
    ...a,
    windows: a.windows.map((w) => viewWindow(w, a.id, now)).sort(comparePressure),
  }));
  const active = views.flatMap((a) => a.windows).filter((w) => w.state === "active");
  return { accounts: views, binding: active.sort(comparePressure)[0] ?? null, now };
}

/** True when any window's reading predates its reset, i.e. a refresh will change what is shown. */
export function needsRefresh(view: UsageView): boolean {
  return view.accounts.some((a) => a.windows.some((w) => w.state === "reset_pending"));
}

/** Account heading: email and org, whichever are known. */
export function accountTitle(a: Pick<Account, "accountEmail" | "orgName" | "orgUuid">): string {
  const org = a.orgName ?? (a.orgUuid ? `org ${a.orgUuid.slice(0, 8)}…${a.orgUuid.slice(-4)}` : null);
  if (a.accountEmail && org) return `${a.accountEmail} · ${org}`;
  return a.accountEmail ?? org ?? "Claude account";
}
