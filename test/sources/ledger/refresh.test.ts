import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { summarizeSpan, type Span } from "../../../src/core/ledger/span";
import { refreshLedger, type RefreshOptions } from "../../../src/sources/ledger/refresh";
import { projectsFolders } from "../../../src/sources/ledger/roots";
import { scanFile } from "../../../src/sources/ledger/scan";
import { fixturePath } from "../../fixtures";

const ALL = { from: new Date(0), to: new Date("2100-01-01T00:00:00Z"), family: null };

interface Msg {
  id: string;
  at?: string;
  model?: string;
  stop?: string | null;
  input?: number;
  output?: number;
  cwd?: string;
}

/** One compact assistant line as Claude Code writes it. */
function assistant({
  id,
  at = "2030-11-24T09:00:00.000Z",
  model = "claude-sonnet-4-5-20250929",
  stop = "end_turn",
  input = 0,
  output = 0,
  cwd = "/Users/ada/src/app",
}: Msg): string {
  return JSON.stringify({
    type: "assistant",
    cwd,
    timestamp: at,
    message: {
      id,
      model,
      stop_reason: stop,
      content: [{ type: "text", text: "ok" }],
      usage: { input_tokens: input, output_tokens: output, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
    },
  });
}

const user = (text: string) =>
  JSON.stringify({ type: "user", timestamp: "2030-11-24T09:00:00.000Z", message: { role: "user", content: text } });

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function logs() {
  const dir = mkdtempSync(join(tmpdir(), "cpm-ledger-"));
  made.push(dir);
  const projects = join(dir, "projects");
  const file = (relative: string, lines: string[], end = "\n") => {
    const path = join(projects, relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, lines.join("\n") + end);
    return path;
  };
  const options: RefreshOptions = {
    roots: projectsFolders(dir),
    retainFrom: 0,
    statePath: join(dir, "state", "ledger.json"),
    skipUntouched: true,
    spans: [ALL],
    keepRecords: true,
  };
  const refresh = async (over: Partial<RefreshOptions> = {}) => {
    const snapshot = await refreshLedger({ ...options, ...over });
    const records = snapshot.records!;
    // The answer given is the one the records give.
    expect(snapshot.summaries).toEqual([summarizeSpan(records.values(), ALL)]);
    return { ...snapshot, records, total: snapshot.summaries[0].tokens.total };
  };
  return { dir, file, refresh, options };
}

test("the fixture folder: deduplicated totals as test/fixtures/README.md states them", async () => {
  const snapshot = await refreshLedger({
    roots: projectsFolders(fixturePath("claude-code-logs")),
    retainFrom: 0,
    statePath: null,
    skipUntouched: false,
    spans: [],
    keepRecords: true,
  });
  const span = (from: string) =>
    summarizeSpan(snapshot.records!.values(), {
      from: new Date(from),
      to: new Date("2030-11-24T12:00:00Z"),
      family: null,
    });
  const five = span("2030-11-24T07:00:00Z");
  expect(five.tokens.total).toBe(45_450);
  expect(five.byProject.map((p) => [p.project, p.total])).toEqual([
    ["api-server", 40_950],
    ["web", 4_500],
  ]);
  expect(five.byModel.map((m) => [m.model.split("-")[1], m.total])).toEqual([
    ["sonnet", 25_300],
    ["opus", 15_000],
    ["haiku", 5_150],
  ]);
  expect(span("2030-11-17T12:00:00Z").tokens.total).toBe(45_450);
  expect(snapshot).toMatchObject({ files: 3, skippedLines: 1, complete: true });
});

test("duplicate ids within a file, across sessions and in a subagent copy count once; the stop_reason line wins", async () => {
  const { file, refresh } = logs();
  const final = assistant({ id: "m1", input: 100, output: 900, at: "2030-11-24T09:00:02.000Z" });
  file("-Users-ada-src-app/s1.jsonl", [
    user("hi"),
    assistant({ id: "m1", input: 100, output: 1, stop: null, at: "2030-11-24T09:00:01.000Z" }),
    final,
    // A later streamed copy without a stop_reason does not undo the final line.
    assistant({ id: "m1", input: 100, output: 5, stop: null, at: "2030-11-24T09:00:03.000Z" }),
  ]);
  file("-Users-ada-src-app/s2.jsonl", [final, assistant({ id: "m2", input: 10, output: 20 })]);
  file("-Users-ada-src-app/s1/subagents/agent-1.jsonl", [
    JSON.stringify({ ...JSON.parse(assistant({ id: "s1", input: 1, output: 2 })), isSidechain: true }),
    final,
  ]);
  const r = await refresh();
  expect(r.total).toBe(1000 + 30 + 3);
  expect(r.records.size).toBe(3);
  expect(r.files).toBe(3);
});

test("a half-written last line is skipped and counted, then read once an append completes it", async () => {
  const { file, refresh } = logs();
  const whole = assistant({ id: "m2", input: 40, output: 2 });
  const cut = 60;
  const path = file("-Users-ada-src-app/s.jsonl", [assistant({ id: "m1", input: 7 }), whole.slice(0, cut)], "");
  const first = await refresh();
  expect([first.total, first.skippedLines]).toEqual([7, 1]);
  appendFileSync(path, `${whole.slice(cut)}\n`);
  const second = await refresh();
  expect([second.total, second.skippedLines]).toEqual([49, 0]);
  // Read from the start of the unfinished line, not from the start of the file.
  expect(second.scannedBytes).toBe(whole.length + 1);
});

test("warm: nothing new reads no content; an append is read from its offset; malformed lines are counted", async () => {
  const { file, refresh } = logs();
  const path = file("-Users-ada-src-app/s.jsonl", [
    user("x".repeat(5000)),
    assistant({ id: "m1", input: 5 }),
    '{"type":"assistant","message":{"usage":{',
    "not json",
  ]);
  const cold = await refresh();
  expect([cold.total, cold.skippedLines]).toEqual([5, 2]);
  const warm = await refresh();
  expect([warm.total, warm.scannedBytes, warm.skippedLines]).toEqual([5, 0, 2]);
  const more = `${assistant({ id: "m2", output: 6 })}\n`;
  appendFileSync(path, more);
  const appended = await refresh();
  expect([appended.total, appended.scannedBytes, appended.skippedLines]).toEqual([11, more.length, 2]);
});

test("a damaged or old state file is rebuilt from the logs, never trusted", async () => {
  const { dir, file, refresh } = logs();
  file("-Users-ada-src-app/s.jsonl", [assistant({ id: "m1", input: 5 }), assistant({ id: "m2", output: 6 })]);
  const cold = await refresh();
  const state = join(dir, "state", "ledger.json");
  const whole = readFileSync(state);
  for (const damaged of [whole.subarray(0, whole.length - 3), Buffer.from('{"version":1}'), Buffer.alloc(0)]) {
    writeFileSync(state, damaged);
    const again = await refresh();
    expect([again.total, again.scannedBytes]).toEqual([11, cold.scannedBytes]);
  }
  expect((await refresh()).scannedBytes).toBe(0);
});

test("a truncated or replaced file is read again from the start; what it held before stays counted", async () => {
  const { file, refresh } = logs();
  const path = file("-Users-ada-src-app/s.jsonl", [user("y".repeat(3000)), assistant({ id: "m1", input: 100 })]);
  expect((await refresh()).total).toBe(100);
  truncateSync(path, 0);
  const shorter = `${assistant({ id: "m2", input: 10 })}\n`;
  writeFileSync(path, shorter);
  const truncated = await refresh();
  expect([truncated.total, truncated.scannedBytes]).toEqual([110, shorter.length]);
  // Replaced by another file (a new inode), even one of the same size.
  const replacement = join(dirname(path), "new.tmp");
  const same = `${assistant({ id: "m3", input: 20 })}\n`;
  writeFileSync(replacement, same);
  renameSync(replacement, path);
  const replaced = await refresh();
  expect([replaced.total, replaced.scannedBytes]).toEqual([130, same.length]);
});

test("a time budget stops between chunks and the next run continues where it stopped", async () => {
  const { file, refresh } = logs();
  const filler = Array.from({ length: 600 }, () => user("z".repeat(4000)));
  const path = file("-Users-ada-src-app/big.jsonl", [
    ...filler,
    assistant({ id: "m1", input: 1 }),
    ...filler,
    assistant({ id: "m2", input: 2 }),
  ]);
  file("-Users-ada-src-app/small.jsonl", [assistant({ id: "m3", input: 4 })]);
  const none = await refresh({ budgetMs: -1 });
  expect([none.complete, none.bytesDone, none.total]).toEqual([false, 0, 0]);
  // One chunk of the big file, stopped at a line boundary.
  const found: string[] = [];
  const part = scanFile(
    path,
    0,
    "/p",
    (r) => found.push(r.id),
    () => true,
  );
  expect(part.stopped).toBe(true);
  expect(part.offset).toBeLessThanOrEqual(1 << 20);
  const rest = scanFile(
    path,
    part.offset,
    "/p",
    (r) => found.push(r.id),
    () => false,
  );
  expect(rest.stopped).toBe(false);
  expect(found.sort()).toEqual(["m1", "m2"]);
  const all = await refresh();
  expect([all.complete, all.total, all.bytesDone === all.bytesTotal]).toEqual([true, 7, true]);
});

test("files untouched since before the retained span are not read; older records are dropped", async () => {
  const { file, refresh } = logs();
  const old = file("-Users-ada-src-app/old.jsonl", [assistant({ id: "m1", input: 1, at: "2020-01-01T00:00:00Z" })]);
  utimesSync(old, new Date("2020-01-02T00:00:00Z"), new Date("2020-01-02T00:00:00Z"));
  file("-Users-ada-src-app/new.jsonl", [
    assistant({ id: "m2", input: 2, at: "2030-11-24T00:00:00Z" }),
    assistant({ id: "m3", input: 4, at: "2019-01-01T00:00:00Z" }),
  ]);
  const r = await refresh({ retainFrom: Date.parse("2021-01-01T00:00:00Z"), statePath: null });
  expect([r.total, r.records.size, r.bytesDone === r.bytesTotal]).toEqual([2, 1, true]);
});

test("missing folders, and a folder under a file, are no logs, not an error", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "cpm-ledger-")), "a-file");
  made.push(dirname(file));
  writeFileSync(file, "");
  const r = await refreshLedger({
    // Missing, and under a file (ENOTDIR, not ENOENT).
    roots: ["/nonexistent/projects", join(file, "projects")],
    retainFrom: 0,
    statePath: null,
    skipUntouched: true,
    spans: [],
  });
  expect(r).toMatchObject({ files: 0, skippedLines: 0, complete: true });
  expect(projectsFolders(" /a, /b ,", "/home/u")).toEqual(["/a/projects", "/b/projects"]);
  expect(projectsFolders(undefined, "/home/u")).toEqual([
    "/home/u/.claude/projects",
    "/home/u/.config/claude/projects",
  ]);
});

