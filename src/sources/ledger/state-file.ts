/** The ledger's state file: read whole (it is small: a week of compact records), written atomically. */
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { parseState, serializeState, type LedgerState } from "../../core/ledger/state";

/** A JSON header, then raw numbers (core/ledger/state); an older version in it is rebuilt. */
export const LEDGER_STATE_FILE = "ledger.json";

/** The stored state, or null when there is none or it cannot be read (the ledger is then rebuilt). */
export async function loadLedgerState(path: string): Promise<LedgerState | null> {
  try {
    return parseState(await readFile(path));
  } catch {
    return null;
  }
}

export async function saveLedgerState(path: string, state: LedgerState): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temp, serializeState(state), { mode: 0o600 });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
