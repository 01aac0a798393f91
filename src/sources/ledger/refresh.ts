/**
 * One refresh of the local ledger: stat every log file, read only what is new since the last run
 * (appended bytes; a truncated or replaced file again from the start), drop messages older than the
 * retained span, remember where each file was read up to, and answer the spans asked. When no log file
 * changed, the answers stored with the state are given again without reading its records.
 */
import { mergeRecords, PackedRecordSet } from "../../core/ledger/packed";
import { decodeProjectFolder } from "../../core/ledger/project";
import { addRecord, type LedgerRecord, type LedgerRecords, type RecordSet } from "../../core/ledger/record";
import { tallySpans, type Span, type SpanSummary } from "../../core/ledger/span";
import { emptyState, type FileMark, type StateHead } from "../../core/ledger/state";
import { cachedAnswer, cachedSpan, nextCache, type CachedSpan } from "../../core/ledger/summary-cache";
import { openFolderListings } from "./folders-file";
import { findLogFiles, type LogFile } from "./roots";
import { scanTasks, type ScanThreads, type TaskOutcome } from "./scan-pool";
import { openLedgerState, saveLedgerState, type StoredLedger } from "./state-file";

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
  /** The spans to summarize: LedgerSnapshot.summaries, in this order. */
  spans: readonly Span[];
  /** Hand back every record too (Raycast attributes them to windows it learns later). */
  keepRecords?: boolean;
  /** Worker threads that may share a large scan; without them this thread reads alone. */
  scanThreads?: ScanThreads;
}