test("message content that looks like the line's own keys does not confuse the reader", async () => {
  const { file, refresh } = logs();
  const tricky = JSON.parse(assistant({ id: "m1", input: 3, output: 4 }));
  tricky.message.content = [
    { type: "text", text: '],"stop_reason":null,"usage":{"input_tokens":999' },
    { type: "tool_use", id: "toolu_1", input: { a: [1], stop_reason: "x", usage: { input_tokens: 5 } } },
  ];
  file("-Users-ada-src-app/s.jsonl", [JSON.stringify(tricky)]);
  const r = await refresh();
  expect([r.total, r.skippedLines]).toEqual([7, 0]);
  expect([...r.records.values()][0]).toMatchObject({ input: 3, output: 4, final: true });
});

describe("answers kept with the state", () => {
  const at = (hh: string) => new Date(`2030-11-24T${hh}Z`);
  const span = (from: string, to: string, family: string | null = null) => ({ from: at(from), to: at(to), family });

  function setup() {
    const { dir, file, options } = logs();
    const path = file("-Users-ada-src-app/s.jsonl", [
      assistant({ id: "m1", input: 1, at: "2030-11-24T08:00:00.000Z" }),
      assistant({ id: "m2", input: 20, at: "2030-11-24T09:00:00.000Z", model: "claude-opus-4-5-20251101" }),
      assistant({ id: "m3", input: 300, at: "2030-11-24T10:00:00.000Z", cwd: "/Users/ada/src/web" }),
    ]);
    const state = join(dir, "state", "ledger.json");
    /** A run as `ledger` makes it: the spans' answers only, from the state when nothing changed. */
    const ask = (spans: Span[]) => refreshLedger({ ...options, keepRecords: false, spans });
    /** The same spans summed over every record the ledger holds. */
    const full = async (spans: Span[]) => {
      const { records } = await refreshLedger({ ...options, keepRecords: true, spans: [] });
      return spans.map((s) => summarizeSpan(records!.values(), s));
    };
    /** The same spans computed from every line of the logs, nothing stored. */
    const fresh = async (spans: Span[]) =>
      (await refreshLedger({ ...options, statePath: null, keepRecords: false, spans })).summaries;
    /** Damages the records after the header: a run that reads them rebuilds from the logs (and reads bytes). */
    const damageRecords = () => {
      const bytes = readFileSync(state);
      writeFileSync(state, bytes.subarray(0, bytes.length - 8));
    };
    return { path, file, ask, full, fresh, damageRecords };
  }

  test("nothing new: the same answers without reading the records, also for a span that moved but holds the same messages", async () => {
    const { ask, fresh, damageRecords } = setup();
    const spans = [span("08:30:00", "10:00:00"), span("07:00:00", "12:00:00", "opus")];
    const cold = await ask(spans);
    expect(cold.summaries.map((s) => s.tokens.total)).toEqual([320, 20]);
    damageRecords();
    const warm = await ask(spans);
    expect(warm.scannedBytes).toBe(0);
    expect(warm.summaries).toEqual(await fresh(spans));
    // Later ends and starts that pass no message: still the stored answers, with the spans' own ends.
    const moved = [span("08:00:00.001", "11:00:00"), span("08:59:59", "12:30:00", "opus")];
    const again = await ask(moved);
    expect(again.scannedBytes).toBe(0);
    expect(again.summaries).toEqual(await fresh(moved));
    expect(again.summaries[0].from).toEqual(moved[0].from);
  });

  test("a span that gains or loses a message, or another family, is computed afresh", async () => {
    const { ask, full } = setup();
    await ask([span("08:30:00", "09:30:00")]);
    for (const other of [
      span("08:00:00", "09:30:00"), // starts at m1: inclusive
      span("09:00:00.001", "09:30:00"), // starts after m2
      span("08:30:00", "08:59:59.999"), // ends before m2
      span("08:30:00", "10:00:00"), // ends at m3
      span("08:30:00", "09:30:00", "sonnet"),
    ]) {
      const r = await ask([other]);
      expect(r.summaries).toEqual(await full([other]));
      // Computed from the stored records, not re-read from the logs.
      expect(r.scannedBytes).toBe(0);
    }
    const totals = async (s: Span) => (await ask([s])).summaries[0].tokens.total;
    expect(await totals(span("08:00:00", "09:30:00"))).toBe(21);
    expect(await totals(span("09:00:00.001", "09:30:00"))).toBe(0);
    expect(await totals(span("08:30:00", "10:00:00"))).toBe(320);
    expect(await totals(span("08:30:00", "09:30:00", "sonnet"))).toBe(0);
  });

  test("an append, a truncation, a replacement or a new file changes the answer", async () => {
    const { path, file, ask, full } = setup();
    const spans = [span("07:00:00", "12:00:00")];
    const total = async () => {
      const r = await ask(spans);
      expect(r.summaries).toEqual(await full(spans));
      return r.summaries[0].tokens.total;
    };
    expect(await total()).toBe(321);
    appendFileSync(path, `${assistant({ id: "m4", input: 4000, at: "2030-11-24T11:00:00.000Z" })}\n`);
    expect(await total()).toBe(4321);
    file("-Users-ada-src-app/s2.jsonl", [assistant({ id: "m5", input: 50000, at: "2030-11-24T11:30:00.000Z" })]);
    expect(await total()).toBe(54321);
    // What a truncated or replaced file held before stays counted; what it holds now is added.
    truncateSync(path, 0);
    writeFileSync(path, `${assistant({ id: "m6", input: 600000, at: "2030-11-24T11:45:00.000Z" })}\n`);
    expect(await total()).toBe(654321);
    const replacement = join(dirname(path), "new.tmp");
    writeFileSync(replacement, `${assistant({ id: "m7", input: 7000000, at: "2030-11-24T11:50:00.000Z" })}\n`);
    renameSync(replacement, path);
    expect(await total()).toBe(7654321);
  });
});

