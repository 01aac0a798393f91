/**
 * The bridge's own log file when it runs as the background agent: one line per request plus its
 * warnings, capped. At MAX_LOG_BYTES the file is renamed to FILE.1 (replacing the previous one) and a
 * new one begins, so the log never takes more than about twice the cap. Lines written in one turn of
 * the event loop go out in one synchronous write at its end (a flood costs one write per turn, not
 * one per request), in order, and a rotation falls between whole lines. A failing log never fails a
 * request: the lines go to stderr instead.
 */
import { closeSync, fstatSync, openSync, renameSync, writeSync } from "node:fs";

const MAX_LOG_BYTES = 1024 * 1024;

export interface LogFile {
  write(line: string): void;
  /** Writes what is pending and closes the file. */
  close(): void;
}

export function openLogFile(path: string, maxBytes = MAX_LOG_BYTES): LogFile {
  // 0600: the lines name extension ids and the times the user's browser polled.
  const open = () => openSync(path, "a", 0o600);
  let fd = open();
  let size = fstatSync(fd).size;
  let pending: string[] = [];
  let scheduled = false;

  function rotate(): void {
    closeSync(fd);
    renameSync(path, `${path}.1`);
    fd = open();
    size = 0;
  }

  function flush(): void {
    scheduled = false;
    const lines = pending;
    pending = [];
    let batch = "";
    let batchBytes = 0;
    const writeBatch = () => {
      if (batchBytes === 0) return;
      writeSync(fd, batch);
      size += batchBytes;
      batch = "";
      batchBytes = 0;
    };
    try {
      for (const line of lines) {
        const bytes = Buffer.byteLength(line);
        if (size + batchBytes > 0 && size + batchBytes + bytes > maxBytes) {
          writeBatch();
          rotate();
        }
        batch += line;
        batchBytes += bytes;
      }
      writeBatch();
    } catch (error) {
      process.stderr.write(`log ${path}: ${(error as Error).message}\n${lines.join("")}`);
    }
  }

  return {
    write(line) {
      pending.push(`${line}\n`);
      if (scheduled) return;
      scheduled = true;
      setImmediate(flush);
    },
    close() {
      flush();
      closeSync(fd);
    },
  };
}
