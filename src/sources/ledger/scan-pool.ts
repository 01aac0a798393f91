/**
 * Scanning log files on more than one thread: a cold scan is parsing, and parsing is per file. The
 * calling thread scans too, while worker threads take files from the same queue and hand back each
 * file's records packed (core/ledger/packed). Every result is delivered in task order, whichever thread
 * read it, so the caller applies the one-record-per-message rule exactly as a serial scan would.
 */
import type { MessagePort, Worker } from "node:worker_threads";
import { PackedRecordSet, packRecords, type PackedRecords } from "../../core/ledger/packed";
import type { LedgerRecord } from "../../core/ledger/record";
import { scanFile, type ScanResult } from "./scan";

export interface ScanTask {
  path: string;
  /** Byte offset to read from. */
  from: number;
  folderProject: string;
}

/** What a file gave: where its scan stopped, and its records in line order (those not already handed on). */
interface ScannedFile {
  result: ScanResult;
  records: Iterable<LedgerRecord>;
}

/** Where outcomes go, in task order: a task's records, then the task's outcome. */
export interface ScanSink {
  record(record: LedgerRecord): void;
  file(index: number, outcome: TaskOutcome): void;
}

/**
 * A task's outcome: scanned, "failed" (vanished or unreadable since the stat), or "unstarted" (the time
 * ran out before it: the next run reads it).
 */
export type TaskOutcome = ScannedFile | "failed" | "unstarted";

/**
 * How to start a scanning thread: a script that, run in a worker with `argv` (and SCAN_THREAD_ARG
 * after it), calls serveScans.
 */
export interface ScanThreads {
  script: string;
  argv: string[];
  count: number;
  /** Below this much to read, starting a thread (its own copy of the script) costs more than it saves. */
  minBytes: number;
}

/** Marks a worker started to scan (workerData), so the script knows to serve instead of running as usual. */
const SCAN_THREAD = "claude-plan-meter ledger scan";

/**
 * The argument after `argv` in a scanning thread: the script checks for it before loading
 * node:worker_threads (~9 ms of every run otherwise), then checks that it is such a thread.
 */
const SCAN_THREAD_ARG = "--scan-thread";

/** What a scanning thread sends: ready for files, a file scanned, or a file it could not read. @internal (tests) */
export type Reply = { ready: true } | { index: number; result: ScanResult; packed: PackedRecords } | { index: number };

/** Files sent ahead to a thread so it never waits for the calling thread to hand it the next. */
const AHEAD = 2;

function scanHere(task: ScanTask, deadline: number, onRecord: (r: LedgerRecord) => void): ScanResult {
  return scanFile(task.path, task.from, task.folderProject, onRecord, () => Date.now() > deadline);
}

const NONE: readonly LedgerRecord[] = [];

/**
 * Scans `tasks` (stopping at `deadline`, epoch ms) on this thread and up to `threads.count` workers;
 * `sink` gets every task's records and outcome once, in task order.
 */
