/**
 * Claude Code's JSON on stdin, read without ever holding up the line: a terminal (any character
 * device) is not read at all, a file is read at once, and a pipe or socket is read until it closes,
 * up to a size and time budget. A pipe goes through libuv's handle directly (./pipe-handle) where Node
 * lets us, which reads what is already there at once, else through process.stdin, which loads Node's
 * stream machinery; either way the event loop polls for what has not come yet.
 */
import { fstatSync, readSync } from "node:fs";
import { pipeHandleReader, type ChunkReader } from "./pipe-handle";

const STDIN_MAX_BYTES = 256 * 1024;
/** Claude Code writes its document and closes the pipe at once; a pipe left open costs no more than this. */
const STDIN_TIMEOUT_MS = 250;

/** process.stdin as a reader (a raw fs read could not be abandoned: the process would wait on it to exit). */
const streamReader =
  (stdin: NodeJS.ReadStream): ChunkReader =>
  (onChunk, onEnd) => {
    // Asynchronous: whoever is done stops the stream with what this returns.
    const onData = (chunk: Buffer) => void onChunk(chunk);
    stdin.on("data", onData);
    stdin.once("end", onEnd);
    stdin.once("error", onEnd);
    return () => {
      stdin.removeListener("data", onData);
      // Nothing more is wanted: a pipe left open must not keep the process alive.
      stdin.destroy();
    };
  };

function readPipe(read: ChunkReader, maxBytes: number, timeoutMs: number): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    let stop: (() => void) | null = null;
    let timer: NodeJS.Timeout | undefined;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      stop?.();
      resolve(Buffer.concat(chunks).toString("utf8"));
    };
    stop = read((chunk) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > maxBytes) finish();
      return !done;
    }, finish);
    // A reader that ended at once, before it handed back its stop (Claude Code's closed pipe, read
    // whole): no timer is set up at all.
    if (done) stop();
    else timer = setTimeout(finish, timeoutMs);
  });
}

function readFile(fd: number, maxBytes: number): string {
  const buffer = Buffer.allocUnsafe(maxBytes);
  let size = 0;
  for (let bytes = -1; bytes !== 0 && size < maxBytes; size += bytes) {
    bytes = readSync(fd, buffer, size, maxBytes - size, null);
  }
  return buffer.subarray(0, size).toString("utf8");
}

export async function readStdin({ maxBytes = STDIN_MAX_BYTES, timeoutMs = STDIN_TIMEOUT_MS } = {}): Promise<string> {
  try {
    const stat = fstatSync(0);
    // A terminal (or /dev/null): nothing to wait for. node:tty's isatty would load the stream machinery.
    if (stat.isCharacterDevice()) return "";
    if (stat.isFile()) return readFile(0, maxBytes);
  } catch {
    return ""; // no stdin at all (a closed descriptor)
  }
  return readPipe(pipeHandleReader(0) ?? streamReader(process.stdin), maxBytes, timeoutMs);
}
