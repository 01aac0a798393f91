/**
 * Claude Code's JSON on stdin, read without ever holding up the line: a terminal (any character
 * device) is not read at all, a file is read at once, and only a pipe goes through process.stdin (which
 * loads Node's stream machinery) until it closes, up to a size and time budget.
 */
import { fstatSync, readSync } from "node:fs";

const STDIN_MAX_BYTES = 256 * 1024;
/** Claude Code writes its document and closes the pipe at once; a pipe left open costs no more than this. */
const STDIN_TIMEOUT_MS = 250;

/** A pipe through Node's stream (a raw fs.read could not be abandoned: the process would wait on it to exit). */
function readPipe(stdin: NodeJS.ReadStream, maxBytes: number, timeoutMs: number): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      stdin.removeListener("data", onData);
      // Nothing more is wanted: a pipe left open must not keep the process alive.
      stdin.destroy();
      resolve(Buffer.concat(chunks).toString("utf8"));
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > maxBytes) finish();
    };
    const timer = setTimeout(finish, timeoutMs);
    stdin.on("data", onData);
    stdin.once("end", finish);
    stdin.once("error", finish);
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
  return readPipe(process.stdin, maxBytes, timeoutMs);
}
