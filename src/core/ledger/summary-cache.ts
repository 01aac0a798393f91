/**
 * The answers last given, kept in the state beside the records they were computed from: a run in which
 * no log file changed answers the same spans again without loading or summing the records. A stored
 * answer is reused only when the span asked holds exactly the records it counted (SpanBounds), so it
 * is the answer a full computation over the same records gives, field for field.
 */
import * as z from "zod/mini";
import { count, counts, instant, numbers, sameLengths, stringOrNull, strings } from "./lists";
import type { Span, SpanSummary, SpanTally } from "./span";

/** An answer as stored: its per-model and per-project lists as columns (see lists.ts). */
const CachedSpanSchema = z.object({
  family: stringOrNull,
  before: instant,
  first: instant,
  last: instant,
  after: instant,
  messages: count,
  tokens: z.object({ input: count, output: count, cacheCreation: count, cacheRead: count, total: count }),
  byModel: z.object({ model: strings, messages: counts, total: counts }).check(z.refine(sameLengths)),
  byProject: z.object({ project: strings, path: strings, total: counts, share: numbers }).check(z.refine(sameLengths)),
});

export const SummaryCacheSchema = z.array(CachedSpanSchema);

export type CachedSpan = z.infer<typeof CachedSpanSchema>;

/** How many answers are kept: the spans of the last few runs (two for `ledger`, one per window for the view). */
const KEPT = 16;

export function cachedSpan({ summary, bounds }: SpanTally, family: string | null): CachedSpan {
  const { messages, tokens, byModel: m, byProject: p } = summary;
  return {
    family,
    ...bounds,
    messages,
    tokens,
    byModel: { model: m.map((x) => x.model), messages: m.map((x) => x.messages), total: m.map((x) => x.total) },
    byProject: {
      project: p.map((x) => x.project),
      path: p.map((x) => x.path),
      total: p.map((x) => x.total),
      share: p.map((x) => x.share),
    },
  };
}

/** The stored answer for `span`, or null when none of them holds exactly the records it asks about. */
export function cachedAnswer(cache: readonly CachedSpan[], span: Span): SpanSummary | null {
  const from = span.from.getTime();
  const to = span.to.getTime();
  for (const c of cache) {
    if (c.family !== span.family) continue;
    if (c.before !== null && from <= c.before) continue;
    if (c.first !== null && from > c.first) continue;
    if (c.last !== null && to < c.last) continue;
    if (c.after !== null && to >= c.after) continue;
    const { messages, tokens, byModel: m, byProject: p } = c;
    const byModel = m.model.map((model, i) => ({ model, messages: m.messages[i], total: m.total[i] }));
    const byProject = p.path.map((path, i) => ({ project: p.project[i], path, total: p.total[i], share: p.share[i] }));
    return { from: span.from, to: span.to, messages, tokens: { ...tokens }, byModel, byProject };
  }
  return null;
}

/**
 * The fresh answers first, then older ones that still stand (only when the records are unchanged);
 * each once (every account's window asks the same span).
 */
export function nextCache(fresh: readonly CachedSpan[], older: readonly CachedSpan[]): CachedSpan[] {
  const seen = new Set<string>();
  const kept: CachedSpan[] = [];
  for (const c of [...fresh, ...older]) {
    const key = JSON.stringify(c);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(c);
  }
  return kept.slice(0, KEPT);
}
