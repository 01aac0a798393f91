/**
 * A small state file written whole or not at all: into a temp file beside it, then renamed over it, so
 * a reader never sees half a file and a crash or a full disk mid-write leaves the previous one.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Writes `data` to `path` (mode 0600), making its folder first (`dirMode` for the folders it makes);
 * throws when it cannot, after removing its temp file. The temp name is unique per writer: the
 * ledger's scanning threads run the bin too, under the same pid.
 */
export function writeFileAtomically(path: string, data: string | Uint8Array, dirMode?: number): void {
  mkdirSync(dirname(path), { recursive: true, mode: dirMode });
  const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(temp, data, { mode: 0o600 });
    renameSync(temp, path);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // No folder to leave a temp file in.
    }
    throw error;
  }
}
