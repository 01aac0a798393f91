/** The human-readable terminal view: every window of every account, most pressing first. */
import { shortForecast } from "../core/forecast";
import { formatAbsolute, formatAge } from "../core/format";
import { extraUsageLine } from "../core/summary";
import type { LocalAttribution } from "../core/ledger/attribute";
import { LOCAL_CAVEAT, localLine } from "../core/ledger/text";
import { accountTitle, type AccountView, type UsageView, type WindowView } from "../core/view";
import type { SetupOffer } from "../core/sources";
import { printable } from "../core/text";
import { formatPercent, progressBar } from "../core/windows";
import { plain, type Paint } from "./paint";

function windowLine(w: WindowView, view: UsageView, paint: Paint): string {
  const binding = view.binding === w;
  const percent = paint(formatPercent(w.percent).padStart(7), w.severity);
  const bar = paint(progressBar(w.percent), w.state === "active" ? w.severity : "dim");
  const absolute = w.resetsAt && w.state === "active" ? ` (${formatAbsolute(w.resetsAt, view.now)})` : "";
  // Only a coming limit earns room on the line; the other verdicts are in --json and the list.
  const pace = w.forecast.verdict === "hits_limit" ? `  ${paint(shortForecast(w.forecast, view.now), "critical")}` : "";
  const flags = [binding ? "◀ binding" : "", w.known ? "" : "new"].filter(Boolean).join(", ");
  return `  ${w.label.padEnd(18)}${percent}  ${bar}  ${w.resetLine}${absolute}${pace}${flags ? `  ${paint(flags, "dim")}` : ""}`;
}

const LOCAL_LEAD = "this machine's Claude Code";

function accountBlock(a: AccountView, view: UsageView, paint: Paint, local: LocalAttribution): string[] {
  const via = a.sources
    .map((s) => `${s.sourceLabel}${s.fetchedAt ? ` ${formatAge(s.fetchedAt, view.now)}` : ""}`)
    .join(", ");
  const lines = [`${accountTitle(a)}${a.stale ? paint("  [stale]", "warning") : ""}`, paint(`  via ${via}`, "dim")];
  if (a.windows.length === 0) lines.push("  (no windows in this reading)");
  for (const w of a.windows) {
    lines.push(windowLine(w, view, paint));
    const spent = local.get(w);
    if (spent) lines.push(paint(`      ${localLine(spent, LOCAL_LEAD)}`, "dim"));
  }
  if (a.extraUsage) lines.push(`  ${extraUsageLine(a.extraUsage)}`);
  // The window name is the server's key as sent, so it is made printable like every label.
  for (const e of a.errors) lines.push(paint(`  ! ${printable(e.window)}: ${e.message}`, "warning"));
  for (const s of a.sources) for (const e of s.errors) lines.push(paint(`  ! ${s.sourceLabel}: ${e}`, "warning"));
  return lines;
}

/** `local`: what the logs say per window; lines appear under a window only when it has an entry. */
export function renderTable(
  view: UsageView,
  failures: string[],
  paint: Paint = plain,
  local: LocalAttribution = new Map(),
): string {
  const blocks = view.accounts.map((a) => accountBlock(a, view, paint, local).join("\n"));
  const notes = failures.map((f) => paint(`! ${f}`, "warning"));
  if (local.size > 0) notes.push(paint(LOCAL_CAVEAT, "dim"));
  return [...blocks, ...(notes.length ? [notes.join("\n")] : [])].join("\n\n");
}

const OFFER_HELP: Record<SetupOffer, string> = {
  connect_claude_code: "read Claude Code's login from the macOS Keychain: pass --keychain (macOS asks once)",
  log_in_claude_code: "log in to Claude Code (run `claude`) so its OAuth token can be read",
  set_up_companion:
    "connect the browser companion: in Raycast run “Install Browser Companion”, then “Start Bridge”, and keep claude.ai logged in (from a clone: load assets/companion and run npm run bridge)",
};

/**
 * What to do when no source gave data: turn back on the sources switched off, the set-up steps this
 * machine lacks (a source that is set up but failing says what went wrong on its own line), and a
 * saved payload, which always works. `switchedOff`: the flags that turned sources off.
 */
export function noDataHelp(offers: readonly SetupOffer[], switchedOff: readonly string[] = []): string {
  const steps = [
    ...(switchedOff.length > 0 ? [`drop ${switchedOff.join(" and ")}, which switched sources off`] : []),
    ...offers.map((offer) => OFFER_HELP[offer]),
    "pass --file PATH with a saved usage payload",
  ];
  const bullets = steps.map((step, i) => `  • ${step}${i < steps.length - 1 ? ", or" : "."}`);
  return ["No usage data available.", ...bullets].join("\n");
}
