/**
 * One more read of a file into a buffer that already holds `filled` bytes read from `position`: a
 * full buffer is doubled first, so a line longer than the buffer is never split.
 */
import { readSync } from "node:fs";

export function readMore(
  fd: number,
  buffer: Buffer<ArrayBuffer>,
  filled: number,
  position: number,
): { buffer: Buffer<ArrayBuffer>; read: number } {
  let into = buffer;
  if (filled === into.length) {
    into = Buffer.allocUnsafe(buffer.length * 2);
    buffer.copy(into, 0, 0, filled);
  }
  return { buffer: into, read: readSync(fd, into, filled, into.length - filled, position + filled) };
}
