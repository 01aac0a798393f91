/**
 * Malformed and hostile input at every boundary: the usage payload, the bridge snapshot array, Claude
 * Code's credentials file, the preferences and `npm start --file`. Each case must end in a clear error or a correct
 * rendering — never a crash, never prototype pollution, never a silently different number or time.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { CLI } from "../../src/build/bundles";
import { mergeSnapshots } from "../../src/core/merge";
import { parsePreferences, PreferencesError } from "../../src/core/preferences";
import { toJsonReport } from "../../src/core/report";
import { parseSnapshotArray, SnapshotShapeError, snapshotsFromDocument, type Snapshot } from "../../src/core/snapshot";
import { parseUsage, UsageShapeError, type ParsedUsage } from "../../src/core/usage";
import { buildView } from "../../src/core/view";
import { renderTable } from "../../src/cli/table";
import { CredentialsError, readClaudeCodeLogin, type ClaudeCodeLogin } from "../../src/sources/credentials";
import { MAX_FILE_BYTES } from "../../src/sources/file";
import { freshScript } from "../bundles";
import { fixture, NOW } from "../fixtures";
import { declaredDefaults } from "../raycast-api-double/preferences";
import { credentialsText, FAKE_ACCESS_TOKEN, FAKE_REFRESH_TOKEN, makeTempHome } from "../sources/temp-home";

const FUTURE = "2030-11-24T18:42:00Z";
const win = (utilization: unknown, resets_at: unknown = FUTURE) => ({ utilization, resets_at });
/** Anything a terminal would act on besides line breaks: C0/C1 controls (ESC, BEL, CR…) and bidi overrides. */
const unprintable = (text: string) => text.replace(/\n/g, "").match(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu) ?? [];

/** Parse → merge → view → both renderings, as every surface does; returns what a user would see. */
function render(snapshots: Snapshot[]) {
  const view = buildView(mergeSnapshots(snapshots, { now: NOW, staleAfterMs: 10 * 60_000 }), NOW);
  return { view, json: JSON.stringify(toJsonReport(view)), table: renderTable(view, []) };
}
const renderUsage = (raw: unknown) => render(snapshotsFromDocument(raw, "file hostile.json"));

