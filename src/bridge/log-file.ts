/**
 * The bridge's own log file when it runs as the background agent: one line per request plus its
 * warnings, capped. At MAX_LOG_BYTES the file is renamed to FILE.1 (replacing the previous one) and a
 * new one begins, so the log never takes more than about twice the cap. Writes are synchronous and
 * small (a line per request on a loopback server), which keeps the lines in order across a rotation.
 * A failing log never fails a request: the line goes to stderr instead.
 */
import { closeSync, fstatSync, openSync, renameSync, writeSync } from "node:fs";

export const MAX_LOG_BYTES = 1024 * 1024;

export interface LogFile {
  write(line: string): void;
  close(): void;
}

export function openLogFile(path: string, maxBytes = MAX_LOG_BYTES): LogFile {
  // 0600: the lines name extension ids and the times the user's browser polled.
  const open = () => openSync(path, "a", 0o600);
  let fd = open();
  let size = fstatSync(fd).size;

  function rotate(): void {
    closeSync(fd);
    renameSync(path, `${path}.1`);
    fd = open();
    size = 0;
  }

  return {
    write(line) {
      const bytes = Buffer.from(`${line}\n`, "utf8");
      try {
        if (size > 0 && size + bytes.length > maxBytes) rotate();
        writeSync(fd, bytes);
        size += bytes.length;
      } catch (error) {
        process.stderr.write(`log ${path}: ${(error as Error).message}; ${line}\n`);
      }
    },
    close() {
      closeSync(fd);
    },
  };
}
