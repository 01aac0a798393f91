/**
 * Records as columns: the ids, the model and project names once each, and ROW float64s per record
 * (instant, model and project as indexes into the names, the four counts, final as 0/1). The state file
 * stores them so, and scanning threads hand theirs over so: numbers in one buffer, not an object each.
 */
import { supersedes, type LedgerRecord, type LedgerRecords, type RecordSet } from "./record";

const ROW = 8;

export interface PackedRecords {
  ids: string[];
  models: string[];
  projects: string[];
  rows: Float64Array;
}

/** Index of each value in `values`, adding new ones at the end. */
function interner(values: string[]) {
  const index = new Map<string, number>(values.map((v, i) => [v, i]));
  return (value: string) => {
    let i = index.get(value);
    if (i === undefined) {
      i = values.push(value) - 1;
      index.set(value, i);
    }
    return i;
  };
}

/** Writes `r` as row `o / ROW` of `rows`, its names interned. */
function putRow(
  rows: Float64Array,
  o: number,
  r: LedgerRecord,
  model: (m: string) => number,
  project: (p: string) => number,
) {
  rows[o] = r.at;
  rows[o + 1] = model(r.model);
  rows[o + 2] = project(r.project);
  rows[o + 3] = r.input;
  rows[o + 4] = r.output;
  rows[o + 5] = r.cacheCreation;
  rows[o + 6] = r.cacheRead;
  rows[o + 7] = r.final ? 1 : 0;
}

export function packRecords(records: Iterable<LedgerRecord>, size: number): PackedRecords {
  const models: string[] = [];
  const projects: string[] = [];
  const model = interner(models);
  const project = interner(projects);
  const ids: string[] = [];
  const rows = new Float64Array(size * ROW);
  let o = 0;
  for (const r of records) {
    ids.push(r.id);
    putRow(rows, o, r, model, project);
    o += ROW;
  }
  return { ids, models, projects, rows: o === rows.length ? rows : rows.subarray(0, o) };
}

/** An old index into `names` → its index in a new list (`intern`), looked up once per name. */
function remapped(names: readonly string[], intern: (name: string) => number) {
  const to = new Int32Array(names.length).fill(-1);
  return (i: number) => (to[i] >= 0 ? to[i] : (to[i] = intern(names[i])));
}

const EMPTY: LedgerRecord = {
  id: "",
  at: 0,
  model: "",
  project: "",
  input: 0,
  output: 0,
  cacheCreation: 0,
  cacheRead: 0,
  final: false,
};

/** Row `i` as a record. */
function recordAt({ ids, models, projects, rows: n }: PackedRecords, i: number): LedgerRecord {
  const o = i * ROW;
  return {
    id: ids[i],
    at: n[o],
    model: models[n[o + 1]],
    project: projects[n[o + 2]],
    input: n[o + 3],
    output: n[o + 4],
    cacheCreation: n[o + 5],
    cacheRead: n[o + 6],
    final: n[o + 7] === 1,
  };
}

/**
 * `base` without its records older than `from`, with `incoming` added — exactly what adding each of
 * their lines with addRecord to a map of the rest would give, in the same order (a kept id keeps its
 * place, new ones follow in the order they came), since the rule keeps the greatest line and the first
 * of equals. Only the new lines are keyed by id: a map of every stored record (an object and an entry
 * each, all surviving young-generation collections) was most of a refresh that added a few lines.
 * `changed`: a record was added or replaced (dropping old ones changes no answer about the retained span).
 */
export function mergeRecords(base: PackedRecords, incoming: LedgerRecords, from: number) {
  const models: string[] = [];
  const projects: string[] = [];
  const model = interner(models);
  const project = interner(projects);
  // Names are interned afresh, so those only dropped records used go with them.
  const modelOf = remapped(base.models, model);
  const projectOf = remapped(base.projects, project);
  const ids: string[] = [];
  const rows = new Float64Array((base.ids.length + incoming.size) * ROW);
  const placed = new Set<string>();
  let changed = false;
  let o = 0;
  for (let i = 0; i < base.ids.length; i += 1) {
    if (base.rows[i * ROW] < from) continue;
    const id = base.ids[i];
    const next = incoming.size > 0 ? incoming.get(id) : undefined;
    ids.push(id);
    if (next !== undefined) placed.add(id);
    if (next !== undefined && supersedes(next, recordAt(base, i))) {
      putRow(rows, o, next, model, project);
      changed = true;
    } else {
      rows.set(base.rows.subarray(i * ROW, (i + 1) * ROW), o);
      rows[o + 1] = modelOf(rows[o + 1]);
      rows[o + 2] = projectOf(rows[o + 2]);
    }
    o += ROW;
  }
  for (const r of incoming.values()) {
    if (placed.has(r.id)) continue;
    ids.push(r.id);
    putRow(rows, o, r, model, project);
    changed = true;
    o += ROW;
  }
  return { packed: { ids, models, projects, rows: rows.subarray(0, o) }, changed };
}

const isCount = (v: number) => Number.isInteger(v) && v >= 0;

/** Packed records from outside the process (a file), checked by hand: zod per row cost most of a warm run. */
export function packedValid({ ids, models, projects, rows }: PackedRecords): boolean {
  if (rows.length !== ids.length * ROW) return false;
  for (let o = 0; o < rows.length; o += ROW) {
    if (!Number.isFinite(rows[o])) return false;
    for (let k = 1; k < ROW; k += 1) if (!isCount(rows[o + k])) return false;
    if (rows[o + 1] >= models.length || rows[o + 2] >= projects.length || rows[o + 7] > 1) return false;
  }
  return true;
}

/**
 * Packed records read in place, so a run that adds nothing builds no map of tens of thousands of
 * entries; refresh copies them into one only to add lines.
 */
export class PackedRecordSet implements RecordSet {
  constructor(readonly packed: PackedRecords) {}

  get size(): number {
    return this.packed.ids.length;
  }

  *values(): IterableIterator<LedgerRecord> {
    for (let i = 0; i < this.packed.ids.length; i += 1) yield recordAt(this.packed, i);
  }

  /**
   * Each record through one reused object, valid only during the call: a pass that keeps nothing of
   * the records (summing spans) makes none of them.
   */
  forEach(visit: (r: Readonly<LedgerRecord>) => void): void {
    const { ids, models, projects, rows: n } = this.packed;
    const r: LedgerRecord = { ...EMPTY };
    for (let i = 0, o = 0; i < ids.length; i += 1, o += ROW) {
      r.id = ids[i];
      r.at = n[o];
      r.model = models[n[o + 1]];
      r.project = projects[n[o + 2]];
      r.input = n[o + 3];
      r.output = n[o + 4];
      r.cacheCreation = n[o + 5];
      r.cacheRead = n[o + 6];
      r.final = n[o + 7] === 1;
      visit(r);
    }
  }

  /** The earliest instant, or Infinity when empty: read from the column, no record made. */
  oldest(): number {
    const n = this.packed.rows;
    let min = Infinity;
    for (let o = 0; o < n.length; o += ROW) if (n[o] < min) min = n[o];
    return min;
  }
}
