import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { CLI } from "../../../src/build/bundles";
import { PackedRecordSet } from "../../../src/core/ledger/packed";
import { decodeProjectFolder } from "../../../src/core/ledger/project";
import type { LedgerRecord } from "../../../src/core/ledger/record";
import { refreshLedger, type RefreshOptions } from "../../../src/sources/ledger/refresh";
import { findLogFiles, projectsFolders } from "../../../src/sources/ledger/roots";
import { scanFile } from "../../../src/sources/ledger/scan";
import { startWorker, type Reply } from "../../../src/sources/ledger/scan-pool";
import { freshScript } from "../../bundles";
import { fixturePath } from "../../fixtures";

jest.setTimeout(30_000);

const ALL = { from: new Date(0), to: new Date("2100-01-01T00:00:00Z"), family: null };

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The fixture folder plus files that stress the rule: the same ids across files, streamed copies, broken lines. */
function handMadeLogs(): string {
  const dir = mkdtempSync(join(tmpdir(), "cpm-ledger-pool-"));
  made.push(dir);
  cpSync(fixturePath("claude-code-logs"), dir, { recursive: true });
  const line = (id: string, at: number, output: number, stop: string | null, cwd: string) =>
    JSON.stringify({
      type: "assistant",
      cwd,
      timestamp: new Date(Date.parse("2030-11-24T08:00:00Z") + at * 1000).toISOString(),
      message: {
        id,
        model: ["claude-opus-4-5-20251101", "claude-sonnet-4-5-20250929"][at % 2],
        stop_reason: stop,
        content: [{ type: "text", text: "x".repeat(50 + at) }],
        usage: { input_tokens: at, output_tokens: output, cache_creation_input_tokens: 1, cache_read_input_tokens: 2 },
      },
    });
  for (let f = 0; f < 12; f += 1) {
    const cwd = `/Users/ada/src/p${f % 3}`;
    const lines: string[] = [];
    for (let m = 0; m < 40; m += 1) {
      // Ids shared by neighbouring files; a streamed copy before and after the final line.
      const id = `msg_${(f * 40 + m) % 300}`;
      lines.push(line(id, m, 1, null, cwd), line(id, m + 1, 10 + f, "end_turn", cwd), line(id, m + 2, 5, null, cwd));
      if (m % 13 === 0) lines.push('{"type":"assistant","message":{"usage":');
    }
    const path = join(
      dir,
      "projects",
      `-Users-ada-src-p${f % 3}`,
      f % 4 === 0 ? `s${f}/subagents/a.jsonl` : `s${f}.jsonl`,
    );
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${lines.join("\n")}\n${f % 5 === 0 ? '{"type":"assistant","mess' : ""}`);
  }
  return dir;
}

async function read(dir: string, scanThreads?: RefreshOptions["scanThreads"]) {
  const s = await refreshLedger({
    roots: projectsFolders(dir),
    retainFrom: 0,
    statePath: null,
    skipUntouched: false,
    spans: [ALL],
    keepRecords: true,
    scanThreads,
  });
  return { ...s, records: [...s.records!.values()] };
}

test("worker threads give exactly what one thread gives, record for record and in the same order", async () => {
  const dir = handMadeLogs();
  const serial = await read(dir);
  expect(serial.records.length).toBeGreaterThan(300);
  expect(serial.skippedLines).toBeGreaterThan(30);
  const threads = { script: freshScript(CLI), argv: ["ledger"], count: 2, minBytes: 0 };
  const parallel = await read(dir, threads);
  expect(parallel).toEqual(serial);
  // Below the threshold no thread is started; the result is the same.
  expect(await read(dir, { ...threads, minBytes: Number.MAX_SAFE_INTEGER })).toEqual(serial);
});

test("a thread that cannot start hands its files back: this thread reads them", async () => {
  const dir = handMadeLogs();
  const serial = await read(dir);
  const missing = join(dir, "no-such-script.js");
  expect(await read(dir, { script: missing, argv: ["ledger"], count: 1, minBytes: 0 })).toEqual(serial);
});

test("a scanning thread (the bin run as `ledger` in a worker) replies per file what a scan here gives", async () => {
  const dir = handMadeLogs();
  const { files } = findLogFiles(projectsFolders(dir));
  const worker = await startWorker({ script: freshScript(CLI), argv: ["ledger"] });
  const replies = new Map<number, Reply>();
  await new Promise<void>((resolve, reject) => {
    worker.on("error", reject);
    worker.on("message", (reply: Reply) => {
      if ("ready" in reply) {
        files.forEach((f, index) =>
          worker.postMessage({
            index,
            task: { path: f.path, from: 0, folderProject: decodeProjectFolder(f.folder) },
            deadline: Infinity,
          }),
        );
        // A file that vanished is a failed task, not a broken thread.
        worker.postMessage({
          index: files.length,
          task: { path: join(dir, "gone.jsonl"), from: 0, folderProject: "/x" },
          deadline: Infinity,
        });
      } else {
        replies.set(reply.index, reply);
        if (replies.size === files.length + 1) resolve();
      }
    });
  });
  await worker.terminate();
  files.forEach((f, index) => {
    const here: LedgerRecord[] = [];
    const result = scanFile(
      f.path,
      0,
      decodeProjectFolder(f.folder),
      (r) => here.push(r),
      () => false,
    );
    const reply = replies.get(index)!;
    expect(
      "packed" in reply && { result: reply.result, records: [...new PackedRecordSet(reply.packed).values()] },
    ).toEqual({
      result,
      records: here,
    });
  });
  expect(replies.get(files.length)).toEqual({ index: files.length });
});
