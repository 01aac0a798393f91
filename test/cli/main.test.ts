import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { CLI } from "../../src/build/bundles";
import { closeAll, postJson, testBridge, wireSnapshot } from "../bridge/harness";
import { freshScript } from "../bundles";
import { fixture, fixturePath } from "../fixtures";

const ROOT = resolve(__dirname, "../..");
const run = promisify(execFile);

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [freshScript(CLI), ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: "1", HOME: mkdtempSync(join(tmpdir(), "cpm-home-")), ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const scratch = mkdtempSync(join(tmpdir(), "cpm-cli-"));
const write = (name: string, text: string) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};

jest.setTimeout(30_000);

test("table: every window most pressing first, resets, extra usage, source", async () => {
  const r = await cli(["--file", fixturePath("usage-limits-spend.json"), "--now", "2030-11-24T12:00:00Z"]);
  expect(r.code).toBe(0);
  const lines = r.stdout.trimEnd().split("\n");
  expect(lines[0]).toBe("Claude account");
  expect(lines[1]).toBe("  via file usage-limits-spend.json");
  expect(lines[2]).toMatch(/^ {2}7-day Fable +84% +█+░+ {2}resets in 4d 18h \(Fri 29 Nov, 06:00\) {2}◀ binding$/);
  expect(lines.slice(3, 6).map((l) => l.trim().split(/\s{2,}/)[0])).toEqual(["7-day", "5-hour", "7-day Opus"]);
  expect(lines[6]).toBe("  Extra usage: €534.11 of €550.00 · 97% · disabled · Out of credits");
});

test("--json: one document, reproducible with --now", async () => {
  const args = ["--json", "--file", fixturePath("bridge-post.json"), "--now", "2026-11-24T12:00:00Z"];
  const [a, b] = await Promise.all([cli(args), cli(args)]);
  expect(a.code).toBe(0);
  expect(a.stdout).toBe(b.stdout);
  const doc = JSON.parse(a.stdout);
  expect(doc.accounts).toHaveLength(2);
  expect(doc.accounts[0]).toMatchObject({
    account_email: "ada@example.com",
    source: "file bridge-post.json",
    stale: false,
  });
  expect(doc.accounts[1].sources[0]).toMatchObject({ status: "error", errors: ["overage: 404 Not Found"] });
});

test("reset_pending and not_started states with --now", async () => {
  const path = write(
    "states.json",
    JSON.stringify({
      five_hour: { utilization: 88, resets_at: "2026-11-24T11:48:00Z" },
      seven_day: { utilization: 0, resets_at: null },
    }),
  );
  const r = await cli(["--file", path, "--now", "2026-11-24T12:00:00Z"]);
  expect(r.stdout).toContain("reset 12 min ago · refreshing");
  expect(r.stdout).toContain("not started");
  const doc = JSON.parse((await cli(["--json", "--file", path, "--now", "2026-11-24T12:00:00Z"])).stdout);
  expect(doc.accounts[0].windows.map((w: { state: string }) => w.state)).toEqual(["reset_pending", "not_started"]);
});

test.each([
  ["not JSON", "{ five_hour: ", /not valid JSON/],
  ["a JSON string", '"hello"', /expected an object, got string/],
  ["a bad snapshot array", '[{"org_uuid": 5}]', /snapshot \[0\]\.org_uuid/],
])("a file that is %s: one line on stderr, non-zero, no stack trace", async (_name, text, message) => {
  const r = await cli(["--json", "--file", write(`bad-${_name}.json`, text)]);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe("");
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
});

test("a missing file: one line naming the file, exit 1", async () => {
  const r = await cli(["--file", join(scratch, "nope.json")]);
  expect(r.code).toBe(1);
  expect(r.stderr).toBe(`claude-plan-meter: ${join(scratch, "nope.json")}: no such file\n`);
});

test("every source switched off: exit 2, and the way to turn them back on", async () => {
  const r = await cli(["--no-bridge", "--no-oauth"]);
  expect(r.code).toBe(2);
  expect(r.stderr).toBe(
    [
      "No usage data available.",
      "  • drop --no-bridge and --no-oauth, which switched sources off, or",
      "  • pass --file PATH with a saved usage payload.",
      "",
    ].join("\n"),
  );
});

test.each([
  [["--now", "yesterday"], /--now: not an ISO-8601 instant/],
  [["--stale-after", "0"], /--stale-after: expected a positive number/],
  [["--bogus"], /Unknown option '--bogus'/],
  [["stray"], /Unexpected argument 'stray'/],
])("bad options %j: one line ending with see --help, exit 64", async (args, message) => {
  const r = await cli(args);
  expect(r.code).toBe(64);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(message);
  expect(r.stderr).toMatch(/^claude-plan-meter: [^\n]* — see --help\n$/);
});

