/**
 * Runs one of the bin's sibling bundles (./bin) as a CommonJS module, compiled through a V8 code
 * cache. Compiling a bundle is the largest single cost of a short command such as the status line,
 * which Claude Code starts after every assistant message. The cache is V8's own (vm.Script
 * `cachedData`), made after the run so that it holds every function the run compiled, and kept beside
 * the other state, one file per bundle. It is only ever a shortcut: a cache that is missing, made from
 * another build of the bundle or by another node, or refused by V8 means an ordinary compile and a new
 * cache written (atomically) when the process exits; an unwritable folder means no cache.
 *
 * A run adds to the cache only the functions it compiled itself, so a first run that took an unusual
 * path (--print-setting, which sets the status line up, or a line with no readings yet) would leave the
 * usual path compiling afresh every time. The first few runs of a cache therefore write it again,
 * each adding what it compiled; after those it is only read. How many is the caller's to say: writing
 * costs a few ms of the run that does it.
 */
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";
import { writeFileAtomically } from "../sources/atomic-file";
import { defaultStatePath } from "../sources/state-path";

/** The bundle's text, and what its cache must have been made from: this file as it is and this node. */
function readBundle(path: string): { source: string; key: Buffer } {
  // One descriptor for both, so the key describes the very text that is compiled.
  const fd = openSync(path, "r");
  try {
    const { size, mtimeMs } = fstatSync(fd);
    const key = Buffer.from(`${path}\0${size}\0${mtimeMs}\0${process.version}\0${process.arch}\n`);
    return { source: readFileSync(fd, "utf8"), key };
  } finally {
    closeSync(fd);
  }
}

/** The most runs that may add to a cache (one digit in its file). */
const MAX_RUNS_THAT_ADD = 9;

interface Cache {
  code: Buffer;
  /** How many runs wrote it (a digit after the key). */
  runs: number;
}

/** The cache when its file starts with `key`; undefined for any other file or none. */
function readCache(file: string, key: Buffer): Cache | undefined {
  try {
    const data = readFileSync(file);
    const runs = data[key.length] - 0x30;
    if (!data.subarray(0, key.length).equals(key) || !(runs >= 1 && runs <= MAX_RUNS_THAT_ADD)) return undefined;
    return { runs, code: data.subarray(key.length + 1) };
  } catch {
    return undefined;
  }
}

/** Never throws: without a cache the next run compiles afresh. */
function writeCache(file: string, key: Buffer, runs: number, script: Script): void {
  try {
    writeFileAtomically(file, Buffer.concat([key, Buffer.from(String(runs)), script.createCachedData()]), 0o700);
  } catch {
    // An unwritable folder: no cache.
  }
}

/**
 * One cache file per bundle and set of node flags: V8 refuses code cached under other flags, and the
 * bin runs both with its shebang's flag (`claude-plan-meter …`) and without (`node …/claude-plan-meter.js`,
 * as Claude Code's setting runs it), which would otherwise replace each other's cache at every turn.
 */
function cacheName(path: string): string {
  let flags = 0;
  for (const c of process.execArgv.join(" ")) flags = (Math.imul(flags, 31) + c.charCodeAt(0)) >>> 0;
  return `${basename(path, ".js")}${process.execArgv.length > 0 ? `-${flags.toString(36)}` : ""}.cache`;
}

/**
 * What a bundle may export: `addsToCodeCache`, asked at exit, false to keep this run out of the cache
 * (the ledger's scanning threads: worker threads that run the bin too). Such a run is not counted
 * among those that add.
 */
interface BundleExports {
  addsToCodeCache?: () => boolean;
}

/**
 * Runs the bundle at `path` as `require` would, with its compiled code cached under `cacheDir`; the
 * first `runsThatAdd` runs of a cache (that the bundle lets add) write it again with what they compiled.
 */
export function runBundle(
  path: string,
  runsThatAdd: number,
  cacheDir = join(dirname(defaultStatePath()), "code-cache"),
): void {
  const { source, key } = readBundle(path);
  const file = join(cacheDir, cacheName(path));
  const cache = readCache(file, key);
  // Bundles make no dynamic import(): src/build/bundles.ts turns each into a require.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: path,
    cachedData: cache?.code,
  });
  const runs = cache && !script.cachedDataRejected ? cache.runs : 0;
  const module: { exports: BundleExports } = { exports: {} };
  if (runs < Math.min(runsThatAdd, MAX_RUNS_THAT_ADD))
    process.once("exit", () => {
      if (module.exports.addsToCodeCache?.() !== false) writeCache(file, key, runs + 1, script);
    });
  script.runInThisContext()(module.exports, require, module, path, dirname(path));
}
