/**
 * `claude-plan-meter statusline` end to end: the bin bundle, freshly built from the sources, run by
 * plain node as Claude Code runs it, stdin piped, HOME and the state dir in a temporary directory, the live sources fakes on
 * loopback. Time budgets here are generous bounds, not performance targets (those are in the bench).
 */
import { execFile, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import { join, resolve } from "node:path";
import { CLI } from "../../src/build/bundles";
import { freshScript } from "../bundles";
import { fixturePath } from "../fixtures";
import { USAGE_PATH } from "../../src/sources/oauth-http";
import { startFixtureAnthropic, type FakeAnthropic } from "../sources/fake-anthropic";
import { makeTempHome, type TempHome } from "../sources/temp-home";

const STDIN = readFileSync(fixturePath("claude-code-statusline-stdin.json"), "utf8");
const OFFLINE = ["--no-bridge", "--no-oauth"];
const AT = (iso: string) => ["--now", iso];
const T0 = "2030-11-24T12:00:00Z";

const ROOT = resolve(__dirname, "../..");
const bin = freshScript(CLI);
let home: TempHome;
let baseEnv: NodeJS.ProcessEnv;

beforeEach(() => {
  home = makeTempHome();
  baseEnv = {
    PATH: process.env.PATH,
    HOME: home.dir,
    XDG_STATE_HOME: join(home.dir, "state"),
    TZ: "UTC",
    NO_COLOR: "1",
  };
});
afterEach(() => home.remove());

const stateDir = () => join(home.dir, "state", "claude-plan-meter");
const lastReadings = () => JSON.parse(readFileSync(join(stateDir(), "last-readings.json"), "utf8"));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * Runs the bundle with `stdin` piped and closed (null: stdin left as an open, silent pipe; parts: each
 * written PART_PAUSE_MS after the one before, well within the line's stdin budget of 250 ms).
 */
function statusline(args: string[], stdin: string | string[] | null = "", env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, "statusline", ...args], { cwd: ROOT, env: { ...baseEnv, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => done({ code, stdout, stderr, ms: Date.now() - started }));
    if (stdin === null) return;
    const parts = typeof stdin === "string" ? [stdin] : [...stdin];
    const writeNext = () => {
      child.stdin.write(parts.shift() ?? "");
      if (parts.length > 0) setTimeout(writeNext, PART_PAUSE_MS);
      else child.stdin.end();
    };
    writeNext();
  });
}
const PART_PAUSE_MS = 60;

/** Exactly one line on stdout, exit 0, nothing on stderr: what Claude Code needs. */
function oneLine(run: Run): string {
  expect(run.code).toBe(0);
  expect(run.stderr).toBe("");
  expect(run.stdout.endsWith("\n")).toBe(true);
  const lines = run.stdout.slice(0, -1).split("\n");
  expect(lines).toHaveLength(1);
  return lines[0];
}

/** Whether a live process's command line holds `needle` (Linux's /proc; where there is none, assumed gone). */
function processRunning(needle: string): boolean {
  if (!existsSync("/proc")) return false;
  return readdirSync("/proc").some((pid) => {
    try {
      return /^\d+$/.test(pid) && readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(needle);
    } catch {
      return false; // gone between the listing and the read
    }
  });
}

