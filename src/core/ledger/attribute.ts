/**
 * The local ledger beside the server's windows: for each window the span it covers (windowSpan) and
 * what Claude Code on this machine spent in it. The logs do not say which account a session used, so
 * every account's window is given the same local spans.
 */
import type { UsageView, WindowView } from "../view";
import type { LedgerRecord } from "./record";
import { summarizeSpan, type SpanSummary } from "./span";
import { windowSpan } from "./windows";

export type LocalAttribution = ReadonlyMap<WindowView, SpanSummary>;

export function attributeWindows(view: UsageView, records: readonly LedgerRecord[]): LocalAttribution {
  const local = new Map<WindowView, SpanSummary>();
  for (const account of view.accounts) {
    for (const w of account.windows) {
      const span = windowSpan(w.key, w.resetsAt, view.now);
      if (span) local.set(w, summarizeSpan(records, span));
    }
  }
  return local;
}
