/**
 * Records as columns: the ids, the model and project names once each, and ROW float64s per record
 * (instant, model and project as indexes into the names, the four counts, final as 0/1). The state file
 * stores them so, and scanning threads hand theirs over so: numbers in one buffer, not an object each.
 */
import type { LedgerRecord, RecordSet } from "./record";

const ROW = 8;

export interface PackedRecords {
  ids: string[];
  models: string[];
  projects: string[];
  rows: Float64Array;
}

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
    rows[o] = r.at;
    rows[o + 1] = model(r.model);
    rows[o + 2] = project(r.project);
    rows[o + 3] = r.input;
    rows[o + 4] = r.output;
    rows[o + 5] = r.cacheCreation;
    rows[o + 6] = r.cacheRead;
    rows[o + 7] = r.final ? 1 : 0;
    o += ROW;
  }
  return { ids, models, projects, rows: o === rows.length ? rows : rows.subarray(0, o) };
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
  constructor(private readonly packed: PackedRecords) {}

  get size(): number {
    return this.packed.ids.length;
  }

  *values(): IterableIterator<LedgerRecord> {
    const { ids, models, projects, rows: n } = this.packed;
    for (let i = 0, o = 0; i < ids.length; i += 1, o += ROW) {
      yield {
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
  }
}
