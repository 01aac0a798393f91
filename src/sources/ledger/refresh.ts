/**
 * One refresh of the local ledger: stat every log file, read only what is new since the last run
 * (appended bytes; a truncated or replaced file again from the start), drop messages older than the
 * retained span, and remember where each file was read up to.
 */
import { addRecord, editableRecords, pruneRecords, type LedgerRecords, type RecordSet } from "../../core/ledger/record";
import { emptyState, type FileMark, type LedgerState } from "../../core/ledger/state";
import { findLogFiles, type LogFile } from "./roots";
import { scanFile } from "./scan";
import { loadLedgerState, saveLedgerState } from "./state-file";

export interface RefreshOptions {
  /** Projects folders (see projectsFolders). */
  roots: string[];
  /** Messages before this instant (epoch ms) are dropped, files untouched since are not read. */
  retainFrom: number;
  /** The state file, or null to read everything afresh and keep nothing (a one-off span). */
  statePath: string | null;
  /**
   * Trust file times: a file untouched since before `retainFrom` is not read. Off when evaluating as
   * of another instant (`--now`), where the files' clock and the asked one disagree.
   */
  skipUntouched: boolean;
  /** Stop reading once this much time has passed (Raycast: about a second); the next run continues. */
  budgetMs?: number;
}

export interface LedgerSnapshot {
  records: RecordSet;
  files: number;
  /** Lines that could not be read: malformed ones, and half-written last lines not yet completed. */
  skippedLines: number;
  /** Bytes read from log files in this run (0 when nothing was appended). */
  scannedBytes: number;
  /** Progress of the scan over every log file: all bytes are done once the first scan completes. */
  bytesDone: number;
  bytesTotal: number;
  complete: boolean;
}

type Plan = { file: LogFile; from: number; skipped: number } | null;

/** Where to read a file from, or null when nothing in it is new. */
function plan(file: LogFile, mark: FileMark | undefined): Plan {
  if (mark === undefined || mark.identity !== file.identity || file.size < mark.offset) {
    return { file, from: 0, skipped: 0 };
  }
  if (file.size === mark.size && file.mtimeMs === mark.mtimeMs) return null;
  return { file, from: mark.offset, skipped: mark.skipped };
}

async function initialState(options: RefreshOptions): Promise<LedgerState> {
  const fresh = emptyState(options.roots, options.retainFrom);
  if (options.statePath === null) return fresh;
  const stored = await loadLedgerState(options.statePath);
  const sameRoots = stored !== null && stored.roots.join("\n") === options.roots.join("\n");
  // A state that kept less than is asked for cannot answer; it is rebuilt.
  if (!stored || !sameRoots || stored.retainFrom > options.retainFrom) return fresh;
  return { ...stored, retainFrom: options.retainFrom };
}

export async function refreshLedger(options: RefreshOptions): Promise<LedgerSnapshot> {
  const started = Date.now();
  const budget = options.budgetMs ?? Infinity;
  const outOfTime = () => Date.now() - started > budget;
  const state = await initialState(options);
  // Keyed by id only when lines are added or records dropped; a warm run reads the stored ones as they are.
  let editable: LedgerRecords | null = null;
  const records = () => (editable ??= editableRecords(state.records));
  for (const r of state.records.values()) {
    if (r.at < options.retainFrom) {
      pruneRecords(records(), options.retainFrom);
      break;
    }
  }
  const found = await findLogFiles(options.roots);
  const files: Record<string, FileMark> = {};
  for (const f of found) if (state.files[f.path]) files[f.path] = state.files[f.path];
  let changed = Object.keys(files).length !== Object.keys(state.files).length;
  const keep = (record: Parameters<typeof addRecord>[1]) => {
    if (record.at >= options.retainFrom) addRecord(records(), record);
  };
  // Newest first: under a time budget, the current windows fill in before old sessions.
  const plans = found
    .map((f) => plan(f, files[f.path]))
    .filter((p): p is NonNullable<Plan> => p !== null)
    .sort((a, b) => b.file.mtimeMs - a.file.mtimeMs);
  let scannedBytes = 0;
  let complete = true;
  for (const { file, from, skipped } of plans) {
    if (outOfTime()) {
      complete = false;
      break;
    }
    changed = true;
    const base = { identity: file.identity, mtimeMs: file.mtimeMs };
    if (options.skipUntouched && file.mtimeMs < options.retainFrom) {
      // Untouched since before the span: none of its lines can be inside it.
      files[file.path] = { ...base, size: file.size, offset: file.size, skipped: 0, pendingTail: false };
      continue;
    }
    try {
      const r = await scanFile(file.path, from, file.folderProject, keep, outOfTime);
      scannedBytes += r.bytesRead;
      // A stopped scan records the offset as the size, so the next run sees new bytes and continues.
      const size = r.stopped ? r.offset : file.size;
      files[file.path] = { ...base, size, offset: r.offset, skipped: skipped + r.skipped, pendingTail: r.pendingTail };
      if (r.stopped) complete = false;
    } catch {
      // Vanished or unreadable since the stat: forgotten, so the next run tries it afresh.
      delete files[file.path];
    }
  }
  const next: LedgerState = { ...state, files, records: editable ?? state.records };
  if (options.statePath !== null && changed) await saveLedgerState(options.statePath, next);
  let bytesDone = 0;
  let bytesTotal = 0;
  let skippedLines = 0;
  for (const f of found) {
    const mark = files[f.path];
    bytesTotal += f.size;
    bytesDone += mark ? Math.min(f.size, mark.size === f.size ? f.size : mark.offset) : 0;
    skippedLines += mark ? mark.skipped + Number(mark.pendingTail) : 0;
  }
  return { records: next.records, files: found.length, skippedLines, scannedBytes, bytesDone, bytesTotal, complete };
}
