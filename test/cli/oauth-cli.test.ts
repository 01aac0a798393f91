/** The command line (its fresh bundle, as the bin runs it) end to end against the fake api.anthropic.com, HOME in a temp dir. */
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { CLI } from "../../src/build/bundles";
import { USAGE_PATH } from "../../src/sources/oauth-http";
import { freshScript } from "../bundles";
import { startFixtureAnthropic, type FakeAnthropic } from "../sources/fake-anthropic";
import { FAKE_ACCESS_TOKEN, FAKE_REFRESH_TOKEN, makeTempHome, type TempHome } from "../sources/temp-home";

const ROOT = resolve(__dirname, "../..");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [freshScript(CLI), ...args],
      { cwd: ROOT, env, timeout: 30_000 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let fake: FakeAnthropic;
let home: TempHome;
let env: NodeJS.ProcessEnv;

beforeEach(async () => {
  fake = await startFixtureAnthropic();
  home = makeTempHome();
  env = {
    PATH: process.env.PATH,
    HOME: home.dir,
    XDG_STATE_HOME: join(home.dir, "state"),
    TZ: "UTC",
    CLAUDE_PLAN_METER_OAUTH_BASE_URL: fake.baseUrl,
  };
});

afterEach(async () => {
  await fake.close();
  home.remove();
});

const statePath = () => join(home.dir, "state", "claude-plan-meter", "state.json");

test("npm start -- --json reads Claude Code's credentials and the fake endpoint", async () => {
  const run = await cli(["--json", "--no-bridge"], env);
  // The 91 % window has crossed 80 %: one alert line on stderr, stdout stays the JSON.
  expect(run.stderr).toMatch(/^alert: Claude 7-day Opus is at 91% — resets in \d+d(?: \d+h)?\n$/);
  expect(run.code).toBe(0);
  const report = JSON.parse(run.stdout);
  expect(report.source_errors).toEqual([]);
  expect(report.accounts).toHaveLength(1);
  expect(report.accounts[0]).toMatchObject({
    account_email: "ada@example.com",
    org_uuid: "0b8e7d1c-0000-4000-8000-00000000b001",
    source: "Claude Code",
    stale: false,
    sources: [{ source: "Claude Code", kind: "oauth", status: "ok", errors: [] }],
  });
  expect(report.accounts[0].windows[0]).toMatchObject({ key: "seven_day_opus", percent: 91, source: "Claude Code" });

  // A second launch within the minute reuses the stored reading: no new request.
  const again = await cli(["--no-bridge"], env);
  expect(again.code).toBe(0);
  expect(again.stderr).toBe(""); // the alert is not repeated
  expect(again.stdout).toContain("ada@example.com · Ada's Individual Org");
  expect(fake.count(USAGE_PATH)).toBe(1);

  for (const text of [run.stdout, again.stdout, readFileSync(statePath(), "utf8")]) {
    expect(text).not.toContain(FAKE_ACCESS_TOKEN);
    expect(text).not.toContain(FAKE_REFRESH_TOKEN);
  }
}, 60_000);

test("rate limited with nothing stored: exit 2 and when the next try is; --no-oauth asks nothing", async () => {
  fake.answer(USAGE_PATH, { status: 429, headers: { "retry-after": "0" } });
  const run = await cli(["--no-bridge"], env);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(
    /^! Claude Code: rate limited by 127\.0\.0\.1:\d+ \(HTTP 429\); next try at \d\d:\d\d \(in 1m\)$/m,
  );
  const skipped = await cli(["--no-bridge", "--no-oauth", "--json"], env);
  expect(skipped.code).toBe(2);
  expect(fake.count(USAGE_PATH)).toBe(1);
  // Logged in but refused for now: no step tells this user to log in.
  expect(run.stderr).not.toMatch(/log in/);
  expect(run.stderr).toMatch(/^No usage data available\.\n {2}• drop --no-bridge, which switched sources off, or\n/m);
}, 60_000);

test("no credentials: log in with `claude`", async () => {
  home.remove();
  home = makeTempHome(null);
  const run = await cli(["--no-bridge"], { ...env, HOME: home.dir, XDG_STATE_HOME: join(home.dir, "state") });
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(
    "! Claude Code: No Claude Code login found in ~/.claude/.credentials.json: log in with `claude`",
  );
  expect(run.stderr).toMatch(/^ {2}• log in to Claude Code \(run `claude`\) so its OAuth token can be read, or$/m);
  expect(fake.requests).toHaveLength(0);
}, 60_000);

describe("history, forecast and alerts across launches", () => {
  const OPUS_KEY = "org:0b8e7d1c-0000-4000-8000-00000000b001|seven_day_opus";
  const OPUS_RESET = Date.parse("2030-11-28T09:15:00Z");
  const MIN = 60_000;
  let t0: number;

  /** Earlier launches' readings of the 91 % Opus window: 80, 84, 88 % ten minutes apart. */
  beforeEach(() => {
    t0 = Date.now();
    const samples = [80, 84, 88].map((percent, i) => ({ at: t0 - (30 - 10 * i) * MIN, percent, resetsAt: OPUS_RESET }));
    mkdirSync(dirname(statePath()), { recursive: true });
    writeFileSync(statePath(), JSON.stringify({ history: JSON.stringify({ [OPUS_KEY]: samples }) }));
  });

  const opus = (report: { accounts: { windows: { key: string }[] }[] }) =>
    report.accounts[0].windows.find((w) => w.key === "seven_day_opus") as unknown as {
      forecast: { verdict: string; rate_per_hour: number; limit_at: string };
    };

  test("the new reading joins the stored history; --json carries the forecast; the alert says when", async () => {
    const run = await cli(["--json", "--no-bridge"], env);
    expect(run.code).toBe(0);
    const { forecast } = opus(JSON.parse(run.stdout));
    expect(forecast.verdict).toBe("hits_limit");
    expect(forecast.rate_per_hour).toBeGreaterThan(20);
    expect(forecast.rate_per_hour).toBeLessThan(25);
    const limitIn = Date.parse(forecast.limit_at) - t0;
    expect(limitIn).toBeGreaterThan(20 * MIN);
    expect(limitIn).toBeLessThan(30 * MIN);
    expect(run.stderr).toMatch(/^alert: Claude 7-day Opus is at 91% — limit in ~2\dm, resets in \d+d(?: \d+h)?\n$/);
    // Windows without a history have no verdict yet.
    expect(JSON.parse(run.stdout).accounts[0].windows[1]).toMatchObject({
      key: "seven_day",
      forecast: { verdict: "insufficient_data", rate_per_hour: null, limit_at: null },
    });
    const stored = JSON.parse(JSON.parse(readFileSync(statePath(), "utf8")).history);
    expect(stored[OPUS_KEY].map((s: { percent: number }) => s.percent)).toEqual([80, 84, 88, 91]);

    const table = await cli(["--no-bridge"], env);
    expect(table.stdout).toMatch(/^ {2}7-day Opus +91% .* {2}limit ~2\dm {2}◀ binding$/m);
    expect(table.stderr).toBe("");
  }, 60_000);

  test("--now evaluates the forecast from the readings up to that instant", async () => {
    const now = new Date(t0 - 15 * MIN).toISOString();
    const run = await cli(["--json", "--no-bridge", "--no-alerts", "--now", now], env);
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout);
    expect(report.generated_at).toBe(now);
    // 80 → 84 % in ten minutes: 24 %/h, reaching 100 % forty minutes after the 84 % reading.
    expect(opus(report).forecast).toEqual({
      verdict: "hits_limit",
      rate_per_hour: 24,
      limit_at: new Date(t0 + 20 * MIN).toISOString(),
    });
  }, 60_000);
});
