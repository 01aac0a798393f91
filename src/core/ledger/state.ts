/**
 * What the ledger remembers between runs: per log file how far it was read, and the compact records
 * of the messages inside the retained span — so a warm run reads only what was appended.
 */
import * as z from "zod/mini";
import { booleans, count, counts, finite, numbers, sameLengths, strings } from "./lists";
import { packedValid, PackedRecordSet, packRecords } from "./packed";
import type { LedgerRecords, RecordSet } from "./record";
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

/** The file marks as columns, one list per field, index for index: hundreds of marks are seven lists. */
const FileColumns = z
  .object({
    path: strings,
    identity: strings,
    size: counts,
    mtimeMs: numbers,
    offset: counts,
    skipped: counts,
    pendingTail: booleans,
  })
  .check(z.refine(sameLengths));

type FileColumns = z.infer<typeof FileColumns>;

function fileColumns(files: Record<string, FileMark>): FileColumns {
  const c: FileColumns = { path: [], identity: [], size: [], mtimeMs: [], offset: [], skipped: [], pendingTail: [] };
  for (const [path, m] of Object.entries(files)) {
    c.path.push(path);
    c.identity.push(m.identity);
    c.size.push(m.size);
    c.mtimeMs.push(m.mtimeMs);
    c.offset.push(m.offset);
    c.skipped.push(m.skipped);
    c.pendingTail.push(m.pendingTail);
  }
  return c;
}

function fileMarks(c: FileColumns): Record<string, FileMark> {
  const files: Record<string, FileMark> = {};
  c.path.forEach((path, i) => {
    const { identity, size, mtimeMs, offset, skipped, pendingTail } = c;
    files[path] = {
      identity: identity[i],
      size: size[i],
      mtimeMs: mtimeMs[i],
      offset: offset[i],
      skipped: skipped[i],
      pendingTail: pendingTail[i],
    };
  });
  return files;
}

/**
 * The stored layout, three parts: a JSON header line (this schema, with the interned model and project
 * names), a JSON line of the record ids, and the records' numbers as raw float64s (core/ledger/packed).
 * The header comes first and holds the file marks and the cached answers, so a run with nothing new
 * reads only it. A run that needs the records reads the numbers without parsing them: as one JSON list
 * they were most of its time and garbage.
 */
const Header = z.object({
  version: z.literal(STATE_VERSION),
  roots: strings,
  retainFrom: finite,
  files: FileColumns,
  models: strings,
  projects: strings,
  records: count,
  summaries: SummaryCacheSchema,
});

type Header = z.infer<typeof Header>;

/** The state as written: the header line, the ids as a JSON line, then the numbers as float64s. */
export interface StoredParts {
  header: string;
  ids: string;
  rows: Float64Array;
}

export const emptyState = (roots: string[], retainFrom: number): LedgerState & { records: LedgerRecords } => ({
  roots,
  retainFrom,
  files: {},
  records: new Map(),
  summaries: [],
});

export function serializeState(state: LedgerState): StoredParts {
  const r = state.records;
  const { ids, models, projects, rows } = r instanceof PackedRecordSet ? r.packed : packRecords(r.values(), r.size);
  const header: Header = {
    version: STATE_VERSION,
    roots: state.roots,
    retainFrom: state.retainFrom,
    files: fileColumns(state.files),
    models,
    projects,
    records: ids.length,
    summaries: state.summaries,
  };
  return { header: `${JSON.stringify(header)}\n`, ids: `${JSON.stringify(ids)}\n`, rows };
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
  return { head: { roots, retainFrom, files: fileMarks(files), summaries }, models, projects, records };
}

/** The records after a header (the ids line without its newline, and the numbers), or null when they do not match it. */
export function parseStateRecords(parsed: ParsedHead, idLine: string, rows: Float64Array): PackedRecordSet | null {
  const { models, projects, records } = parsed;
  const ids = parseJson(idLine);
  if (!Array.isArray(ids) || ids.length !== records || !ids.every((id) => typeof id === "string")) return null;
  const packed = { ids: ids as string[], models, projects, rows };
  return packedValid(packed) ? new PackedRecordSet(packed) : null;
}
