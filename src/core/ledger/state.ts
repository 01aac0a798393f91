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

/** Records as rows over interned models and projects: a week of messages stays a few MB. */
const Row = z.tuple([
  z.string(),
  z.number(),
  count,
  count,
  count,
  count,
  count,
  count,
  z.union([z.literal(0), z.literal(1)]),
]);

const StoredState = z.object({
  version: z.literal(STATE_VERSION),
  roots: z.array(z.string()),
  retainFrom: z.number(),
  files: z.record(z.string(), FileMarkSchema),
  models: z.array(z.string()),
  projects: z.array(z.string()),
  records: z.array(Row),
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
  for (const [id, at, m, p, input, output, cacheCreation, cacheRead, final] of records) {
    if (m >= models.length || p >= projects.length) return null;
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
