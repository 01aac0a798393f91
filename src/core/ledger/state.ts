/**
 * What the ledger remembers between runs: per log file how far it was read, and the compact records
 * of the messages inside the retained span — so a warm run reads only what was appended.
 */
import * as z from "zod";
import type { LedgerRecords } from "./record";

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
  records: LedgerRecords;
}

const STATE_VERSION = 1;

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
 * Records as columns: their ids, and one flat list of numbers, ROW numbers per record (instant, model
 * and project as indexes into the interned lists, the four counts, final as 0/1). A flat list parses
 * without an array per record, which halved a warm run's garbage; it is checked by hand, not by zod,
 * because zod over tens of thousands of entries cost most of a warm run.
 */
const ROW = 8;

const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;

function rowsValid(ids: unknown[], rows: unknown[], models: number, projects: number): boolean {
  if (rows.length !== ids.length * ROW) return false;
  for (let i = 0; i < ids.length; i += 1) {
    const o = i * ROW;
    if (typeof ids[i] !== "string" || typeof rows[o] !== "number") return false;
    for (let k = 1; k < ROW; k += 1) if (!isCount(rows[o + k])) return false;
    if ((rows[o + 1] as number) >= models || (rows[o + 2] as number) >= projects || (rows[o + 7] as number) > 1)
      return false;
  }
  return true;
}

const anArray = z.custom<unknown[]>((v) => Array.isArray(v));

const StoredState = z.object({
  version: z.literal(STATE_VERSION),
  roots: z.array(z.string()),
  retainFrom: z.number(),
  files: z.record(z.string(), FileMarkSchema),
  models: z.array(z.string()),
  projects: z.array(z.string()),
  ids: anArray,
  rows: anArray,
});

type StoredState = z.infer<typeof StoredState>;

export const emptyState = (roots: string[], retainFrom: number): LedgerState => ({
  roots,
  retainFrom,
  files: {},
  records: new Map(),
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

export function serializeState(state: LedgerState): string {
  const models: string[] = [];
  const projects: string[] = [];
  const model = interner(models);
  const project = interner(projects);
  const ids: string[] = [];
  const rows: number[] = [];
  for (const r of state.records.values()) {
    ids.push(r.id);
    rows.push(
      r.at,
      model(r.model),
      project(r.project),
      r.input,
      r.output,
      r.cacheCreation,
      r.cacheRead,
      r.final ? 1 : 0,
    );
  }
  const stored: StoredState = {
    version: STATE_VERSION,
    roots: state.roots,
    retainFrom: state.retainFrom,
    files: state.files,
    models,
    projects,
    ids,
    rows,
  };
  return JSON.stringify(stored);
}

/** The stored state, or null when it is missing, unreadable or of another version (it is rebuilt). */
export function parseState(text: string | null): LedgerState | null {
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = StoredState.safeParse(json);
  if (!parsed.success) return null;
  const { roots, retainFrom, files, models, projects, ids, rows } = parsed.data;
  if (!rowsValid(ids, rows, models.length, projects.length)) return null;
  const n = rows as number[];
  const map: LedgerRecords = new Map();
  for (let i = 0; i < ids.length; i += 1) {
    const o = i * ROW;
    const id = ids[i] as string;
    map.set(id, {
      id,
      at: n[o],
      model: models[n[o + 1]],
      project: projects[n[o + 2]],
      input: n[o + 3],
      output: n[o + 4],
      cacheCreation: n[o + 5],
      cacheRead: n[o + 6],
      final: n[o + 7] === 1,
    });
  }
  return { roots, retainFrom, files, records: map };
}