export interface LedgerSnapshot {
  summaries: SpanSummary[];
  /** Every retained record when `keepRecords` was asked, else null. */
  records: RecordSet | null;
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

interface Plan {
  file: LogFile;
  from: number;
  skipped: number;
}

/** Where to read a file from, or null when nothing in it is new. */
function plan(file: LogFile, mark: FileMark | undefined): Plan | null {
  if (mark === undefined || mark.identity !== file.identity || file.size < mark.offset) {
    return { file, from: 0, skipped: 0 };
  }
  if (file.size === mark.size && file.mtimeMs === mark.mtimeMs) return null;
  return { file, from: mark.offset, skipped: mark.skipped };
}

/**
 * The marks of the files still there (`marks` itself when every one is: the caller updates them in
 * place), what to read (newest first: under a budget the current windows fill in first), and whether a
 * file went away.
 */
function planFiles(found: readonly LogFile[], marks: Record<string, FileMark>) {
  const plans: Plan[] = [];
  let kept = 0;
  for (const f of found) {
    const mark = marks[f.path];
    if (mark) kept += 1;
    const p = plan(f, mark);
    if (p) plans.push(p);
  }
  plans.sort((a, b) => b.file.mtimeMs - a.file.mtimeMs);
  if (kept === Object.keys(marks).length) return { files: marks, plans, removed: false };
  const files: Record<string, FileMark> = {};
  for (const f of found) if (marks[f.path]) files[f.path] = marks[f.path];
  return { files, plans, removed: true };
}

/** The stored head when it can answer: the same folders, and it kept at least as much as is asked. */
function usableHead(stored: StoredLedger | null, options: RefreshOptions): StateHead | null {
  const head = stored?.head;
  if (!head || head.roots.join("\n") !== options.roots.join("\n") || head.retainFrom > options.retainFrom) return null;
  return head;
}

function progress(found: readonly LogFile[], files: Readonly<Record<string, FileMark>>) {
  let bytesDone = 0;
  let bytesTotal = 0;
  let skippedLines = 0;
  for (const f of found) {
    const mark = files[f.path];
    bytesTotal += f.size;
    bytesDone += mark ? Math.min(f.size, mark.size === f.size ? f.size : mark.offset) : 0;
    skippedLines += mark ? mark.skipped + Number(mark.pendingTail) : 0;
  }
  return { files: found.length, skippedLines, bytesDone, bytesTotal };
}

/** Answers from the cache where it has them, the rest tallied in one pass; and the cache to keep. */
function answer(records: RecordSet, spans: readonly Span[], older: readonly CachedSpan[]) {
  const answers = spans.map((span) => cachedAnswer(older, span));
  const missing = spans.filter((_, i) => answers[i] === null);
  const tallies = tallySpans(records instanceof PackedRecordSet ? records : records.values(), missing);
  const fresh = tallies.map((t, i) => cachedSpan(t, missing[i].family));
  let next = 0;
  const summaries = answers.map((a) => a ?? tallies[next++].summary);
  return { summaries, cache: nextCache(fresh, older), cacheChanged: fresh.length > 0 };
}

export async function refreshLedger(options: RefreshOptions): Promise<LedgerSnapshot> {
  const stored = options.statePath === null ? null : openLedgerState(options.statePath);
  try {
    return await refreshFrom(stored, options);
  } finally {
    stored?.close();
  }
}

async function refreshFrom(stored: StoredLedger | null, options: RefreshOptions): Promise<LedgerSnapshot> {
  const started = Date.now();
  const budget = options.budgetMs ?? Infinity;
  let head = usableHead(stored, options);
  const folders = options.statePath === null ? null : openFolderListings(options.statePath);
  const { files: found, listings, listingsChanged } = findLogFiles(options.roots, folders?.listings);
  if (listingsChanged) folders?.save(listings);
  let { files, plans, removed } = planFiles(found, head?.files ?? {});
  if (head && plans.length === 0 && !removed && !options.keepRecords) {
    // Nothing new: the stored answers, when they cover every span asked, are all this run needs.
    const summaries = options.spans.map((span) => cachedAnswer(head!.summaries, span));
    if (summaries.every((s) => s !== null)) {
      return { summaries, records: null, scannedBytes: 0, complete: true, ...progress(found, files) };
    }
  }
  const storedRecords = head && stored ? stored.records() : null;
  if (storedRecords === null && head !== null) {
    // The records do not match their header: rebuilt from the logs.
    head = null;
    ({ files, plans, removed } = planFiles(found, {}));
  }
  const state: StateHead = head ?? emptyState(options.roots, options.retainFrom);
  // The new lines, one record per id; merged with the stored records once every file is read.
  const incoming: LedgerRecords = new Map();
  // One copy of each model and project name: every parsed line brings its own.
  const names = new Map<string, string>();
  const name = (s: string) => names.get(s) ?? (names.set(s, s), s);
  const keep = (record: LedgerRecord) => {
    if (record.at < options.retainFrom) return;
    record.model = name(record.model);
    record.project = name(record.project);
    addRecord(incoming, record);
  };
  let changed = head === null || removed;
  const toRead: Plan[] = [];
  for (const p of plans) {
    changed = true;
    const { file } = p;
    if (options.skipUntouched && file.mtimeMs < options.retainFrom) {
      // Untouched since before the span: none of its lines can be inside it.
      const { identity, mtimeMs, size } = file;
      files[file.path] = { identity, mtimeMs, size, offset: size, skipped: 0, pendingTail: false };
    } else toRead.push(p);
  }
  let toReadBytes = 0;
  for (const p of toRead) toReadBytes += p.file.size - p.from;
  const threads = options.scanThreads && toReadBytes >= options.scanThreads.minBytes ? options.scanThreads : null;
  let scannedBytes = 0;
  let complete = true;
  const tasks = toRead.map(({ file, from }) => ({
    path: file.path,
    from,
    folderProject: decodeProjectFolder(file.folder),
  }));
  const file = (index: number, outcome: TaskOutcome) => {
    const { file, skipped } = toRead[index];
    if (outcome === "unstarted") {
      complete = false;
    } else if (outcome === "failed") {
      // Vanished or unreadable since the stat: forgotten, so the next run tries it afresh.
      delete files[file.path];
    } else {
      const r = outcome.result;
      scannedBytes += r.bytesRead;
      // A stopped scan records the offset as the size, so the next run sees new bytes and continues.
      const size = r.stopped ? r.offset : file.size;
      const { identity, mtimeMs } = file;
      files[file.path] = {
        identity,
        mtimeMs,
        size,
        offset: r.offset,
        skipped: skipped + r.skipped,
        pendingTail: r.pendingTail,
      };
      if (r.stopped) complete = false;
    }
  };
  await scanTasks(tasks, threads, started + budget, { record: keep, file });
  let current: RecordSet = storedRecords ?? incoming;
  // Dropping old records leaves every answer about the retained span as it was; an added line does not.
  let recordsChanged = storedRecords === null && incoming.size > 0;
  if (storedRecords && (incoming.size > 0 || storedRecords.oldest() < options.retainFrom)) {
    const merged = mergeRecords(storedRecords.packed, incoming, options.retainFrom);
    current = new PackedRecordSet(merged.packed);
    recordsChanged = merged.changed;
    changed = true;
  }
  const older = head && !recordsChanged ? head.summaries : [];
  const { summaries, cache, cacheChanged } = answer(current, options.spans, older);
  if (options.statePath !== null && (changed || cacheChanged)) {
    const next = { ...state, retainFrom: options.retainFrom, files, records: current, summaries: cache };
    await saveLedgerState(options.statePath, next);
  }
  return {
    summaries,
    records: options.keepRecords ? current : null,
    scannedBytes,
    complete,
    ...progress(found, files),
  };
}