const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort();
const cleanPrototype = prototypeNames();
afterEach(() => {
  // Prototype pollution would show up as a new member of Object.prototype (or on a fresh object).
  expect(prototypeNames()).toEqual(cleanPrototype);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

type UsageCheck = (parsed: ParsedUsage) => void;
const windowError = (window: string, message: RegExp): UsageCheck => {
  return (parsed) => {
    expect(parsed.errors).toContainEqual({ window, message: expect.stringMatching(message) });
    expect(parsed.windows.map((w) => w.key)).not.toContain(window);
    // The good window beside the bad one still renders.
    expect(parsed.windows.find((w) => w.key === "seven_day")?.percent).toBe(40);
  };
};

describe("usage payload: per-window problems stay per window", () => {
  const cases: Array<[string, Record<string, unknown>, UsageCheck]> = [
    ["utilization as a string", { five_hour: win("42") }, windowError("five_hour", /^utilization: .*number/)],
    ["NaN-like string", { five_hour: win("NaN") }, windowError("five_hour", /^utilization: /)],
    ["Infinity-like string", { five_hour: win("Infinity") }, windowError("five_hour", /^utilization: /)],
    ["utilization null", { five_hour: win(null) }, windowError("five_hour", /^utilization: /)],
    ["utilization missing", { five_hour: { resets_at: FUTURE } }, windowError("five_hour", /^utilization: /)],
    ["negative utilization", { five_hour: win(-5) }, windowError("five_hour", /^utilization: .*at least 0/)],
    ["tiny negative utilization", { five_hour: win(-0.001) }, windowError("five_hour", /^utilization: /)],
    ["utilization as a boolean", { five_hour: win(true) }, windowError("five_hour", /^utilization: /)],
    ["window as an array", { five_hour: [42, FUTURE] }, windowError("five_hour", /expected object/)],
    ["window as a string", { five_hour: "42%" }, windowError("five_hour", /expected object/)],
    ["unparseable resets_at", { five_hour: win(5, "soon") }, windowError("five_hour", /^resets_at: .*ISO-8601/)],
    ["resets_at on Feb 31", { five_hour: win(5, "2030-02-31T00:00:00Z") }, windowError("five_hour", /resets_at/)],
    ["resets_at at hour 25", { five_hour: win(5, "2030-02-03T25:00:00Z") }, windowError("five_hour", /resets_at/)],
    // Without an offset Date would read local time and shift the reset by the user's UTC offset.
    ["resets_at without offset", { five_hour: win(5, "2030-02-03T05:00:00") }, windowError("five_hour", /resets_at/)],
    ["resets_at as epoch seconds", { five_hour: win(5, 1900000000) }, windowError("five_hour", /resets_at/)],
    ["resets_at date only", { five_hour: win(5, "2030-02-03") }, windowError("five_hour", /resets_at/)],
  ];
  test.each(cases)("%s", (_name, payload, check) => {
    check(parseUsage({ ...payload, seven_day: win(40) }));
  });
});

describe("usage payload: odd but valid values render as sent", () => {
  test("over 100 % is critical and shown as is", () => {
    const { view, table } = renderUsage({ five_hour: win(250) });
    expect(view.binding).toMatchObject({ key: "five_hour", percent: 250, severity: "critical" });
    expect(table).toContain("250%");
  });

  test("a huge but finite number is critical, not an overflow", () => {
    const { view, json } = renderUsage({ five_hour: win(1e308) });
    expect(view.binding).toMatchObject({ percent: 1e308, severity: "critical" });
    expect(JSON.parse(json).accounts[0].windows[0].percent).toBe(1e308);
  });

  test("1e999 in the JSON text is Infinity, refused rather than shown", () => {
    const parsed = parseUsage(JSON.parse('{"five_hour":{"utilization":1e999,"resets_at":null}}'));
    expect(parsed.windows).toEqual([]);
    expect(parsed.errors[0]).toMatchObject({ window: "five_hour" });
  });

  test("a fraction of a percent is <1 %, never 0 % and never 100 %", () => {
    const { table, view } = renderUsage({ five_hour: win(0.5) });
    expect(view.binding?.severity).toBe("ok");
    expect(table).toMatch(/5-hour +<1%/);
  });

  test("a reset in the past says so, never the old percent as current", () => {
    const { view } = renderUsage({ five_hour: win(97, "2026-11-24T11:48:00Z") });
    const w = view.accounts[0].windows[0];
    expect(w).toMatchObject({ state: "reset_pending", resetLine: "reset 12 min ago · refreshing" });
    expect(view.binding).toBeNull();
  });

  test("a reset far in the future still counts down", () => {
    const { view } = renderUsage({ seven_day: win(10, "9999-12-31T23:59:59+00:00") });
    expect(view.accounts[0].windows[0]).toMatchObject({
      state: "active",
      resetLine: expect.stringMatching(/^resets in \d+d/),
    });
  });

  test("an offset other than UTC is honoured", () => {
    const parsed = parseUsage({ five_hour: win(5, "2030-02-03T10:30:00+05:30") });
    expect(parsed.windows[0].resetsAt?.toISOString()).toBe("2030-02-03T05:00:00.000Z");
  });

  test("10 000 windows all parse, sort and render", () => {
    const payload = Object.fromEntries(
      Array.from({ length: 10_000 }, (_, i) => [`seven_day_model_${i}`, win(i % 150, FUTURE)]),
    );
    const { view, table } = renderUsage(payload);
    expect(view.accounts[0].windows).toHaveLength(10_000);
    expect(view.binding?.percent).toBe(149);
    expect(table.split("\n").filter((l) => l.includes("7-day Model"))).toHaveLength(10_000);
  });

  test("10 000 limits[] entries collapse to one window per key", () => {
    const limits = Array.from({ length: 10_000 }, (_, i) => ({
      kind: "weekly_scoped",
      percent: i % 100,
      scope: { model: { display_name: `Model ${i % 10}` } },
    }));
    const parsed = parseUsage({ limits });
    expect(parsed.windows).toHaveLength(10);
    expect(parsed.windows.every((w) => w.percent >= 90)).toBe(true);
  });

  test("unicode labels are kept, humanised", () => {
    const parsed = parseUsage({ "seven_day_日本語_🔥": win(12), limits: [] });
    expect(parsed.windows[0]).toMatchObject({ label: "7-day 日本語 🔥", known: false, percent: 12 });
  });

  test("deep junk under an unknown key is ignored, the windows render", () => {
    let junk: unknown = { utilization_ish: 1 };
    for (let i = 0; i < 20; i += 1) junk = { a: [junk] };
    const parsed = parseUsage({ telemetry: junk, five_hour: win(33) });
    expect(parsed.windows.map((w) => [w.key, w.percent])).toEqual([["five_hour", 33]]);
    expect(parsed.errors).toEqual([]);
  });
});

describe("usage payload: hostile shapes", () => {
  test.each([
    ["an array", []],
    ["a string", "usage"],
    ["null", null],
    ["a number", 7],
  ])("a payload that is %s is a clear error", (_name, raw) => {
    expect(() => parseUsage(raw)).toThrow(UsageShapeError);
    expect(() => parseUsage(raw)).toThrow(/^usage payload: expected an object/);
  });

  test("100 000 levels of nesting are refused without overflowing the stack", () => {
    const text = `{"junk":${"[".repeat(100_000)}${"]".repeat(100_000)},"five_hour":{"utilization":3,"resets_at":null}}`;
    expect(() => parseUsage(JSON.parse(text))).toThrow(/^usage payload: nested deeper than 64 levels$/);
  });

  test("__proto__ and constructor keys are never windows and pollute nothing", () => {
    const raw = JSON.parse(
      '{"__proto__":{"utilization":99,"resets_at":null,"polluted":true},"constructor":{"utilization":98,"resets_at":null},"five_hour":{"utilization":7,"resets_at":null}}',
    );
    const parsed = parseUsage(raw);
    expect(parsed.windows.map((w) => w.key)).toEqual(["five_hour"]);
  });

  test.each(["__proto__", "constructor", "toString", "hasOwnProperty"])(
    "a limits[] kind named %s is a new window, not a crash",
    (kind) => {
      const parsed = parseUsage({ limits: [{ kind, percent: 50 }] });
      expect(parsed.errors).toEqual([]);
      expect(parsed.windows).toHaveLength(1);
      expect(parsed.windows[0]).toMatchObject({ percent: 50, known: false });
      expect(typeof parsed.windows[0].key).toBe("string");
    },
  );

  test("limits that is not an array is an error, the legacy windows still render", () => {
    const parsed = parseUsage({ limits: { kind: "session", percent: 10 }, seven_day: win(40) });
    expect(parsed.errors).toEqual([{ window: "limits", message: "limits: expected an array" }]);
    expect(parsed.windows.map((w) => w.key)).toEqual(["seven_day"]);
  });

  test("a negative limit percent is an error for that entry", () => {
    const parsed = parseUsage({ limits: [{ kind: "session", percent: -1 }], seven_day: win(40) });
    expect(parsed.errors).toEqual([{ window: "limits[0]", message: expect.stringMatching(/^percent: /) }]);
  });

  test("terminal control characters in a window key never reach the terminal", () => {
    const { table, view } = renderUsage({ "seven_day_\u001b]0;pwned\u0007_\u001b[2J": win(12) });
    expect(unprintable(table)).toEqual([]);
    expect(view.accounts[0].windows[0].label).toBe("7-day \uFFFD]0;pwned\uFFFD \uFFFD[2J");
  });

  test("bidi overrides in a model name are replaced, visibly", () => {
    const scope = { model: { display_name: "Fable\u202e001 ni steser" } };
    const { table } = renderUsage({ limits: [{ kind: "weekly_scoped", percent: 5, scope }] });
    expect(unprintable(table)).toEqual([]);
    expect(table).toContain("7-day Fable\uFFFD001 ni steser");
  });

  test("a malformed window key's error line is printable too", () => {
    const { table } = renderUsage({ "seven_day_\u001b[31mred": { utilization: "x" } });
    expect(table).toContain("! seven_day_\uFFFD[31mred: utilization:");
    expect(unprintable(table)).toEqual([]);
  });

  test.each([
    ["is_enabled as a string", { is_enabled: "yes" }, /^is_enabled: /],
    ["negative utilization", { is_enabled: true, utilization: -3 }, /^utilization: /],
    ["used_credits as a string", { is_enabled: true, used_credits: "12.34" }, /^used_credits: /],
  ])("extra_usage with %s is an error, the windows still render", (_name, extra, message) => {
    const parsed = parseUsage({ extra_usage: extra, seven_day: win(40) });
    expect(parsed.extraUsage).toBeNull();
    expect(parsed.errors).toEqual([{ window: "extra_usage", message: expect.stringMatching(message) }]);
    expect(parsed.windows).toHaveLength(1);
  });

  test("spend with an absurd exponent is an error, never a mis-scaled amount", () => {
    const spend = { used: { amount_minor: 53411, currency: "EUR", exponent: 99 } };
    const parsed = parseUsage({ spend });
    expect(parsed.extraUsage).toBeNull();
    expect(parsed.errors[0]).toMatchObject({ window: "spend", message: expect.stringMatching(/exponent/) });
  });

  test("a hostile currency is dropped, the amount is still right", () => {
    const extra = { is_enabled: true, used_credits: 1234, monthly_limit: 5000, currency: "<script>" };
    expect(parseUsage({ extra_usage: extra }).extraUsage).toMatchObject({ used: 12.34, limit: 50, currency: null });
  });
});

describe("bridge snapshot array", () => {
  const good = () => structuredClone((fixture("bridge-post.json") as Array<Record<string, unknown>>)[0]);
  const withField = (key: string, value: unknown) => [{ ...good(), [key]: value }];
  const without = (key: string) => {
    const { [key]: _dropped, ...rest } = good(); // eslint-disable-line @typescript-eslint/no-unused-vars
    return [rest];
  };

  test.each([
    ["an object instead of an array", good(), /^snapshot Invalid input: expected array/],
    ["an array holding null", [null], /^snapshot \[0\]: /],
    ["1001 snapshots", Array.from({ length: 1001 }, good), /^snapshot .*1000/],
    ["no fetched_at", without("fetched_at"), /^snapshot \[0\]\.fetched_at: /],
    ["fetched_at without offset", withField("fetched_at", "2026-11-24T11:59:30"), /^snapshot \[0\]\.fetched_at: /],
    ["fetched_at as epoch ms", withField("fetched_at", 1764000000000), /^snapshot \[0\]\.fetched_at: /],
    ["usage as an array", withField("usage", []), /^snapshot \[0\]\.usage: /],
    ["usage missing", without("usage"), /^snapshot \[0\]\.usage: /],
    ["org_uuid as a number", withField("org_uuid", 42), /^snapshot \[0\]\.org_uuid: /],
    ["a 10 000-character org_uuid", withField("org_uuid", "x".repeat(10_000)), /^snapshot \[0\]\.org_uuid: /],
    ["101 errors", withField("errors", Array(101).fill("e")), /^snapshot \[0\]\.errors: /],
    ["errors as a string", withField("errors", "boom"), /^snapshot \[0\]\.errors: /],
    [
      "overage with a string limit",
      withField("overage", { is_enabled: true, monthly_credit_limit: "5000" }),
      /overage/,
    ],
    [
      "usage nested 100 000 deep",
      withField("usage", JSON.parse(`{"junk":${"[".repeat(100_000)}${"]".repeat(100_000)}}`)),
      /^snapshot \[0\]\.usage: nested deeper than 64 levels$/,
    ],
  ])("%s is refused with the field named", (_name, raw, message) => {
    expect(() => parseSnapshotArray(raw, "bridge")).toThrow(SnapshotShapeError);
    expect(() => parseSnapshotArray(raw, "bridge")).toThrow(message);
  });

  test("__proto__ and unknown top-level keys are dropped, never stored or shown", () => {
    const text = JSON.stringify(good()).replace(
      /^\{/,
      '{"__proto__":{"polluted":true},"cookie":"sessionKey=sk-ant-sid01-SECRET","constructor":{"prototype":{"polluted":true}},',
    );
    const snapshots = parseSnapshotArray([JSON.parse(text)], "bridge");
    const { json, table } = render(snapshots);
    expect(json + table + JSON.stringify(snapshots)).not.toMatch(/sessionKey|SECRET|polluted/);
    expect(snapshots[0].usage.windows).toHaveLength(6);
  });

  test("control characters in org name, email, browser and errors are made printable", () => {
    const raw = [
      {
        ...good(),
        org_name: "Evil\u001b[2J Org",
        account_email: "a\u0007@example.com",
        browser: "chrome\u001b]0;x\u0007",
        errors: ["overage: \u001b[31m404"],
      },
    ];
    const { table, json } = render(parseSnapshotArray(raw, "bridge"));
    expect(unprintable(table)).toEqual([]);
    expect(table).toContain("a\uFFFD@example.com · Evil\uFFFD[2J Org");
    expect(table).toContain("Chrome\uFFFD]0;x\uFFFD bridge");
    expect(JSON.parse(json).accounts[0].sources[0].errors).toEqual(["overage: \uFFFD[31m404"]);
  });

  test("a bad window in one snapshot loses nothing of the other snapshot", () => {
    const raw = fixture("bridge-post.json") as Array<{ usage: Record<string, unknown> }>;
    raw[0].usage.five_hour = { utilization: "NaN", resets_at: "never" };
    const { view } = render(parseSnapshotArray(raw, "bridge"));
    expect(view.accounts).toHaveLength(2);
    expect(view.accounts[0].errors.map((e) => e.window)).toEqual(["five_hour"]);
    expect(view.accounts[0].windows).toHaveLength(5);
    expect(view.accounts[1].windows.find((w) => w.key === "five_hour")?.percent).toBe(0.42);
  });
});

describe("credentials file", () => {
  const homes: Array<{ remove(): void }> = [];
  afterAll(() => homes.forEach((h) => h.remove()));

  async function readWith(text: string): Promise<ClaudeCodeLogin | CredentialsError> {
    const home = makeTempHome(text);
    homes.push(home);
    return readClaudeCodeLogin({ env: {}, homeDir: home.dir, platform: "linux" }).catch((e: CredentialsError) => e);
  }
  const full = credentialsText();

  test.each([
    ["truncated JSON", full.slice(0, full.length / 2), "invalid", /neither JSON nor hex-encoded JSON$/],
    ["an empty file", "", "invalid", /neither JSON/],
    ["hex that is not JSON", "deadbeef", "invalid", /neither JSON/],
    ["a JSON array", "[]", "invalid", /expected object/],
    ["a JSON string", '"sk-ant-oat01-FAKE-TOKEN-FOR-TESTS-ONLY"', "invalid", /expected object/],
    ["an empty accessToken", credentialsText({ accessToken: "" }), "invalid", /claudeAiOauth\.accessToken/],
    ["a numeric accessToken", credentialsText({ accessToken: 12345 }), "invalid", /claudeAiOauth\.accessToken/],
    ["expiresAt as a string", credentialsText({ expiresAt: "tomorrow" }), "invalid", /claudeAiOauth\.expiresAt/],
    ["only MCP tokens", '{"mcpOAuth":{"x":{"accessToken":"t"}}}', "no_subscription_login", /mcpOAuth/],
    [
      "the login hidden under __proto__",
      `{"__proto__":${full}}`,
      "no_subscription_login",
      /no Claude subscription login/,
    ],
  ])("%s: a clear error that never quotes the token", async (_name, text, problem, message) => {
    const result = await readWith(text);
    expect(result).toBeInstanceOf(CredentialsError);
    const error = result as CredentialsError;
    expect(error.problem).toBe(problem);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(FAKE_ACCESS_TOKEN);
    expect(error.message).not.toContain(FAKE_REFRESH_TOKEN);
  });

  test("an expiry no Date can hold is unknown, never 'Invalid Date'", async () => {
    const login = (await readWith(credentialsText({ expiresAt: 1e20 }))) as ClaudeCodeLogin;
    expect(login.accessToken).toBe(FAKE_ACCESS_TOKEN);
    expect(login.expiresAt).toBeNull();
  });

  test("a byte-order mark before the JSON is tolerated", async () => {
    const login = (await readWith(`\uFEFF${full}`)) as ClaudeCodeLogin;
    expect(login.accessToken).toBe(FAKE_ACCESS_TOKEN);
  });

  test("a credentials path that is a directory is unreadable, said plainly", async () => {
    const home = makeTempHome(null);
    homes.push(home);
    mkdirSync(home.credentialsPath, { recursive: true });
    const error = await readClaudeCodeLogin({ env: {}, homeDir: home.dir, platform: "linux" }).catch((e) => e);
    expect(error).toMatchObject({
      problem: "unreadable",
      message: expect.stringMatching(/cannot read file \(EISDIR\)/),
    });
  });
});

describe("claude-plan-meter --file on hostile files", () => {
  const ROOT = resolve(__dirname, "../..");
  const scratch = mkdtempSync(join(tmpdir(), "cpm-hostile-"));
  const file = (name: string, content: string | Buffer) => {
    const path = join(scratch, name);
    writeFileSync(path, content);
    return path;
  };
  async function cli(...args: string[]) {
    const env = { ...process.env, NO_COLOR: "1", HOME: scratch };
    const argv = [freshScript(CLI), "--now", "2026-11-24T12:00:00Z", ...args];
    return promisify(execFile)(process.execPath, argv, { cwd: ROOT, env, maxBuffer: 64 * 2 ** 20 }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );
  }
  jest.setTimeout(60_000);

  test.concurrent.each([
    ["an empty file", () => file("empty.json", ""), /not valid JSON/],
    ["truncated JSON", () => file("cut.json", '{"five_hour": {"utilization": 4'), /not valid JSON/],
    [
      "random bytes",
      () => file("noise.bin", Buffer.from([0xff, 0xfe, 0x00, 0x1b, 0x5b, 0x32, 0x4a, 0x07])),
      /not valid JSON/,
    ],
    ["a JSON string", () => file("string.json", '"usage"'), /usage payload: expected an object, got string/],
    ["a directory", () => scratch, /cannot read file \(EISDIR\)/],
    ["a missing file", () => join(scratch, "absent.json"), /absent\.json: no such file/],
    ["a file over the size cap", () => file("huge.json", Buffer.alloc(MAX_FILE_BYTES + 1, 0x20)), /larger than 16 MiB/],
    [
      "a snapshot array with a bad date",
      () => file("bad.json", '[{"org_uuid":"o","fetched_at":"soon","usage":{}}]'),
      /\[0\]\.fetched_at/,
    ],
  ])("%s: exit 1 with one clear line, no stack trace", async (_name, make, message) => {
    const r = await cli("--file", make());
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(unprintable(r.stderr)).toEqual([]);
  });

  test.concurrent("hostile labels render, printable, with exit 0", async () => {
    const path = file(
      "labels.json",
      JSON.stringify({
        "seven_day_\u001b]0;pwned\u0007": win(12),
        "seven_day_ünïcødé_😀": win(30),
        five_hour: win(-1),
      }),
    );
    const r = await cli("--file", path);
    expect(r.code).toBe(0);
    expect(unprintable(r.stdout)).toEqual([]);
    expect(r.stdout).toMatch(/7-day Ünïcødé 😀 +30%/);
    expect(r.stdout).toContain("! five_hour: utilization: expected a percentage of at least 0");
  });

  test.concurrent("--json with __proto__ keys and 10 000 windows is one valid document", async () => {
    const windows = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`w_${i}`, win(i / 100)]));
    const path = file("many.json", `{"__proto__":{"polluted":true},${JSON.stringify(windows).slice(1)}`);
    const r = await cli("--json", "--file", path);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.accounts[0].windows).toHaveLength(10_000);
    expect(doc.accounts[0].windows[0]).toMatchObject({ key: "w_9999", percent: 99.99, known: false });
    expect(r.stdout).not.toContain("polluted");
  });
});

