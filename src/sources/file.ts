/** `--file PATH`: a saved usage payload or bridge snapshot array, read once. */
import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { InputError } from "../core/errors";
import { snapshotsFromDocument, type Snapshot } from "../core/snapshot";
import { printable } from "../core/text";

class FileSourceError extends InputError {}

/** Real payloads are a few KiB; the cap stops `--file /dev/zero` or a stray disk image from eating memory. @internal */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

async function readCapped(path: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  // `end` is inclusive: at most one byte past the cap is read, enough to know the file is too large.
  for await (const chunk of createReadStream(path, { end: MAX_FILE_BYTES })) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  if (size > MAX_FILE_BYTES) {
    throw new FileSourceError(`${path}: larger than ${MAX_FILE_BYTES / 2 ** 20} MiB, not a usage payload`);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export async function readSnapshotFile(path: string): Promise<Snapshot[]> {
  let text: string;
  try {
    text = await readCapped(path);
  } catch (error) {
    if (error instanceof FileSourceError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new FileSourceError(`${path}: no such file`);
    throw new FileSourceError(`${path}: cannot read file${code ? ` (${code})` : ""}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    // The parser quotes the offending text, which may hold control characters.
    throw new FileSourceError(`${path}: not valid JSON (${printable((error as Error).message)})`);
  }
  try {
    return snapshotsFromDocument(raw, `file ${basename(path)}`);
  } catch (error) {
    throw new FileSourceError(`${path}: ${(error as Error).message}`);
  }
}
