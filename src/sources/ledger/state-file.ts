/** The ledger's state file: read whole (it is small: a week of compact records), written atomically. */
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { parseState, serializeState, type LedgerState, type StoredParts } from "../../core/ledger/state";

/** A JSON header, then raw numbers (core/ledger/state); an older version in it is rebuilt. */
export const LEDGER_STATE_FILE = "ledger.json";

const NEWLINE = 0x0a;

/** The file's two text lines and the numbers after them (see StoredParts), or null when it has no such shape. */
function split(bytes: Buffer): StoredParts | null {
  const end = bytes.indexOf(NEWLINE, bytes.indexOf(NEWLINE) + 1) + 1;
  if (end === 0 || (bytes.length - end) % 8 !== 0) return null;
  // A copy: the numbers need not sit at a multiple of 8 in the file's buffer.
  const rows = new Float64Array(new Uint8Array(bytes.subarray(end)).buffer);
  return { text: bytes.toString("utf8", 0, end), rows };
}

/** The stored state, or null when there is none or it cannot be read (the ledger is then rebuilt). */
export async function loadLedgerState(path: string): Promise<LedgerState | null> {
  try {
    return parseState(split(await readFile(path)));
  } catch {
    return null;
  }
}

export async function saveLedgerState(path: string, state: LedgerState): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  try {
    const { text, rows } = serializeState(state);
    await writeFile(temp, Buffer.concat([Buffer.from(text), new Uint8Array(rows.buffer)]), { mode: 0o600 });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
