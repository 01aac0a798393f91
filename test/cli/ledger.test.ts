import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { fixturePath } from "../fixtures";

const ROOT = resolve(__dirname, "../..");
const run = promisify(execFile);
const LOGS = fixturePath("claude-code-logs");

async function cli(args: string[], env: NodeJS.ProcessEnv = {}, command = ["ledger"]) {
  const home = mkdtempSync(join(tmpdir(), "cpm-home-"));
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", ...command, ...args],
      {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: "1", HOME: home, XDG_STATE_HOME: join(home, "state"), ...env },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

jest.setTimeout(60_000);

test("--from/--to --json: the exact document for the fixture's 5-hour span", async () => {
  const r = await cli(["--logs", LOGS, "--from", "2030-11-24T07:00:00Z", "--to", "2030-11-24T12:00:00Z", "--json"]);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout)).toEqual({
    from: "2030-11-24T07:00:00.000Z",
    to: "2030-11-24T12:00:00.000Z",
    messages: 4,
    tokens: { input: 4600, output: 2850, cache_creation: 4000, cache_read: 34000, total: 45450 },
    by_model: [
      { model: "claude-sonnet-4-5-20250929", messages: 2, total: 25300 },
      { model: "claude-opus-4-5-20251101", messages: 1, total: 15000 },
      { model: "claude-haiku-4-5-20251001", messages: 1, total: 5150 },
    ],
    by_project: [
      { project: "api-server", path: "/Users/ada/src/api-server", total: 40950, share: 0.901 },
      { project: "web", path: "/Users/ada/src/web", total: 4500, share: 0.099 },
    ],
    files: 3,
    skipped_lines: 1,
    scanned_bytes: 3585,
  });
});

test("spans are judged on instants: the same totals in Los Angeles and Tokyo, boundaries inclusive", async () => {
  // msg_w1 (200 tokens) is at 2030-11-17T08:00Z: 17:00 in Tokyo, midnight in Los Angeles. A span from
  // 1 ms later excludes it in every zone; one from its instant, written in either zone's offset, includes it.
  const args = (from: string) => ["--logs", LOGS, "--from", from, "--to", "2030-11-24T12:00:00Z", "--json"];
  const totals = await Promise.all(
    ["America/Los_Angeles", "Asia/Tokyo"].flatMap((TZ) => [
      cli(args("2030-11-17T08:00:00.001Z"), { TZ }),
      cli(args("2030-11-17T08:00:00Z"), { TZ }),
      cli(args(TZ === "Asia/Tokyo" ? "2030-11-17T17:00:00+09:00" : "2030-11-17T00:00:00-08:00"), { TZ }),
    ]),
  );
  expect(totals.map((r) => JSON.parse(r.stdout).tokens.total)).toEqual([45450, 45650, 45650, 45450, 45650, 45650]);
});

test("default spans: an object keyed by span, the last 5 h and 7 d without a recorded reading", async () => {
  const r = await cli(["--now", "2030-11-24T12:00:00Z", "--json"], { CLAUDE_CONFIG_DIR: LOGS });
  const doc = JSON.parse(r.stdout);
  expect(Object.keys(doc)).toEqual(["five_hour", "seven_day"]);
  expect([doc.five_hour.from, doc.five_hour.tokens.total]).toEqual(["2030-11-24T07:00:00.000Z", 45450]);
  expect([doc.seven_day.from, doc.seven_day.tokens.total]).toEqual(["2030-11-17T12:00:00.000Z", 45450]);
});

test("default spans follow the last recorded reading; the table says what the logs cannot see", async () => {
  const home = mkdtempSync(join(tmpdir(), "cpm-home-"));
  const state = join(home, "state", "claude-plan-meter");
  mkdirSync(state, { recursive: true });
  const reading = (resetsAt: string) => [
    { at: Date.parse("2030-11-24T11:59:00Z"), percent: 40, resetsAt: Date.parse(resetsAt) },
  ];
  const history = {
    "org:x|five_hour": reading("2030-11-24T15:00:00Z"),
    "org:x|seven_day": reading("2030-11-30T11:00:00Z"),
  };
  writeFileSync(join(state, "state.json"), JSON.stringify({ history: JSON.stringify(history) }));
  const r = await cli(["--now", "2030-11-24T12:00:00Z"], {
    CLAUDE_CONFIG_DIR: LOGS,
    HOME: home,
    XDG_STATE_HOME: join(home, "state"),
  });
  expect(r.code).toBe(0);
  const lines = r.stdout.split("\n");
  // 5-hour window from 10:00: msg_01 at 09:00 is out (15 000), 45 450 − 15 000 = 30 450.
  expect(lines[0]).toBe("5-hour window: Sun 24 Nov, 10:00 → Sun 24 Nov, 12:00");
  expect(lines[1]).toBe(
    "  30.5 k tokens in 3 messages: input 3.4 k · output 2.1 k · cache write 1 k · cache read 24 k",
  );
  expect(lines).toContain("7-day window: Sat 23 Nov, 11:00 → Sun 24 Nov, 12:00");
  expect(r.stdout).toContain("    api-server   26 k  85%  /Users/ada/src/api-server");
  expect(r.stdout).toContain("3 log files · 1 unreadable line");
  expect(r.stdout).toContain("not claude.ai in a browser, not other machines");
});

