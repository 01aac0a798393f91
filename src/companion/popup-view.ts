/// <reference lib="dom" />
/**
 * The popup's content: every window of every org with its reset, extra usage, and how the last
 * poll went. Every server string goes in through textContent, never innerHTML: org names, emails
 * and window labels come from claude.ai and must never become markup in an extension page.
 */
import { extraUsageLine } from "../core/summary";
import { formatAbsolute, formatAge } from "../core/format";
import { accountTitle, type AccountView, type WindowView } from "../core/view";
import { formatPercent } from "../core/windows";
import { backoffLine, stateView, type CompanionState } from "./state";

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function windowRow(doc: Document, w: WindowView, now: Date): HTMLElement {
  const row = el(doc, "li", `window ${w.severity} ${w.state}`);
  row.dataset.window = w.key;
  const head = el(doc, "div", "window-head");
  head.append(el(doc, "span", "label", w.known ? w.label : `${w.label} (new)`));
  head.append(el(doc, "span", "percent", formatPercent(w.percent)));
  const bar = el(doc, "div", "bar");
  const fill = el(doc, "div", "fill");
  // A sub-1 % window still shows a sliver; over 100 % stays full.
  fill.style.width = `${Math.min(100, w.percent > 0 ? Math.max(1, w.percent) : 0)}%`;
  bar.append(fill);
  const absolute = w.resetsAt && w.state === "active" ? ` · ${formatAbsolute(w.resetsAt, now)}` : "";
  row.append(head, bar, el(doc, "div", "reset", `${w.resetLine}${absolute}`));
  return row;
}

function accountSection(doc: Document, a: AccountView, now: Date): HTMLElement {
  const section = el(doc, "section", "account");
  section.append(el(doc, "h2", "account-title", accountTitle(a) + (a.stale ? " · stale" : "")));
  const list = el(doc, "ul", "windows");
  if (a.windows.length === 0) list.append(el(doc, "li", "empty", "No windows in this reading."));
  for (const w of a.windows) list.append(windowRow(doc, w, now));
  section.append(list);
  for (const e of a.errors) section.append(el(doc, "p", "window-error", `${e.window}: ${e.message}`));
  if (a.extraUsage) section.append(el(doc, "p", "extra", extraUsageLine(a.extraUsage)));
  for (const s of a.sources) {
    for (const message of s.errors) section.append(el(doc, "p", "source-error", message));
  }
  return section;
}

function statusLine(doc: Document, state: CompanionState | null, now: Date): HTMLElement {
  if (!state) return el(doc, "p", "status", "No reading yet: the companion asks claude.ai every minute.");
  if (state.error) return el(doc, "p", "status error", state.error);
  const when = state.lastSuccessAt ? new Date(state.lastSuccessAt) : now;
  return el(doc, "p", "status", `Updated ${formatAge(when, now)} · ${formatAbsolute(when, now)}`);
}

/** Replaces root's children with the rendering of `state` at `now`. */
export function renderPopup(doc: Document, root: HTMLElement, state: CompanionState | null, now: Date): void {
  const nodes: HTMLElement[] = [statusLine(doc, state, now)];
  if (state) {
    for (const problem of state.problems) nodes.push(el(doc, "p", "problem", problem));
    const waiting = backoffLine(state, now);
    if (waiting) nodes.push(el(doc, "p", "status", waiting));
    if (state.error && state.lastSuccessAt) {
      const last = new Date(state.lastSuccessAt);
      nodes.push(el(doc, "p", "status", `Last good reading ${formatAge(last, now)} · ${formatAbsolute(last, now)}`));
    }
    try {
      nodes.push(...stateView(state, now).accounts.map((a) => accountSection(doc, a, now)));
    } catch (error) {
      nodes.push(el(doc, "p", "status error", `Stored reading unreadable: ${(error as Error).message}`));
    }
  }
  root.replaceChildren(...nodes);
}
