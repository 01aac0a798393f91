/**
 * The facts the detail panes show — a window in the list, an account's extra usage — as labelled
 * text, so the Raycast views only lay them out.
 */
import { isValid, parseISO } from "date-fns";
import { formatAge, formatLocalDateTime, formatLocalDay, isStale } from "./format";
import { formatMoney, humaniseReason, type ExtraUsage } from "./money";
import type { WireSubscription } from "./schema";
import { shownPercent } from "./summary";
import { accountTitle, type AccountView, type WindowView } from "./view";
import { formatPercent, progressBar, severityOf, type Severity } from "./windows";

const STATE_TEXT: Readonly<Record<WindowView["state"], string>> = {
  active: "Active",
  not_started: "Not started: nothing counted yet",
  reset_pending: "Reset since this reading: refreshing",
};

export interface WindowFacts {
  utilization: string;
  state: string;
  resets: string;
  resetsIn: string;
  source: string;
  fetchedAt: string;
  freshness: string;
  stale: boolean;
}

export function windowFacts(w: WindowView, now: Date, staleAfterMs: number): WindowFacts {
  const stale = isStale(w.fetchedAt, now, staleAfterMs);
  return {
    utilization: shownPercent(w),
    state: STATE_TEXT[w.state],
    resets: w.resetsAt ? formatLocalDateTime(w.resetsAt, now) : "—",
    resetsIn: w.resetLine,
    source: w.sourceLabel,
    fetchedAt: w.fetchedAt ? `${formatLocalDateTime(w.fetchedAt, now)} (${formatAge(w.fetchedAt, now)})` : "unknown",
    freshness: w.fetchedAt === null ? "unknown" : stale ? `Stale: older than ${staleAfterMs / 60_000} min` : "Fresh",
    stale,
  };
}

/** "## 7-day Opus" with a text progress bar: `██████████████████░░ 91%`. */
export function windowMarkdown(w: WindowView): string {
  const bar = w.state === "reset_pending" ? progressBar(0) : progressBar(w.percent);
  const flags = [w.known ? "" : "*A window this version does not know yet.*"].filter(Boolean);
  return [`## ${w.label}`, "", `\`${bar}\` **${shownPercent(w)}**`, "", w.resetLine, ...flags].join("\n");
}

/** "2026-12-03" → "Thu, Dec 3, 2026" in the user's locale; anything unparseable is shown as the server sent it. @internal */
export function formatDay(day: string): string {
  const date = parseISO(`${day.slice(0, 10)}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}/.test(day) && isValid(date) ? formatLocalDay(date) : day;
}

export interface ExtraUsageFacts {
  title: string;
  enabled: boolean;
  used: string | null;
  limit: string | null;
  remaining: string | null;
  /** Percentage points as the server sent them, and as shown. */
  percentValue: number | null;
  percent: string | null;
  severity: Severity | null;
  /** "Out of credits", "Disabled until Tue 1 Dec, 00:00", or null when nothing stops it. */
  overage: string | null;
  nextCharge: string | null;
  billingInterval: string | null;
}

function overageState(extra: ExtraUsage, now: Date): string | null {
  const parts = [
    extra.outOfCredits ? "Out of credits" : null,
    extra.disabledReason && extra.disabledReason !== "out_of_credits" ? humaniseReason(extra.disabledReason) : null,
    extra.disabledUntil ? `Disabled until ${formatLocalDateTime(extra.disabledUntil, now)}` : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(" · ") : null;
}

export function extraUsageFacts(account: AccountView, now: Date): ExtraUsageFacts | null {
  const extra = account.extraUsage;
  if (!extra) return null;
  const money = (amount: number | null) => (amount === null ? null : formatMoney(amount, extra.currency));
  const remaining = extra.used !== null && extra.limit !== null ? Math.max(0, extra.limit - extra.used) : null;
  const subscription: WireSubscription | null = account.subscription;
  return {
    title: accountTitle(account),
    enabled: extra.enabled,
    used: money(extra.used),
    limit: money(extra.limit),
    remaining: money(remaining),
    percentValue: extra.percent,
    percent: extra.percent === null ? null : formatPercent(extra.percent),
    severity: extra.percent === null ? null : severityOf(extra.percent),
    overage: overageState(extra, now),
    nextCharge: subscription?.next_charge_date ? formatDay(subscription.next_charge_date) : null,
    billingInterval: subscription?.billing_interval ? humaniseReason(subscription.billing_interval) : null,
  };
}

/** One account's extra usage as markdown: used vs limit, a bar, the state and the next charge. */
export function extraUsageMarkdown(facts: ExtraUsageFacts): string {
  const amount =
    facts.used && facts.limit
      ? `**${facts.used}** of **${facts.limit}** this month`
      : facts.used
        ? `**${facts.used}** used`
        : "No amount reported";
  const lines = [`## ${facts.title}`, "", `${amount}${facts.percent ? ` (${facts.percent})` : ""}`];
  if (facts.percentValue !== null) lines.push("", `\`${progressBar(facts.percentValue)}\``);
  lines.push("", facts.enabled ? "Extra usage is **enabled**." : "Extra usage is **disabled**.");
  if (facts.overage) lines.push("", `⚠️ ${facts.overage}`);
  if (facts.nextCharge)
    lines.push(
      "",
      `Next charge ${facts.nextCharge}${facts.billingInterval ? ` (${facts.billingInterval.toLowerCase()})` : ""}.`,
    );
  return lines.join("\n");
}
