/**
 * A pipe or socket on stdin read through libuv's own stream handle: the handle `process.stdin` wraps,
 * without Node's `net` and `stream` modules above it. Loading those for `process.stdin` costs a
 * status line about 9 ms of wall time, a fifth of a bare `node -e ''` and the largest item of a run
 * that Claude Code starts after every assistant message; the handle alone costs about 1 ms. Like
 * process.stdin, and unlike a plain fs read, the handle is polled by the event loop, so a pipe that is
 * never closed is simply closed by us when the time is up: nothing ever blocks the process's exit.
 * Opening the handle makes the descriptor non-blocking, as it does for process.stdin; so what the
 * writer has already sent (Claude Code writes its document and closes the pipe before we start) is
 * read at once, with a read that can no longer wait, and the event loop is needed only for the rest.
 *
 * The handle is reached through Node's internal bindings (../../sources/node-binding), so every part
 * used here is checked first, and `pipeHandleReader` returns null, for the caller to read through
 * process.stdin, when one is missing or refuses.
 */
import { readSync } from "node:fs";
import { isObject, nodeBinding } from "../../sources/node-binding";

/**
 * Gives each chunk read (`onChunk` says whether more is wanted), then calls `onEnd` at the end of the
 * input or on an error, either of them possibly before it returns; returns what stops reading.
 */
export type ChunkReader = (onChunk: (chunk: Buffer) => boolean, onEnd: () => void) => () => void;

/** A read of the descriptor's buffered input at most this long at a time. */
const CHUNK_BYTES = 64 * 1024;

interface PipeHandle {
  open(fd: number): number | undefined;
  readStart(): number;
  readStop(): number;
  close(): void;
  onread: ((buffer?: ArrayBuffer) => void) | null;
}

interface Binding {
  Pipe: new (type: number) => PipeHandle;
  socket: number;
  /** Where the handle's read callback finds its byte count (negative: the end or an error) and offset. */
  state: Int32Array;
  bytesOrError: number;
  offset: number;
}

function binding(): Binding | null {
  // Windows has no non-blocking pipes for the read below; the status line is for macOS, Linux works alike.
  if (process.platform === "win32") return null;
  const pipe = nodeBinding("pipe_wrap");
  const stream = nodeBinding("stream_wrap");
  if (!pipe || !stream || !isObject(pipe.constants)) return null;
  const { Pipe, constants } = pipe;
  const { streamBaseState: state, kReadBytesOrError: bytesOrError, kArrayBufferOffset: offset } = stream;
  if (typeof Pipe !== "function" || typeof constants.SOCKET !== "number" || !(state instanceof Int32Array)) return null;
  if (typeof bytesOrError !== "number" || typeof offset !== "number") return null;
  return { Pipe: Pipe as Binding["Pipe"], socket: constants.SOCKET, state, bytesOrError, offset };
}

/** A reader of the pipe or socket on `fd`, or null when the handle cannot be had (see above). */
export function pipeHandleReader(fd: number): ChunkReader | null {
  const b = binding();
  if (!b) return null;
  let handle: PipeHandle;
  try {
    handle = new b.Pipe(b.socket);
    // A failed open is an error code (a Node that throws instead is caught below).
    if ((handle.open(fd) ?? 0) !== 0) {
      handle.close();
      return null;
    }
  } catch {
    return null;
  }
  return (onChunk, onEnd) => {
    let open = true;
    const stop = () => {
      if (!open) return;
      open = false;
      handle.readStop();
      handle.close();
    };
    // Non-blocking now: EAGAIN means the writer has not finished, and the event loop takes over.
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      let bytes: number;
      try {
        bytes = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EAGAIN") break;
        onEnd();
        return stop;
      }
      if (bytes === 0) {
        onEnd();
        return stop;
      }
      if (!onChunk(chunk.subarray(0, bytes))) return stop;
    }
    handle.onread = (buffer) => {
      const bytes = b.state[b.bytesOrError];
      if (bytes > 0 && buffer) onChunk(Buffer.from(buffer, b.state[b.offset], bytes));
      else if (bytes < 0) onEnd();
    };
    if (handle.readStart() !== 0) onEnd();
    return stop;
  };
}
