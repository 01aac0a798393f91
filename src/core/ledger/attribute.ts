/**
 * The local ledger beside the server's windows: for each window the span it covers (windowSpan) and
 * what Claude Code on this machine spent in it. The logs do not say which account a session used, so
 * every account's window is given the same local spans.
 */
import type { UsageView, WindowView } from "../view";
import type { LedgerRecord } from "./record";
import { tallySpans, type Span, type SpanSummary } from "./span";
import { windowSpan } from "./windows";

export type LocalAttribution = ReadonlyMap<WindowView, SpanSummary>;

/** Each window the logs can speak for, with its span. */
export function windowSpans(view: UsageView): Array<[WindowView, Span]> {
  const spans: Array<[WindowView, Span]> = [];
  for (const account of view.accounts) {
    for (const w of account.windows) {
      const span = windowSpan(w.key, w.resetsAt, view.now);
      if (span) spans.push([w, span]);
    }
  }
  return spans;
}

/** The windows of windowSpans with the summaries of their spans, in the same order. */
export function attribution(
  spans: ReadonlyArray<[WindowView, Span]>,
  summaries: readonly SpanSummary[],
): LocalAttribution {
  return new Map(spans.map(([w], i) => [w, summaries[i]]));
}

export function attributeWindows(view: UsageView, records: readonly LedgerRecord[]): LocalAttribution {
  const spans = windowSpans(view);
  const tallies = tallySpans(
    records,
    spans.map(([, span]) => span),
  );
  return attribution(
    spans,
    tallies.map((t) => t.summary),
  );
}
