/**
 * Claude Code's JSON on stdin, read without ever blocking the line: a terminal (no pipe) is not
 * read at all, and a pipe is read until it closes, up to a size and time budget.
 */
export const STDIN_MAX_BYTES = 256 * 1024;
/** Claude Code writes its document and closes the pipe at once; a pipe left open costs no more than this. */
export const STDIN_TIMEOUT_MS = 250;

export function readStdin(
  stdin: NodeJS.ReadStream = process.stdin,
  { maxBytes = STDIN_MAX_BYTES, timeoutMs = STDIN_TIMEOUT_MS } = {},
): Promise<string> {
  if (stdin.isTTY) return Promise.resolve("");
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
