/**
 * What the local logs say about a span of time: tokens by kind, per model and per project. A span is
 * judged on instants (epoch ms), never on local dates.
 */
import { projectName } from "./project";
import { PackedRecordSet } from "./packed";
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

/**
 * What a span's summary rests on, among the records of its family: the newest instant before it, the
 * oldest and newest inside it, the oldest after it (null: none). Another span holds exactly the same
 * records when it starts after `before` and by `first`, and ends by `last`'s instant or later but
 * before `after` — so a stored summary answers it as is (see summary-cache).
 */
interface SpanBounds {
  before: number | null;
  first: number | null;
  last: number | null;
  after: number | null;
}

export interface SpanTally {
  summary: SpanSummary;
  bounds: SpanBounds;
}

/** One span's sums while the records go by. */
class Tally {
  private readonly from: number;
  private readonly to: number;
  readonly tokens: Tokens = { input: 0, output: 0, cacheCreation: 0, cacheRead: 0, total: 0 };
  readonly models = new Map<string, ModelShare>();
  readonly projects = new Map<string, number>();
  messages = 0;
  readonly bounds: SpanBounds = { before: null, first: null, last: null, after: null };

  constructor(readonly span: Span) {
    this.from = span.from.getTime();
    this.to = span.to.getTime();
  }

  /** `r` is not kept: it may be reused for the next record. */
  add(r: Readonly<LedgerRecord>, family: string | null): void {
    if (this.span.family !== null && family !== this.span.family) return;
    const b = this.bounds;
    if (r.at < this.from) {
      if (b.before === null || r.at > b.before) b.before = r.at;
      return;
    }
    if (r.at > this.to) {
      if (b.after === null || r.at < b.after) b.after = r.at;
      return;
    }
    if (b.first === null || r.at < b.first) b.first = r.at;
    if (b.last === null || r.at > b.last) b.last = r.at;
    const total = recordTotal(r);
    const tokens = this.tokens;
    this.messages += 1;
    tokens.input += r.input;
    tokens.output += r.output;
    tokens.cacheCreation += r.cacheCreation;
    tokens.cacheRead += r.cacheRead;
    tokens.total += total;
    const model = this.models.get(r.model);
    if (model) {
      model.messages += 1;
      model.total += total;
    } else this.models.set(r.model, { model: r.model, messages: 1, total });
    this.projects.set(r.project, (this.projects.get(r.project) ?? 0) + total);
  }

  result(): SpanTally {
    const grand = this.tokens.total;
    const byProject = [...this.projects].map(([path, total]) => ({
      project: projectName(path),
      path,
      total,
      share: grand > 0 ? Math.round((total / grand) * 10_000) / 10_000 : 0,
    }));
    const summary: SpanSummary = {
      from: this.span.from,
      to: this.span.to,
      messages: this.messages,
      tokens: this.tokens,
      byModel: [...this.models.values()].sort(byTotal),
      byProject: byProject.sort(byTotal),
    };
    return { summary, bounds: this.bounds };
  }
}

/** Every span in one pass over the records; inclusive on both ends: a message at exactly `from` or `to` counts. */
export function tallySpans(records: Iterable<LedgerRecord> | PackedRecordSet, spans: readonly Span[]): SpanTally[] {
  const tallies = spans.map((span) => new Tally(span));
  if (tallies.length === 0) return [];
  const scoped = spans.some((s) => s.family !== null);
  // The family of the last model seen: records come in runs of one model, and the regex is the cost.
  let lastModel: string | null = null;
  let family: string | null = null;
  const add = (r: Readonly<LedgerRecord>) => {
    if (scoped && r.model !== lastModel) {
      lastModel = r.model;
      family = modelFamily(r.model);
    }
    for (const t of tallies) t.add(r, family);
  };
  // Stored records straight from their columns.
  if (records instanceof PackedRecordSet) records.forEach(add);
  else for (const r of records) add(r);
  return tallies.map((t) => t.result());
}

/** One span's summary. @internal (tests check every answer against it) */
export function summarizeSpan(records: Iterable<LedgerRecord>, span: Span): SpanSummary {
  return tallySpans(records, [span])[0].summary;
}
