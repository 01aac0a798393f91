/**
 * What the ledger's walk needs to know of a folder or log file — its kind, identity, size and mtime —
 * for each of the hundreds of paths a refresh looks at. `fs.statSync` builds a Stats object with four
 * Dates for every call: here more than half of the call's time (535 stats: 8 ms against 3.3), and ~1 KB
 * of garbage each, which cost a refresh with nothing new one of its minor GCs.
 * Node's own fs binding (../node-binding) fills one shared Float64Array instead, read here in place.
 * Its layout is Node's internal business, so it is used only once it has given exactly what
 * `statSync` gives for a file that surely exists (node's own executable), in this very process;
 * otherwise, and on Windows (whose paths the binding wants rewritten first), `statSync` it is.
 */
import { constants, statSync } from "node:fs";
import { types } from "node:util";
import { nodeBinding } from "../node-binding";

export interface EntryStat {
  directory: boolean;
  file: boolean;
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
}

/** The entry's stat, or null when there is none to have: missing, under a file, or not allowed. @internal (tests) */
export type StatEntry = (path: string) => EntryStat | null;

const { S_IFMT, S_IFDIR, S_IFREG } = constants;

const entry = (mode: number, dev: number, ino: number, size: number, mtimeMs: number): EntryStat => ({
  directory: (mode & S_IFMT) === S_IFDIR,
  file: (mode & S_IFMT) === S_IFREG,
  dev,
  ino,
  size,
  mtimeMs,
});

/** Through `statSync`. @internal (tests) */
export const publicStat: StatEntry = (path) => {
  try {
    const s = statSync(path, { throwIfNoEntry: false });
    return s ? entry(s.mode, s.dev, s.ino, s.size, s.mtimeMs) : null;
  } catch {
    return null;
  }
};

type BindingStat = (path: string, bigint: false, req: undefined, throwIfNoEntry: false) => unknown;

/** Indices in the binding's array: dev, mode, ino, size, mtime's seconds and nanoseconds. */
const DEV = 0;
const MODE = 1;
const INO = 7;
const SIZE = 8;
const MTIME_S = 12;
const MTIME_NS = 13;

/** The binding's stat, or null when it is missing or gives other values than `statSync`. @internal (tests) */
export function bindingStat(): StatEntry | null {
  if (process.platform === "win32") return null;
  const stat = nodeBinding("fs")?.stat;
  if (typeof stat !== "function") return null;
  const read: StatEntry = (path) => {
    let v: unknown;
    try {
      v = (stat as BindingStat)(path, false, undefined, false);
    } catch {
      return null;
    }
    // Not `instanceof`: the array comes from Node's own realm, which need not be the caller's (jest's is not).
    if (!types.isFloat64Array(v) || v.length <= MTIME_NS) return null;
    // Node's own msFromTimeSpec, so that marks written through either path compare equal.
    return entry(v[MODE], v[DEV], v[INO], v[SIZE], v[MTIME_S] * 1e3 + v[MTIME_NS] / 1e6);
  };
  const sample = process.execPath;
  const expected = publicStat(sample);
  const got = read(sample);
  const same =
    expected !== null &&
    got !== null &&
    (Object.keys(expected) as Array<keyof EntryStat>).every((key) => got[key] === expected[key]);
  return same ? read : null;
}

/** The fastest stat that checks out in this process: checked once, on the first call. */
let chosen: StatEntry | undefined;

export function statEntry(path: string): EntryStat | null {
  chosen ??= bindingStat() ?? publicStat;
  return chosen(path);
}