async function waitFor(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("stdin", () => {
  test("rate_limits: the two windows, recorded as the status line's reading", async () => {
    const line = oneLine(await statusline([...OFFLINE, ...AT(T0)], STDIN));
    expect(line).toBe("7d 78% ↻ 6d 18h · 5h 42% ↻ 2d 5h");
    const file = lastReadings();
    expect(file.readings).toHaveLength(1);
    expect(file.readings[0]).toMatchObject({
      source: "statusline",
      source_label: "Claude Code status line",
      org_uuid: null,
    });
  });

  test("no rate_limits: the recorded readings, and nothing recorded", async () => {
    await statusline([...OFFLINE, ...AT(T0)], STDIN);
    const before = readFileSync(join(stateDir(), "last-readings.json"), "utf8");
    const { rate_limits: _dropped, ...rest } = JSON.parse(STDIN); // eslint-disable-line @typescript-eslint/no-unused-vars
    const line = oneLine(await statusline([...OFFLINE, ...AT("2030-11-24T12:01:00Z")], JSON.stringify(rest)));
    expect(line).toBe("7d 78% ↻ 6d 17h · 5h 42% ↻ 2d 5h");
    expect(readFileSync(join(stateDir(), "last-readings.json"), "utf8")).toBe(before);
  });

  test.each([
    ["empty", ""],
    ["garbage", "\u0000\u00ff not json at all {{{"],
    ["partial", STDIN.slice(0, STDIN.length / 2)],
    ["a JSON array", "[1, 2]"],
    ["rate_limits of the wrong shape", '{"rate_limits": {"five_hour": {"used_percentage": "42%"}}}'],
  ])("%s stdin with nothing recorded: a short no-data line, exit 0", async (_name, text) => {
    expect(oneLine(await statusline(OFFLINE, text))).toBe("no data — no source enabled");
  });

  test("one bad window loses only itself", async () => {
    const text = JSON.stringify({
      rate_limits: { five_hour: { used_percentage: 42, resets_at: 1921942920 }, seven_day: { used_percentage: -1 } },
    });
    expect(oneLine(await statusline([...OFFLINE, ...AT(T0)], text))).toBe("5h 42% ↻ 2d 5h");
  });

  test("a stdin pipe that is never closed does not block the line", async () => {
    const run = await statusline([...OFFLINE, ...AT(T0)], null);
    expect(oneLine(run)).toBe("no data — no source enabled");
    expect(run.ms).toBeLessThan(5_000);
  });

  test("a document whose writer is slow: the part written later is read too", async () => {
    const half = STDIN.length / 2;
    const line = oneLine(await statusline([...OFFLINE, ...AT(T0)], [STDIN.slice(0, half), STDIN.slice(half)]));
    expect(line).toBe("7d 78% ↻ 6d 18h · 5h 42% ↻ 2d 5h");
  });

  test("a document read in many chunks", async () => {
    const big = JSON.stringify({ padding: "x".repeat(200_000), ...JSON.parse(STDIN) });
    expect(oneLine(await statusline([...OFFLINE, ...AT(T0)], big))).toBe("7d 78% ↻ 6d 18h · 5h 42% ↻ 2d 5h");
  });

  // Node warns on stderr about process.binding under --pending-deprecation: the pipe goes through process.stdin.
  describe("through process.stdin (--pending-deprecation)", () => {
    const pending = { NODE_OPTIONS: "--pending-deprecation" };

    test("the same line, nothing on stderr", async () => {
      expect(oneLine(await statusline([...OFFLINE, ...AT(T0)], STDIN, pending))).toBe(
        "7d 78% ↻ 6d 18h · 5h 42% ↻ 2d 5h",
      );
    });

    test("a pipe that is never closed does not block the line", async () => {
      const run = await statusline([...OFFLINE, ...AT(T0)], null, pending);
      expect(oneLine(run)).toBe("no data — no source enabled");
      expect(run.ms).toBeLessThan(5_000);
    });
  });
});

describe("--file", () => {
  test.each([
    ["usage-limits-spend.json", "Fable 84% ↻ 4d 18h · 5h 27% ↻ 6h 42m"],
    ["usage-oauth-percent.json", "Opus 91% ↻ 3d 21h · 5h 42% ↻ 6h 42m"],
    ["usage-claudeai-small-values.json", "7d 78% ↻ 4d 18h · 5h <1% ↻ 6h 42m"],
    ["usage-new-window.json", "5h 100% ↻ 5m · at limit"],
    // Fetched in 2026: stale as of T0.
    ["bridge-post.json", "Opus 91% ↻ 3d 21h · 5h 42% ↻ 6h 42m · ⌛ 1461 d ago"],
  ])("%s", async (name, expected) => {
    const line = oneLine(await statusline(["--file", fixturePath(name), ...AT(T0)], STDIN));
    expect(line).toBe(expected);
    // --file reads that file and nothing else: stdin is not recorded.
    expect(existsSync(join(stateDir(), "last-readings.json"))).toBe(false);
  });

  test("a bad file: its reason as the line, exit 0", async () => {
    const bad = join(home.dir, "bad.json");
    writeFileSync(bad, "{ nope");
    expect(oneLine(await statusline(["--file", bad]))).toMatch(/^claude-plan-meter: .*bad\.json: not valid JSON/);
  });
});

test("stale: the mark and the age once the newest reading is older than the stale limit", async () => {
  await statusline([...OFFLINE, ...AT(T0)], STDIN);
  const fresh = oneLine(await statusline([...OFFLINE, ...AT("2030-11-24T12:09:00Z")]));
  expect(fresh).not.toContain("⌛");
  const stale = oneLine(await statusline([...OFFLINE, ...AT("2030-11-24T12:30:00Z")]));
  expect(stale).toBe("7d 78% ↻ 6d 17h · 5h 42% ↻ 2d 4h · ⌛ 30 min ago");
  expect(oneLine(await statusline([...OFFLINE, ...AT("2030-11-24T12:30:00Z"), "--stale-after", "60"]))).not.toContain(
    "⌛",
  );
});

test("colours by severity unless NO_COLOR", async () => {
  const file = ["--file", fixturePath("usage-limits-spend.json"), ...AT(T0)];
  const coloured = oneLine(await statusline(file, "", { NO_COLOR: "" }));
  expect(coloured).toContain("Fable \u001b[33m84%\u001b[0m"); // warning: amber
  expect(coloured).toContain("5h \u001b[32m27%\u001b[0m"); // ok: green
  const critical = oneLine(
    await statusline(["--file", fixturePath("usage-new-window.json"), ...AT(T0)], "", { NO_COLOR: "" }),
  );
  expect(critical).toContain("\u001b[31mat limit\u001b[0m");
  expect(oneLine(await statusline(file, "", { NO_COLOR: "1" }))).not.toContain("\u001b");
});

describe("--format", () => {
  test("named fields, empty parts dropped", async () => {
    const format = "{model} · {five_hour_percent}/{seven_day_percent} · {forecast} · {account}";
    const line = oneLine(await statusline([...OFFLINE, ...AT(T0), "--format", format], STDIN));
    expect(line).toBe("Opus 4.5 · 42%/78% · Claude account");
  });

  test("an unknown field is named, as the line, exit 0", async () => {
    const line = oneLine(await statusline([...OFFLINE, "--format", "{five_hour} {nope}"]));
    expect(line).toBe("claude-plan-meter: --format: unknown field {nope} (see --help)");
  });

  test("--help documents every field", async () => {
    const run = await statusline(["--help"]);
    expect(run.code).toBe(0);
    for (const field of ["{binding}", "{five_hour_reset}", "{forecast}", "{stale}", "{model}"]) {
      expect(run.stdout).toContain(field);
    }
  });
});

test("--print-setting: the statusLine entry with absolute node and bundle", async () => {
  const run = await statusline(["--print-setting"]);
  expect(run.code).toBe(0);
  expect(JSON.parse(run.stdout)).toEqual({
    statusLine: { type: "command", command: `${process.execPath} ${bin} statusline`, padding: 0 },
  });
});

describe("live sources, never waited on", () => {
  let fake: FakeAnthropic;
  beforeEach(async () => {
    fake = await startFixtureAnthropic();
  });
  afterEach(() => fake.close());

  test("a background refresh records the OAuth reading; the stdin reading joins Claude Code's account; npm start sees it with no request", async () => {
    const env = { CLAUDE_PLAN_METER_OAUTH_BASE_URL: fake.baseUrl };
    const first = oneLine(await statusline(["--no-bridge"], STDIN, env));
    expect(first).toMatch(/^7d 78% ↻ [^·]+ · 5h 42% ↻ /);
    await waitFor(() => existsSync(join(stateDir(), "last-readings.json")) && lastReadings().readings.length === 2);
    await waitFor(() => !existsSync(join(stateDir(), "refresh.lock")));
    expect(fake.count(USAGE_PATH)).toBe(1);

    // The OAuth reading named the account: the next stdin reading is filed under it and merged.
    const second = oneLine(await statusline(["--no-bridge"], STDIN, env));
    expect(second).toMatch(/^Opus 91% ↻ [^·]+ · 5h 42% ↻ /);
    const sources = lastReadings().readings.map((r: { source: string; org_uuid: string | null }) => [
      r.source,
      r.org_uuid,
    ]);
    expect(sources).toEqual([
      ["statusline", "0b8e7d1c-0000-4000-8000-00000000b001"],
      ["oauth", "0b8e7d1c-0000-4000-8000-00000000b001"],
    ]);

    // The terminal view reads the recorded reading; its OAuth reading is a minute fresh: no request.
    const report = await new Promise<string>((done, fail) =>
      execFile(
        process.execPath,
        [bin, "--json", "--no-bridge", "--no-alerts"],
        { cwd: ROOT, env: { ...baseEnv, ...env } },
        (error, stdout) => (error ? fail(error) : done(stdout)),
      ),
    );
    const [account, ...others] = JSON.parse(report).accounts;
    expect(others).toEqual([]);
    expect(account.org_uuid).toBe("0b8e7d1c-0000-4000-8000-00000000b001");
    expect(account.sources.map((s: { source: string }) => s.source).sort()).toEqual([
      "Claude Code",
      "Claude Code status line",
    ]);
    const window = (key: string) => account.windows.find((w: { key: string }) => w.key === key);
    expect(window("five_hour")).toMatchObject({ percent: 42, source: "Claude Code status line" });
    expect(window("seven_day_opus")).toMatchObject({ percent: 91, source: "Claude Code" });
    expect(fake.count(USAGE_PATH)).toBe(1);
  }, 60_000);

  test("npm start -- --json shows a recorded rate_limits reading with no source of its own", async () => {
    await statusline([...OFFLINE, ...AT(T0)], STDIN);
    const report = await new Promise<string>((done, fail) =>
      execFile(
        process.execPath,
        [bin, "--json", ...OFFLINE, ...AT(T0)],
        { cwd: ROOT, env: { ...baseEnv, CLAUDE_PLAN_METER_OAUTH_BASE_URL: fake.baseUrl } },
        (error, stdout) => (error ? fail(error) : done(stdout)),
      ),
    );
    const { accounts } = JSON.parse(report);
    expect(accounts).toHaveLength(1);
    expect(accounts[0]).toMatchObject({ source: "Claude Code status line", fetched_at: "2030-11-24T12:00:00.000Z" });
    expect(accounts[0].windows.map((w: { key: string; percent: number }) => [w.key, w.percent])).toEqual([
      ["seven_day", 78],
      ["five_hour", 42],
    ]);
    expect(fake.requests).toEqual([]);
  }, 60_000);
});

describe("a bridge that accepts connections and never answers", () => {
  let server: Server;
  let sockets: Socket[];
  beforeEach(async () => {
    sockets = [];
    server = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  });
  afterEach(async () => {
    const { port } = server.address() as { port: number };
    for (const s of sockets) s.destroy();
    await new Promise((r) => server.close(r));
    // The detached refresh ends once its socket closes and writes its state as it goes: the home is
    // removed only after it is gone.
    await waitFor(() => !processRunning(`127.0.0.1:${port}`));
  });

  test("does not slow the line; one refresh at a time waits on it in the background", async () => {
    const { port } = server.address() as { port: number };
    const args = ["--bridge", `http://127.0.0.1:${port}`, "--no-oauth"];
    const first = await statusline(args, STDIN);
    expect(oneLine(first)).toMatch(/^7d 78% .* · 5h 42% /);
    // The bridge's own timeout is 3 s: a line that waited on it could not come back within this budget.
    expect(first.ms).toBeLessThan(2_500);
    await waitFor(() => sockets.length === 1, 10_000); // the background refresh is stuck on the bridge
    expect(existsSync(join(stateDir(), "refresh.lock"))).toBe(true);

    const second = await statusline(args, STDIN);
    expect(oneLine(second)).toMatch(/^7d 78% /);
    expect(second.ms).toBeLessThan(2_500);
    await new Promise((r) => setTimeout(r, 500));
    expect(sockets).toHaveLength(1); // the lock held: no second refresh
  }, 60_000);
});
