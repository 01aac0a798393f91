/**
 * The short texts every surface shows about a UsageView: the menu-bar title and its tooltip, the
 * root-search subtitle, "Updated 40 s ago via …" and the extra-usage line. Pure, so the menu bar,
 * the list and the terminal all say the same thing.
 */
import { formatAge, isStale } from "./format";
import { formatMoney, humaniseReason, type ExtraUsage } from "./money";
import type { MenuBarTitleMode } from "./preferences";
import { comparePressure, type AccountView, type UsageView, type WindowView } from "./view";
import { formatPercent, SEVERITY_RANK, type Severity } from "./windows";

export interface MenuBarTitle {
  /** "Opus 91%", "5h 42% · 7d 78%", "!" when there is nothing to show; ends with STALE_MARK when old. */
  text: string;
  /** Colour of the icon; null when there is no number to colour. */
  severity: Severity | null;
  stale: boolean;
  tooltip: string;
}

/** @internal */
export const STALE_MARK = "⌛";
/** @internal */
export const NO_DATA_MARK = "!";

/** The percent as shown; a reading older than its reset shows "↻" instead of a number that is no longer true. */
export function shownPercent(w: WindowView, compact = false): string {
  return w.state === "reset_pending" ? "↻" : formatPercent(w.percent, compact);
}

/** "Opus 91%". */
function windowTitle(w: WindowView): string {
  return `${w.shortLabel} ${shownPercent(w, true)}`;
}

/** The most pressing window with this key (in `account`, else across accounts). */
function find(view: UsageView, key: string, account?: AccountView): WindowView | undefined {
  const accounts = account ? [account] : view.accounts;
  return accounts
    .flatMap((a) => a.windows.filter((w) => w.key === key))
    .sort((a, b) => comparePressure(a, b, view.now))[0];
}

/** The window the view's number is about: the binding one, else the first window at all. */
function leadingWindow(view: UsageView): WindowView | undefined {
  return view.binding ?? view.accounts.flatMap((a) => a.windows)[0];
}

function accountOf(view: UsageView, w: WindowView | undefined): AccountView | undefined {
  return view.accounts.find((a) => a.id === w?.accountId) ?? view.accounts[0];
}

/** The windows the menu-bar title shows for a preference; falls back to the binding window. @internal */
export function titleWindows(view: UsageView, mode: MenuBarTitleMode): WindowView[] {
  const lead = leadingWindow(view);
  if (mode === "most-pressing") return lead ? [lead] : [];
  if (mode === "five-hour") {
    const fiveHour = find(view, "five_hour");
    return fiveHour ? [fiveHour] : lead ? [lead] : [];
  }
  const account = accountOf(view, lead);
  const pair = [find(view, "five_hour", account), find(view, "seven_day", account)].filter(
    (w): w is WindowView => w !== undefined,
  );
  return pair.length > 0 ? pair : lead ? [lead] : [];
}

function worst(windows: WindowView[]): Severity {
  return windows.map((w) => w.severity).reduce((a, b) => (SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a), "ok");
}

export interface TitleOptions {
  mode: MenuBarTitleMode;
  staleAfterMs: number;
  /** Why there is no data (a failing source, no source enabled…), shown as the tooltip of "!". */
  noDataReason: string;
}

export function menuBarTitle(view: UsageView, { mode, staleAfterMs, noDataReason }: TitleOptions): MenuBarTitle {
  const shown = titleWindows(view, mode);
  if (shown.length === 0) return { text: NO_DATA_MARK, severity: null, stale: false, tooltip: noDataReason };
  const oldest = shown.map((w) => w.fetchedAt).reduce((a, b) => (a && b && b < a ? b : (a ?? b)));
  const stale = isStale(oldest, view.now, staleAfterMs);
  const lines = shown.map((w) => `${w.label} ${formatPercent(w.percent)} · ${w.resetLine}`);
  if (stale && oldest) lines.push(`Data from ${formatAge(oldest, view.now)}: the source has not answered since`);
  const text = shown.map(windowTitle).join(" · ");
  return { text: stale ? `${text} ${STALE_MARK}` : text, severity: worst(shown), stale, tooltip: lines.join("\n") };
}

/** Root-search subtitle: "5h 42% · 7d 78%", led by the binding window when it is another one ("Fable 96% · …"). */
export function commandSubtitle(view: UsageView): string | null {
  const lead = leadingWindow(view);
  const account = accountOf(view, lead);
  if (!lead || !account) return null;
  const pair = [find(view, "five_hour", account), find(view, "seven_day", account)];
  const shown = [lead, ...pair].filter((w, i, all): w is WindowView => w !== undefined && all.indexOf(w) === i);
  return shown.map(windowTitle).join(" · ");
}

/** "Updated 40 s ago via Browser bridge + Claude Code"; a file has no fetch time. */
export function updatedLine(account: Pick<AccountView, "fetchedAt" | "sources">, now: Date): string {
  const via = [...new Set(account.sources.map((s) => s.sourceLabel))].join(" + ");
  return account.fetchedAt ? `Updated ${formatAge(account.fetchedAt, now)} via ${via}` : `Read from ${via}`;
}

/** "Extra usage: €534.11 of €550.00 · 97% · disabled · Out of credits". */
export function extraUsageLine(extra: ExtraUsage): string {
  const parts: string[] = [];
  if (extra.used !== null) {
    const used = formatMoney(extra.used, extra.currency);
    parts.push(extra.limit !== null ? `${used} of ${formatMoney(extra.limit, extra.currency)}` : `${used} used`);
  }
  if (extra.percent !== null) parts.push(formatPercent(extra.percent));
  parts.push(extra.enabled ? "enabled" : "disabled");
  if (extra.disabledReason) parts.push(humaniseReason(extra.disabledReason));
  return `Extra usage: ${parts.join(" · ")}`;
}
