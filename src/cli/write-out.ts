/**
 * Writes a command's output straight to a descriptor. `process.stdout` on a pipe (how Claude Code and
 * scripts read us) builds a net.Socket, which loads Node's streams and net: about 10 ms of a run that
 * is otherwise a few tens of ms. A descriptor another process made non-blocking answers EAGAIN while
 * the pipe is full, so the write waits and tries again; a reader that went away (EPIPE) ends the output.
 */
import { writeSync } from "node:fs";

const pause = new Int32Array(new SharedArrayBuffer(4));

export function writeOut(text: string, fd = 1): void {
  const bytes = Buffer.from(text);
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(fd, bytes, written);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EPIPE") return;
      if (code !== "EAGAIN") throw error;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}