describe("preferences", () => {
  const defaults = declaredDefaults("menu-bar");

  test.each<[string, Record<string, unknown>, RegExp]>([
    ["minutes as words", { staleAfterMinutes: "10 min" }, /^Preference “Stale After \(minutes\)”: expected a positive/],
    ["zero minutes", { staleAfterMinutes: "0" }, /“Stale After \(minutes\)”: expected a positive number of minutes/],
    ["negative minutes", { staleAfterMinutes: "-5" }, /expected a positive number of minutes, got "-5"$/],
    ["NaN minutes", { staleAfterMinutes: "NaN" }, /expected a positive number of minutes, got "NaN"$/],
    ["exponent notation", { staleAfterMinutes: "1e3" }, /expected a positive number of minutes/],
    ["full-width digits", { staleAfterMinutes: "１０" }, /expected a positive number of minutes/],
    [
      "400 nines (Infinity)",
      { staleAfterMinutes: "9".repeat(400) },
      /“Stale After \(minutes\)”: .*Infinity, got "9{38}…$/,
    ],
    ["a control-character value", { staleAfterMinutes: "10\u001b[2J" }, /got "10\\u001b\[2J"$/],
    ["port 0", { bridgePort: "0" }, /^Preference “Bridge Port”: expected a port number from 1 to 65535, got "0"$/],
    ["port 65536", { bridgePort: "65536" }, /expected a port number from 1 to 65535/],
    ["hex port", { bridgePort: "0x50" }, /expected a port number/],
    ["fractional port", { bridgePort: "8080.5" }, /expected a port number/],
    ["a menu title named __proto__", { menuBarTitle: "__proto__" }, /^Preference “Menu Bar Title”: expected one of /],
    ["a checkbox as a string", { useBridge: "true" }, /^Preference “Browser companion \(bridge\)”: .*boolean/],
    ["a missing field", { alerts: undefined }, /^Preference “Alerts”: .*got nothing$/],
  ])("%s: a clear error naming the field", (_name, override, message) => {
    expect(() => parsePreferences({ ...defaults, ...override })).toThrow(PreferencesError);
    expect(() => parsePreferences({ ...defaults, ...override })).toThrow(message);
  });

  test("a megabyte paste is quoted, not echoed whole", () => {
    const error = (() => {
      try {
        return parsePreferences({ ...defaults, bridgePort: "x".repeat(2 ** 20) });
      } catch (e) {
        return e as Error;
      }
    })() as Error;
    expect(error.message.length).toBeLessThan(200);
  });

  test("padding and a trailing .0 are read as the number they are", () => {
    expect(parsePreferences({ ...defaults, staleAfterMinutes: " 15 ", bridgePort: "8080.0" })).toMatchObject({
      staleAfterMinutes: 15,
      bridgePort: 8080,
    });
  });

  test("a __proto__ key in the values object cannot supply a preference", () => {
    const raw = JSON.parse(`{"__proto__":{"menuBarTitle":"five-hour"},${JSON.stringify(defaults).slice(1)}`);
    expect(parsePreferences(raw).menuBarTitle).toBe("most-pressing");
    delete raw.menuBarTitle;
    expect(() => parsePreferences(raw)).toThrow(/^Preference “Menu Bar Title”: .*got nothing$/);
  });
});
