/**
 * What the local logs say about a span of time: tokens by kind, per model and per project. A span is
 * judged on instants (epoch ms), never on local dates.
 */
import { projectName } from "./project";
import { recordTotal, type LedgerRecord } from "./record";

interface Tokens {
  input: number;
  output: number;
  cacheCreation: number;
  cacheRead: number;
  total: number;
}

interface ModelShare {
  model: string;
  messages: number;
  total: number;
}

interface ProjectShare {
  /** The folder's last path part. */
  project: string;
  path: string;
  total: number;
  /** Fraction of the span's total, 0–1. */
  share: number;
}

export interface SpanSummary {
  from: Date;
  to: Date;
  messages: number;
  tokens: Tokens;
  byModel: ModelShare[];
  byProject: ProjectShare[];
}

export interface Span {
  from: Date;
  to: Date;
  /** Only models of this family (`opus`, `sonnet`, …), or all when null. */
  family: string | null;
}

/** `claude-opus-4-5-20251101` → `opus`, `claude-3-5-sonnet-20241022` → `sonnet`; null for other ids. */
function modelFamily(model: string): string | null {
  const match = /^claude-(?:[\d.]+-)*([a-z]+)/.exec(model);
  return match ? match[1] : null;
}

const byTotal = <T extends { total: number }>(a: T, b: T) => b.total - a.total;

/** Inclusive on both ends: a message at exactly `from` or `to` counts. */
export function summarizeSpan(records: Iterable<LedgerRecord>, span: Span): SpanSummary {
  const from = span.from.getTime();
  const to = span.to.getTime();
  const tokens: Tokens = { input: 0, output: 0, cacheCreation: 0, cacheRead: 0, total: 0 };
  const models = new Map<string, ModelShare>();
  const projects = new Map<string, number>();
  let messages = 0;
  for (const r of records) {
    if (r.at < from || r.at > to) continue;
    if (span.family !== null && modelFamily(r.model) !== span.family) continue;
    const total = recordTotal(r);
    messages += 1;
    tokens.input += r.input;
    tokens.output += r.output;
    tokens.cacheCreation += r.cacheCreation;
    tokens.cacheRead += r.cacheRead;
    tokens.total += total;
    const model = models.get(r.model) ?? { model: r.model, messages: 0, total: 0 };
    model.messages += 1;
    model.total += total;
    models.set(r.model, model);
    projects.set(r.project, (projects.get(r.project) ?? 0) + total);
  }
  const byProject = [...projects].map(([path, total]) => ({
    project: projectName(path),
    path,
    total,
    share: tokens.total > 0 ? Math.round((total / tokens.total) * 10_000) / 10_000 : 0,
  }));
  return {
    from: span.from,
    to: span.to,
    messages,
    tokens,
    byModel: [...models.values()].sort(byTotal),
    byProject: byProject.sort(byTotal),
  };
}