test("--help prints the options and the exit statuses", async () => {
  const r = await cli(["--help"]);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^Usage: claude-plan-meter \[options\]/);
  expect(r.stdout).toMatch(/--file PATH/);
  const statuses = r.stdout.slice(r.stdout.indexOf("Exit status:")).split("\n").slice(1);
  expect(statuses.map((l) => l.trim().split(/\s+/)[0])).toEqual(["0", "1", "2", "64", ""]);
});

describe("--bridge", () => {
  afterAll(closeAll);

  test("--json --no-oauth reads a running bridge, each account marked with its browser", async () => {
    const bridge = await testBridge();
    await postJson(bridge.port, fixture("bridge-post.json"));
    const r = await cli(["--json", "--no-oauth", "--bridge", bridge.url, "--now", "2026-11-24T12:00:00Z"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.source_errors).toEqual([]);
    expect(doc.accounts.map((a: { org_uuid: string; source: string }) => [a.org_uuid, a.source])).toEqual([
      ["0b8e7d1c-0000-4000-8000-00000000b001", "Browser bridge"],
      ["0b8e7d1c-0000-4000-8000-00000000b002", "Browser bridge"],
    ]);
    expect(doc.accounts[0].windows[0]).toMatchObject({ key: "seven_day_opus", percent: 91, source: "Browser bridge" });
  });

  test("the bridge's history feeds the forecast from the first launch", async () => {
    const bridge = await testBridge();
    const org = "0b8e7d1c-0000-4000-8000-00000000d001";
    for (const [minute, percent] of [
      [30, 10],
      [40, 20],
      [50, 30],
      [60, 40],
    ]) {
      const fetchedAt = new Date(Date.parse("2026-11-24T11:00:00Z") + minute * 60_000).toISOString();
      expect((await postJson(bridge.port, [wireSnapshot(org, fetchedAt, percent)])).status).toBe(200);
    }
    const r = await cli(["--json", "--no-oauth", "--bridge", bridge.url, "--now", "2026-11-24T12:00:00Z"]);
    expect(r.code).toBe(0);
    // 10 → 40 % in 30 minutes: 60 %/h, 100 % an hour after the 40 % reading.
    expect(JSON.parse(r.stdout).accounts[0].windows[0]).toMatchObject({
      key: "five_hour",
      forecast: { verdict: "hits_limit", rate_per_hour: 60, limit_at: "2026-11-24T13:00:00.000Z" },
    });
  });

  test("a bridge that is down: the reason and what to do, exit 2", async () => {
    const bridge = await testBridge();
    await bridge.close();
    const r = await cli(["--no-oauth", "--bridge", bridge.url]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `! Browser companion: bridge not running on 127.0.0.1:${bridge.port} — start it / load the companion`,
    );
  });

  test("a first run, neither source set up: the steps for both, exit 2", async () => {
    const bridge = await testBridge();
    await bridge.close();
    const r = await cli(["--bridge", bridge.url], { CLAUDE_CONFIG_DIR: mkdtempSync(join(tmpdir(), "cpm-no-login-")) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^No usage data available\.\n {2}• log in to Claude Code \(run `claude`\)/m);
    expect(r.stderr).toMatch(/^ {2}• connect the browser companion: in Raycast run “Install Browser Companion”/m);
    expect(r.stderr).toMatch(/ {2}• pass --file PATH with a saved usage payload\.\n$/);
  });
});

test("--file: a single reading has no forecast, and nothing is recorded or alerted", async () => {
  const stateDir = mkdtempSync(join(tmpdir(), "cpm-state-"));
  const r = await cli(["--json", "--file", fixturePath("usage-oauth-percent.json"), "--now", "2026-11-24T12:00:00Z"], {
    XDG_STATE_HOME: stateDir,
  });
  expect(r.code).toBe(0);
  expect(r.stderr).toBe(""); // 91 % would alert on a live run
  const windows = JSON.parse(r.stdout).accounts[0].windows;
  expect(windows[0].key).toBe("seven_day_opus");
  for (const w of windows) {
    expect(w.forecast).toEqual({ verdict: "insufficient_data", rate_per_hour: null, limit_at: null });
  }
  // No reading, history or backoff: the only thing written is the bin's code cache (src/cli/bundle-loader.ts).
  expect(readdirSync(join(stateDir, "claude-plan-meter"))).toEqual(["code-cache"]);
});
