/**
 * The ledger's state file, written atomically. A run reads its header first (the file marks and the
 * cached answers, tens of KB) and the records after it (a week of compact records, a few MB) only when
 * a log file changed or an answer is not cached. Reads are synchronous: a few calls on one small file,
 * for which the thread pool's round trips cost more than the reads.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { dirname } from "node:path";
import { readMore } from "./read-more";
import type { PackedRecordSet } from "../../core/ledger/packed";
import {
  parseStateHead,
  parseStateRecords,
  serializeState,
  type LedgerState,
  type ParsedHead,
  type StateHead,
} from "../../core/ledger/state";

/** A JSON header, then the records (core/ledger/state); an older version in it is rebuilt. */
export const LEDGER_STATE_FILE = "ledger.json";

const NEWLINE = 0x0a;
const HEAD_CHUNK = 1 << 16;

/** An open state file whose header was read; the records are read on demand from the same file. */
export interface StoredLedger {
  head: StateHead;
  /** The records, or null when they are damaged or do not match the header (the state is then rebuilt). */
  records(): PackedRecordSet | null;
  close(): void;
}

/** Reads `fd` from `position` until a newline; returns the bytes before it, or null at the end of the file. */
function readLine(fd: number, position: number): Buffer | null {
  let buffer = Buffer.allocUnsafe(HEAD_CHUNK);
  let filled = 0;
  for (;;) {
    const more = readMore(fd, buffer, filled, position);
    buffer = more.buffer;
    const n = more.read;
    if (n === 0) return null;
    const newline = buffer.indexOf(NEWLINE, filled);
    filled += n;
    if (newline >= 0 && newline < filled) return buffer.subarray(0, newline);
  }
}

function readRecords(fd: number, start: number, head: ParsedHead) {
  const size = fstatSync(fd).size;
  if (size < start) return null;
  const bytes = Buffer.allocUnsafe(size - start);
  let filled = 0;
  while (filled < bytes.length) {
    const n = readSync(fd, bytes, filled, bytes.length - filled, start + filled);
    if (n === 0) return null;
    filled += n;
  }
  const end = bytes.indexOf(NEWLINE) + 1;
  if (end === 0 || (bytes.length - end) % 8 !== 0) return null;
  // A copy: the numbers need not sit at a multiple of 8 in the file's buffer.
  const rows = new Float64Array(new Uint8Array(bytes.subarray(end)).buffer);
  return parseStateRecords(head, bytes.toString("utf8", 0, end - 1), rows);
}

/** The stored state's header, or null when there is none or it cannot be read (the ledger is then rebuilt). */
export function openLedgerState(path: string): StoredLedger | null {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch {
    return null;
  }
  const close = () => closeSync(fd);
  try {
    const line = readLine(fd, 0);
    const parsed = line === null ? null : parseStateHead(line.toString("utf8"));
    if (line === null || parsed === null) {
      close();
      return null;
    }
    const start = line.length + 1;
    let records: PackedRecordSet | null | undefined;
    return {
      head: parsed.head,
      records: () => {
        try {
          records ??= readRecords(fd, start, parsed);
        } catch {
          records = null;
        }
        return records;
      },
      close,
    };
  } catch {
    close();
    return null;
  }
}

export async function saveLedgerState(path: string, state: LedgerState): Promise<void> {
  // Loaded here: fs/promises brings Node's streams and readline, which a run with nothing new never needs.
  const { mkdir, rename, rm, writeFile } = await import("node:fs/promises");
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  try {
    const { header, ids, rows } = serializeState(state);
    await writeFile(
      temp,
      Buffer.concat([Buffer.from(header + ids), new Uint8Array(rows.buffer, rows.byteOffset, rows.byteLength)]),
      { mode: 0o600 },
    );
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
