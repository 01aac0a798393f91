/**
 * What the ledger remembers between runs: per log file how far it was read, and the compact records
 * of the messages inside the retained span — so a warm run reads only what was appended.
 */
import * as z from "zod";
import type { LedgerRecord, LedgerRecords } from "./record";

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

export const STATE_VERSION = 1;

const count = z.number().int().nonnegative();

const FileMarkSchema = z.object({
  identity: z.string(),
  size: count,
  mtimeMs: z.number(),
  offset: count,
  skipped: count,
  pendingTail: z.boolean(),
});

/** A record as a row over interned models and projects: a week of messages stays a few MB. */
type Row = [string, number, number, number, number, number, number, number, 0 | 1];

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/**
 * Checked by hand, not by a zod tuple: a week holds tens of thousands of rows, and per-row zod took
 * most of a warm refresh (0.7 s for 38 k rows).
 */
function isRow(v: unknown, models: number, projects: number): v is Row {
  if (!Array.isArray(v) || v.length !== 9 || typeof v[0] !== "string" || typeof v[1] !== "number") return false;
  for (let i = 2; i < 8; i += 1) if (!isCount(v[i])) return false;
  return v[2] < models && v[3] < projects && (v[8] === 0 || v[8] === 1);
}

const StoredState = z.object({
  version: z.literal(STATE_VERSION),
  roots: z.array(z.string()),
  retainFrom: z.number(),
  files: z.record(z.string(), FileMarkSchema),
  models: z.array(z.string()),
  projects: z.array(z.string()),
  records: z.array(z.unknown()),
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
  const records = [...state.records.values()].map((r): StoredState["records"][number] => [
    r.id,
    r.at,
    model(r.model),
    project(r.project),
    r.input,
    r.output,
    r.cacheCreation,
    r.cacheRead,
    r.final ? 1 : 0,
  ]);
  const stored: StoredState = {
    version: STATE_VERSION,
    roots: state.roots,
    retainFrom: state.retainFrom,
    files: state.files,
    models,
    projects,
    records,
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
  const { roots, retainFrom, files, models, projects, records } = parsed.data;
  const map: LedgerRecords = new Map();
  for (const row of records) {
    if (!isRow(row, models.length, projects.length)) return null;
    const [id, at, m, p, input, output, cacheCreation, cacheRead, final] = row;
    const record: LedgerRecord = {
      id,
      at,
      model: models[m],
      project: projects[p],
      input,
      output,
      cacheCreation,
      cacheRead,
      final: final === 1,
    };
    map.set(id, record);
  }
  return { roots, retainFrom, files, records: map };
}