describe("folder listings kept between runs", () => {
  const fs = jest.requireActual<typeof import("node:fs")>("node:fs");
  const listed = () => {
    const spy = jest.spyOn(fs, "readdirSync");
    return {
      folders: () => spy.mock.calls.map(([dir]) => String(dir)),
      done: () => spy.mockRestore(),
    };
  };
  /** Sets the mtime of `dir` and every folder above it up to `top` to an hour ago: long since listed. */
  const age = (dir: string, top: string) => {
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (let d = dir; d.startsWith(top); d = dirname(d)) utimesSync(d, hourAgo, hourAgo);
  };

  test("an untouched folder is not listed again; a new file or subfolder in it, and an append, are still read", async () => {
    const { dir, file, refresh } = logs();
    const projects = join(dir, "projects");
    const first = file("-Users-ada-src-app/s1.jsonl", [assistant({ id: "m1", input: 5 })]);
    file("-Users-ada-src-app/s1/subagents/agent-1.jsonl", [assistant({ id: "m2", input: 7 })]);
    age(join(projects, "-Users-ada-src-app", "s1", "subagents"), projects);
    expect((await refresh()).total).toBe(12);

    const listingsFile = join(dir, "state", "ledger-folders.json");
    const inode = () => statSync(listingsFile).ino;
    const written = inode();
    let spy = listed();
    expect((await refresh()).total).toBe(12);
    expect(spy.folders()).toEqual([]);
    spy.done();
    // Nothing changed: not written again (a write replaces the file, a new inode).
    expect(inode()).toBe(written);

    appendFileSync(first, `${assistant({ id: "m3", output: 1 })}\n`);
    file("-Users-ada-src-app/s2.jsonl", [assistant({ id: "m4", output: 10 })]);
    file("-Users-ada-src-app/s1/subagents/agent-2.jsonl", [assistant({ id: "m5", output: 100 })]);
    file("-Users-ada-src-web/s3.jsonl", [assistant({ id: "m6", output: 1000 })]);
    spy = listed();
    expect((await refresh()).total).toBe(1123);
    // Only the folders that changed: the projects folder, the app's and the subagents'; not s1.
    expect(spy.folders().sort()).toEqual(
      [
        projects,
        join(projects, "-Users-ada-src-app"),
        join(projects, "-Users-ada-src-app", "s1", "subagents"),
        join(projects, "-Users-ada-src-web"),
      ].sort(),
    );
    spy.done();
    expect(inode()).not.toBe(written);
    // A folder that went away drops its listing (what its logs held stays counted).
    rmSync(join(projects, "-Users-ada-src-app", "s1"), { recursive: true });
    const gone = await refresh();
    expect([gone.files, gone.total]).toEqual([3, 1123]);
    expect(JSON.parse(readFileSync(listingsFile, "utf8")).path).not.toContain(
      join(projects, "-Users-ada-src-app", "s1"),
    );
  });

  test("a folder changed too recently to trust its mtime is listed again on the next run; a deleted log is dropped", async () => {
    const { dir, file, refresh } = logs();
    const path = file("-Users-ada-src-app/s1.jsonl", [assistant({ id: "m1", input: 5 })]);
    file("-Users-ada-src-app/s2.jsonl", [assistant({ id: "m2", input: 7 })]);
    // Changed "now" as far as the listing can tell, however long the run takes to get there.
    const soon = new Date(Date.now() + 60_000);
    utimesSync(join(dir, "projects", "-Users-ada-src-app"), soon, soon);
    expect((await refresh()).files).toBe(2);
    const spy = listed();
    expect((await refresh()).files).toBe(2);
    expect(spy.folders()).toContain(join(dir, "projects", "-Users-ada-src-app"));
    spy.done();
    age(join(dir, "projects", "-Users-ada-src-app"), join(dir, "projects"));
    await refresh();
    rmSync(path);
    const after = await refresh();
    expect([after.files, after.total]).toEqual([1, 12]);
  });

  test("a folder that could not be read is listed again on the next run", async () => {
    const { dir, file, refresh } = logs();
    file("-Users-ada-src-app/s1.jsonl", [assistant({ id: "m1", input: 5 })]);
    age(join(dir, "projects", "-Users-ada-src-app"), join(dir, "projects"));
    const app = join(dir, "projects", "-Users-ada-src-app");
    const real = fs.readdirSync;
    const denied = jest.spyOn(fs, "readdirSync").mockImplementation(((path: string, options: object) => {
      if (path === app) throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
      return real(path, options);
    }) as typeof fs.readdirSync);
    expect((await refresh()).files).toBe(0);
    denied.mockRestore();
    expect((await refresh()).total).toBe(5);
  });

  test("a damaged listings file is set aside: every folder is listed", async () => {
    const { dir, file, refresh } = logs();
    file("-Users-ada-src-app/s1.jsonl", [assistant({ id: "m1", input: 5 })]);
    age(join(dir, "projects", "-Users-ada-src-app"), join(dir, "projects"));
    await refresh();
    const listings = join(dir, "state", "ledger-folders.json");
    expect(JSON.parse(readFileSync(listings, "utf8"))).toMatchObject({ version: 1, logs: [[], ["s1.jsonl"]] });
    writeFileSync(listings, '{"version":1,"path":["x"],"mtimeMs":[]');
    const spy = listed();
    expect((await refresh()).total).toBe(5);
    expect(spy.folders()).toHaveLength(2);
    spy.done();
  });
});
