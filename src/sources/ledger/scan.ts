/**
 * Streams one log file from an offset in chunks and hands each usage line to the core parser. Most
 * bytes are user and summary lines with no usage: a line is only decoded and parsed when its raw
 * bytes hold a `"usage"` key (a JSON key is never preceded by a backslash, unlike the same word quoted
 * inside a string; spacing after the colon does not matter).
 */
import { Buffer } from "node:buffer";
import { closeSync, openSync } from "node:fs";
import { parseLine } from "../../core/ledger/line";
import { readMore } from "./read-more";
import type { LedgerRecord } from "../../core/ledger/record";

const USAGE_KEY = Buffer.from('"usage"');
const CONTENT_START = Buffer.from('"content":[');
const CONTENT_END = Buffer.from('],"stop_reason"');

/**
 * An assistant line without its message content (model text and tool inputs: most of its bytes), or
 * null when the line is not in Claude Code's compact layout. The content's end is the last
 * `],"stop_reason"` — quotes inside strings are escaped, and nothing after the content is an array —
 * and a cut that does not parse falls back to the whole line, so this only saves work.
 */
function withoutContent(view: Buffer, start: number, end: number): string | null {
  const open = view.indexOf(CONTENT_START, start);
  if (open < 0 || open >= end) return null;
  const close = view.subarray(0, end).lastIndexOf(CONTENT_END);
  if (close <= open) return null;
  const cut = open + CONTENT_START.length;
  return view.toString("utf8", start, cut) + view.toString("utf8", close, end);
}
const NEWLINE = 0x0a;
const CHUNK_BYTES = 1 << 20;
let scratch = Buffer.alloc(0);

export interface ScanResult {
  /** Bytes consumed: at a line boundary, never past an unterminated last line. */
  offset: number;
  /** Complete lines that could not be read. */
  skipped: number;
  /** The bytes after `offset` do not form a readable line (yet). */
  pendingTail: boolean;
  bytesRead: number;
  /** Stopped by `shouldStop` before the end of the file. */
  stopped: boolean;
}

const isSpace = (byte: number) => byte === 0x20 || byte === 0x09 || byte === 0x0d;

/** Counts and hands on the lines of `view[from, to)`; returns where the first incomplete line starts. */
class LineSink {
  skipped = 0;
  constructor(
    private readonly folderProject: string,
    private readonly onRecord: (record: LedgerRecord) => void,
  ) {}

  /** One line without its newline; returns false when it could not be read. */
  line(view: Buffer, start: number, end: number, hasUsageKey: boolean): boolean {
    while (start < end && isSpace(view[start])) start += 1;
    while (end > start && isSpace(view[end - 1])) end -= 1;
    if (start === end) return true;
    if (!hasUsageKey) return view[start] === 0x7b && view[end - 1] === 0x7d; // `{` … `}`: looks whole
    const slim = withoutContent(view, start, end);
    const fast = slim === null ? null : parseLine(slim, this.folderProject);
    const result =
      fast === null || fast.kind === "malformed"
        ? parseLine(view.toString("utf8", start, end), this.folderProject)
        : fast;
    if (result.kind === "record") this.onRecord(result.record);
    return result.kind !== "malformed";
  }

  /** Every complete line of view[0, filled); returns the index after the last newline. */
  lines(view: Buffer): number {
    let start = 0;
    let hit = view.indexOf(USAGE_KEY);
    for (;;) {
      const newline = view.indexOf(NEWLINE, start);
      if (newline < 0) return start;
      if (hit !== -1 && hit < start) hit = view.indexOf(USAGE_KEY, start);
      if (!this.line(view, start, newline, hit !== -1 && hit < newline)) this.skipped += 1;
      start = newline + 1;
    }
  }
}

/**
 * Reads synchronously: a scan is parsing between reads, and a read of a cached megabyte through the
 * thread pool left the thread idle for about a sixth of a cold scan.
 */
export function scanFile(
  path: string,
  from: number,
  folderProject: string,
  onRecord: (record: LedgerRecord) => void,
  shouldStop: () => boolean,
): ScanResult {
  const sink = new LineSink(folderProject, onRecord);
  const fd = openSync(path, "r");
  // One buffer for every file of a run (scans run one at a time): a fresh megabyte per file kept
  // ~300 of them alive until the next GC and raised the peak RSS by tens of MiB.
  let buffer = scratch.length >= CHUNK_BYTES ? scratch : Buffer.allocUnsafe(CHUNK_BYTES);
  scratch = Buffer.alloc(0);
  let filled = 0;
  let position = from;
  let bytesRead = 0;
  let stopped = false;
  try {
    for (;;) {
      // A line longer than the buffer (a huge tool result) grows it; lines are never split.
      const more = readMore(fd, buffer, filled, position);
      buffer = more.buffer;
      const n = more.read;
      if (n === 0) break;
      filled += n;
      bytesRead += n;
      const consumed = sink.lines(buffer.subarray(0, filled));
      buffer.copy(buffer, 0, consumed, filled);
      filled -= consumed;
      position += consumed;
      if (shouldStop()) {
        stopped = true;
        break;
      }
    }
  } finally {
    closeSync(fd);
    // Back for the next file, unless it grew for a huge line: that one goes with this scan.
    if (buffer.length === CHUNK_BYTES) scratch = buffer;
  }
  // An unterminated last line: read it if it is whole (re-reading it later is harmless, records are
  // keyed by message id), but keep the offset before it so a later append that completes it is read.
  const tail = buffer.subarray(0, filled);
  const pendingTail = !stopped && filled > 0 && !sink.line(tail, 0, filled, tail.includes(USAGE_KEY));
  return { offset: position, skipped: sink.skipped, pendingTail, bytesRead, stopped };
}