test("logs folders that are not there: zeros, and a line on stderr saying where nothing was found", async () => {
  const typo = join(mkdtempSync(join(tmpdir(), "cpm-typo-")), "claude");
  const r = await cli(["--logs", typo, "--json"]);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).seven_day.files).toBe(0);
  expect(r.stderr).toBe(`claude-plan-meter: no Claude Code logs: ${join(typo, "projects")} does not exist\n`);
  // A folder that is there but holds no logs yet is a quiet week, not a mistake.
  mkdirSync(join(typo, "projects"), { recursive: true });
  expect((await cli(["--logs", typo, "--json"])).stderr).toBe("");
  // No Claude Code on this machine at all: both default folders are named.
  const bare = await cli([], { CLAUDE_CONFIG_DIR: "" });
  expect(bare.stderr).toMatch(
    /^claude-plan-meter: no Claude Code logs: \S+\/\.claude\/projects and \S+\/\.config\/claude\/projects do not exist\n$/,
  );
});

test("bad arguments are a usage error", async () => {
  expect((await cli(["--from", "soon"])).code).toBe(64);
  expect((await cli(["--to", "2030-11-24T12:00:00Z"])).code).toBe(64);
  const help = await cli(["--help"]);
  expect(help.stdout).toContain("Usage: claude-plan-meter ledger");
});

describe("npm start: the local ledger under each window", () => {
  const start = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    cli(["--file", fixturePath("usage-limits-spend.json"), "--now", "2030-11-24T12:00:00Z", ...args], env, []);

  test("--file with --logs: an indented line under each window the logs can speak for, the table unchanged", async () => {
    const [withLogs, without] = await Promise.all([start(["--logs", LOGS]), start([], { CLAUDE_CONFIG_DIR: LOGS })]);
    const local = withLogs.stdout.split("\n");
    // Without --logs a --file run reads no logs, even with $CLAUDE_CONFIG_DIR set.
    expect(local.filter((l) => !l.startsWith("      ")).slice(0, 7)).toEqual(without.stdout.split("\n").slice(0, 7));
    expect(without.stdout).not.toContain("Claude Code:");
    const seven = local.findIndex((l) => /^ {2}7-day {2}/.test(l));
    expect(local[seven + 1]).toBe("      this machine's Claude Code: 45.5 k tokens — api-server 90%, web 10%");
    const opus = local.findIndex((l) => l.startsWith("  7-day Opus"));
    expect(local[opus + 1]).toBe("      this machine's Claude Code: 15 k tokens — api-server 100%");
    expect(withLogs.stdout).toContain("not claude.ai in a browser, not other machines");
  });

  test("--json: local on each window, null where the logs cannot speak or were not read", async () => {
    const [withLogs, without] = await Promise.all([start(["--json", "--logs", LOGS]), start(["--json"])]);
    const windows = JSON.parse(withLogs.stdout).accounts[0].windows;
    const seven = windows.find((w: { key: string }) => w.key === "seven_day");
    expect(seven.local).toMatchObject({
      from: "2030-11-22T06:00:00.000Z",
      to: "2030-11-24T12:00:00.000Z",
      messages: 4,
      tokens: { total: 45450 },
    });
    const opus = windows.find((w: { key: string }) => w.key === "seven_day_opus");
    expect(opus.local.by_model).toEqual([{ model: "claude-opus-4-5-20251101", messages: 1, total: 15000 }]);
    for (const w of JSON.parse(without.stdout).accounts[0].windows) expect(w.local).toBeNull();
  });
});
