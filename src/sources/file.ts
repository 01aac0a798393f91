/** `--file PATH`: a saved usage payload or bridge snapshot array, read once. */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { snapshotsFromDocument, type Snapshot } from "../core/snapshot";

export class FileSourceError extends Error {}

export async function readSnapshotFile(path: string): Promise<Snapshot[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FileSourceError(`${path}: cannot read file${code ? ` (${code})` : ""}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new FileSourceError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  try {
    return snapshotsFromDocument(raw, `file ${basename(path)}`);
  } catch (error) {
    throw new FileSourceError(`${path}: ${(error as Error).message}`);
  }
}
