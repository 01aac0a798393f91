/**
 * What the ledger remembers between runs: per log file how far it was read, and the compact records
 * of the messages inside the retained span — so a warm run reads only what was appended.
 */
import * as z from "zod";
import type { LedgerRecord, LedgerRecords, RecordSet } from "./record";
import { SummaryCacheSchema, type CachedSpan } from "./summary-cache";

/** Where a file was read up to, and what it looked like then. */
export interface FileMark {
  /** `dev:ino`: a replaced file (new inode) is read again from the start. */
  identity: string;
  size: number;
  mtimeMs: number;
  /** Bytes consumed: always at a line boundary, never past a half-written last line. */
  offset: number;
  /** Complete lines before `offset` that could not be read. */
  skipped: number;
  /** Bytes after `offset` that do not (yet) form a readable line. */
  pendingTail: boolean;
}

export interface LedgerState {
  /** The projects folders this state was built from; another set starts afresh. */
  roots: string[];
  /** Epoch ms: records before this were dropped (and files untouched since, not read). */
  retainFrom: number;
  files: Record<string, FileMark>;
  records: RecordSet;
  /** Answers computed from exactly these records (summary-cache). */
  summaries: CachedSpan[];
}

/** The state without its records: what a run reads first, and all it reads when no log file changed. */
export type StateHead = Omit<LedgerState, "records">;

const STATE_VERSION = 3;

const count = z.number().int().nonnegative();

const FileMarkSchema = z.object({
  identity: z.string(),
  size: count,
  mtimeMs: z.number(),
  offset: count,
  skipped: count,
  pendingTail: z.boolean(),
});

/**
 * The stored layout, three parts: a JSON header line (this schema), a JSON line of the record ids, and
 * the records' numbers as raw float64s, ROW per record (instant, model and project as indexes into
 * the interned lists, the four counts, final as 0/1). The header comes first and holds the file marks
 * and the cached answers, so a run with nothing new reads only it. A run that needs the records reads
 * the numbers without parsing them: as one JSON list they were most of its time and garbage. They are
 * checked by hand, not by zod.
 */
const Header = z.object({
  version: z.literal(STATE_VERSION),
  roots: z.array(z.string()),
  retainFrom: z.number(),
  files: z.record(z.string(), FileMarkSchema),
  models: z.array(z.string()),
  projects: z.array(z.string()),
  records: count,
  summaries: SummaryCacheSchema,
});

type Header = z.infer<typeof Header>;

const ROW = 8;

/** The state as written: the header line, the ids as a JSON line, then the numbers as float64s. */
export interface StoredParts {
  header: string;
  ids: string;
  rows: Float64Array;
}

const isCount = (v: number) => Number.isInteger(v) && v >= 0;

function rowsValid(rows: Float64Array, models: number, projects: number): boolean {
  for (let o = 0; o < rows.length; o += ROW) {
    if (!Number.isFinite(rows[o])) return false;
    for (let k = 1; k < ROW; k += 1) if (!isCount(rows[o + k])) return false;
    if (rows[o + 1] >= models || rows[o + 2] >= projects || rows[o + 7] > 1) return false;
  }
  return true;
}

export const emptyState = (roots: string[], retainFrom: number): LedgerState & { records: LedgerRecords } => ({
  roots,
  retainFrom,
  files: {},
  records: new Map(),
  summaries: [],
});

function interner(values: string[]) {
  const index = new Map<string, number>();
  return (value: string) => {
    let i = index.get(value);
    if (i === undefined) {
      i = values.push(value) - 1;
      index.set(value, i);
    }
    return i;
  };
}

export function serializeState(state: LedgerState): StoredParts {
  const models: string[] = [];
  const projects: string[] = [];
  const model = interner(models);
  const project = interner(projects);
  const ids: string[] = [];
  const rows = new Float64Array(state.records.size * ROW);
  let o = 0;
  for (const r of state.records.values()) {
    ids.push(r.id);
    rows.set(
      [r.at, model(r.model), project(r.project), r.input, r.output, r.cacheCreation, r.cacheRead, r.final ? 1 : 0],
      o,
    );
    o += ROW;
  }
  const header: Header = {
    version: STATE_VERSION,
    roots: state.roots,
    retainFrom: state.retainFrom,
    files: state.files,
    models,
    projects,
    records: ids.length,
    summaries: state.summaries,
  };
  return { header: `${JSON.stringify(header)}\n`, ids: `${JSON.stringify(ids)}\n`, rows };
}

/**
 * The records as stored: read in place, so a warm run with nothing new builds no map of tens of
 * thousands of entries (that was most of its time); refresh copies them into one only to add lines.
 */
class StoredRecords implements RecordSet {
  constructor(
    private readonly ids: string[],
    private readonly rows: Float64Array,
    private readonly models: string[],
    private readonly projects: string[],
  ) {}

  get size(): number {
    return this.ids.length;
  }

  *values(): IterableIterator<LedgerRecord> {
    const n = this.rows;
    for (let i = 0, o = 0; i < this.ids.length; i += 1, o += ROW) {
      yield {
        id: this.ids[i],
        at: n[o],
        model: this.models[n[o + 1]],
        project: this.projects[n[o + 2]],
        input: n[o + 3],
        output: n[o + 4],
        cacheCreation: n[o + 5],
        cacheRead: n[o + 6],
        final: n[o + 7] === 1,
      };
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A parsed header: the state's head, and what its records must match. */
export interface ParsedHead {
  head: StateHead;
  models: string[];
  projects: string[];
  records: number;
}

/** The header line (without its newline), or null when it is unreadable or of another version (the state is rebuilt). */
export function parseStateHead(line: string): ParsedHead | null {
  const parsed = Header.safeParse(parseJson(line));
  if (!parsed.success) return null;
  const { roots, retainFrom, files, models, projects, records, summaries } = parsed.data;
  return { head: { roots, retainFrom, files, summaries }, models, projects, records };
}

/** The records after a header (the ids line without its newline, and the numbers), or null when they do not match it. */
export function parseStateRecords(parsed: ParsedHead, idLine: string, rows: Float64Array): RecordSet | null {
  const { models, projects, records } = parsed;
  const ids = parseJson(idLine);
  if (!Array.isArray(ids) || ids.length !== records || !ids.every((id) => typeof id === "string")) return null;
  if (rows.length !== records * ROW) return null;
  if (!rowsValid(rows, models.length, projects.length)) return null;
  return new StoredRecords(ids as string[], rows, models, projects);
}