export async function scanTasks(
  tasks: readonly ScanTask[],
  threads: ScanThreads | null,
  deadline: number,
  sink: ScanSink,
): Promise<void> {
  const outcomes = new Map<number, TaskOutcome>();
  let delivered = 0;
  const settle = (index: number, outcome: TaskOutcome) => {
    outcomes.set(index, outcome);
    for (let o = outcomes.get(delivered); o !== undefined; o = outcomes.get(delivered)) {
      outcomes.delete(delivered);
      if (typeof o === "object") for (const r of o.records) sink.record(r);
      sink.file(delivered, o);
      delivered += 1;
    }
  };
  // Tasks a failed worker left: this thread takes them first.
  const returned: number[] = [];
  let next = 0;
  const take = (): number | null => {
    if (Date.now() > deadline) return null;
    if (returned.length > 0) return returned.shift()!;
    return next < tasks.length ? next++ : null;
  };
  const runHere = (index: number) => {
    // Next in order: its records go straight on (kept for later they outlive young-generation
    // collections, which raised the peak RSS by ~8 MiB); else kept until the earlier files are in.
    const direct = index === delivered;
    const kept: LedgerRecord[] = [];
    try {
      const result = scanHere(tasks[index], deadline, direct ? (r) => sink.record(r) : (r) => kept.push(r));
      settle(index, { result, records: direct ? NONE : kept });
    } catch {
      settle(index, "failed");
    }
  };

  // A thread that cannot be made leaves its share to this one.
  const made = threads
    ? await Promise.all(Array.from({ length: threads.count }, () => startWorker(threads).catch(() => null)))
    : [];
  const workers = made.filter((w): w is Worker => w !== null);
  const helpers = workers.map((worker) => {
    const inFlight = new Set<number>();
    let stopped = false;
    let done: () => void = () => {};
    const finished = new Promise<void>((resolve) => (done = resolve));
    const stop = () => {
      if (stopped) return;
      stopped = true;
      // A thread that stopped with files in hand (it could not start, or broke) hands them back.
      returned.push(...inFlight);
      inFlight.clear();
      void worker.terminate();
      done();
    };
    const send = () => {
      const index = take();
      if (index === null) return;
      inFlight.add(index);
      worker.postMessage({ index, task: tasks[index], deadline });
    };
    worker.on("message", (reply: Reply) => {
      if ("ready" in reply) {
        for (let k = 0; k < AHEAD; k += 1) send();
      } else {
        inFlight.delete(reply.index);
        const records = "packed" in reply ? new PackedRecordSet(reply.packed).values() : null;
        settle(reply.index, records ? { result: (reply as { result: ScanResult }).result, records } : "failed");
        send();
      }
      if (inFlight.size === 0) stop();
    });
    worker.on("error", stop);
    worker.on("exit", stop);
    return { inFlight, stop, finished };
  });
  for (;;) {
    const index = take();
    if (index !== null) {
      runHere(index);
      // Lets the workers' replies in, and their next files out, between this thread's files.
      if (helpers.length > 0) await new Promise((resolve) => setImmediate(resolve));
      continue;
    }
    // Nothing left to hand out: a thread still starting up is not waited for.
    for (const h of helpers) if (h.inFlight.size === 0) h.stop();
    await Promise.all(helpers.map((h) => h.finished));
    if (returned.length === 0) break;
  }
  for (let index = delivered; index < tasks.length; index += 1) {
    if (!outcomes.has(index)) settle(index, "unstarted");
  }
}

/** A worker that runs `threads.script` to serve scans. @internal (tests talk to one directly) */
export async function startWorker(threads: Pick<ScanThreads, "script" | "argv">): Promise<Worker> {
  const { Worker } = await import("node:worker_threads");
  const worker = new Worker(threads.script, {
    argv: [...threads.argv, SCAN_THREAD_ARG],
    workerData: { [SCAN_THREAD]: true },
    // Its output is never the command's: a thread only replies by message.
    stdout: true,
    stderr: true,
  });
  worker.unref();
  return worker;
}

/** The port to serve scans on when this is a thread scanTasks started (`argv` are the command's arguments), else null. */
export async function scanThreadPort(argv: readonly string[]): Promise<MessagePort | null> {
  if (argv[0] !== SCAN_THREAD_ARG) return null;
  const { isMainThread, parentPort, workerData } = await import("node:worker_threads");
  const marked = (workerData as Record<string, unknown> | null)?.[SCAN_THREAD] === true;
  return !isMainThread && marked ? parentPort : null;
}

/** A scanning thread's side: scans each file sent until the calling thread is done with it. */
export function serveScans(port: MessagePort): Promise<void> {
  return new Promise((resolve) => {
    port.on("message", ({ index, task, deadline }: { index: number; task: ScanTask; deadline: number }) => {
      let reply: Reply;
      try {
        const records: LedgerRecord[] = [];
        const result = scanHere(task, deadline, (r) => records.push(r));
        reply = { index, result, packed: packRecords(records, records.length) };
      } catch {
        reply = { index };
      }
      port.postMessage(reply, "packed" in reply ? [reply.packed.rows.buffer as ArrayBuffer] : []);
    });
    port.on("close", resolve);
    port.postMessage({ ready: true } satisfies Reply);
  });
}
