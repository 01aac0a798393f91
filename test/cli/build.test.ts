/**
 * The committed `claude-plan-meter` bin as users run it: plain node, no node_modules, and `npm start`
 * with nothing but the output on stdout (its freshness: test/build/bundles.test.ts). The bin is a router
 * beside the bundles it runs (src/cli/bin.ts), each compiled through a code cache (src/cli/bundle-loader.ts).
 */
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { promisify } from "node:util";
import { generateCorpus } from "../../bench/ledger-corpus";
import { CLI, CLI_COMMAND_BUNDLES, PROJECT_ROOT, scriptPath } from "../../src/build/bundles";
import { fixturePath } from "../fixtures";

const tempDir = () => mkdtempSync(join(tmpdir(), "cpm-bin-"));
const run = (file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = { HOME: tempDir() }) =>
  promisify(execFile)(file, args, { cwd, env: { ...process.env, NO_COLOR: "1", ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
const FILE_ARGS = ["--file", fixturePath("usage-limits-spend.json"), "--now", "2026-11-24T12:00:00Z"];
const LINE_ARGS = ["statusline", "--no-bridge", "--no-oauth"];

jest.setTimeout(30_000);

/** The committed bin's folder copied where there is no node_modules; returns the bin's path. */
function bareCopy(): string {
  const dir = join(tempDir(), "cli");
  cpSync(dirname(scriptPath(CLI)), dir, { recursive: true });
  return join(dir, CLI.script);
}

/** A state folder of its own, and the code caches the bin keeps in it. */
function stateHome() {
  const home = tempDir();
  const env = { HOME: home, XDG_STATE_HOME: join(home, "state") };
  const cacheDir = join(home, "state", "claude-plan-meter", "code-cache");
  const caches = () => {
    try {
      return readdirSync(cacheDir).sort();
    } catch {
      return [];
    }
  };
  return { env, cacheDir, caches };
}

test("package.json's bin and npm start run the committed bundle", () => {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8"));
  const script = relative(PROJECT_ROOT, scriptPath(CLI));
  expect(pkg.bin).toEqual({ "claude-plan-meter": script });
  expect(pkg.scripts.start).toBe(`node ${script}`);
});

test("the bin runs under plain node from a folder with no node_modules", async () => {
  const r = await run(process.execPath, [bareCopy(), "--json", ...FILE_ARGS], tempDir());
  expect(r).toMatchObject({ code: 0, stderr: "" });
  expect(JSON.parse(r.stdout).accounts[0].windows[0]).toMatchObject({ key: "seven_day_fable", percent: 84 });
});

test("the bin alone, copied away from its folder, says so in one line", async () => {
  const copy = join(tempDir(), CLI.script);
  cpSync(scriptPath(CLI), copy);
  const r = await run(process.execPath, [copy, ...LINE_ARGS], tempDir());
  const bundle = join(dirname(copy), "statusline.js");
  expect(r).toEqual({
    code: 1,
    stdout: "",
    stderr: `claude-plan-meter: cannot read ${bundle}: the bin runs the bundles beside it in its folder\n`,
  });
});

test("npm start: stdout is only the output, stderr only the tool's own line", async () => {
  const json = await run("npm", ["start", "--", "--json", ...FILE_ARGS], PROJECT_ROOT);
  expect(json.code).toBe(0);
  expect(JSON.parse(json.stdout).accounts).toHaveLength(1);
  const bad = await run("npm", ["start", "--", "--bogus"], PROJECT_ROOT);
  expect(bad).toEqual({ code: 64, stdout: "", stderr: "claude-plan-meter: Unknown option '--bogus' — see --help\n" });
});

test("the dispatcher loads a command only when it runs: at start only its own small modules", () => {
  const text = readFileSync(join(dirname(scriptPath(CLI)), "main.js"), "utf8");
  const entry = text.slice(text.indexOf("\n// src/cli/main.ts\n"));
  // esbuild turns each lazily imported module into an init function; what runs at start (unindented,
  // outside every init function) calls only these.
  expect(text.match(/^init_\w+\(\);$/gm)).toEqual(["init_errors();", "init_args();"]);
  expect(entry).toContain("(init_view_command(), view_command_exports)");
});

test.each(CLI_COMMAND_BUNDLES)("the %s bundle loads nothing lazily, so esbuild wraps nothing in it", (name) => {
  const text = readFileSync(join(dirname(scriptPath(CLI)), `${name}.js`), "utf8");
  expect(text).not.toMatch(/\binit_\w+\(\)/);
  expect(text).toContain(`runAlone("${name}", `);
});

test("the bin routes: the status line and the ledger to their own bundles, --file and --refresh and the rest to the dispatcher's", async () => {
  const bin = bareCopy();
  const dispatcher = join(dirname(bin), "main.js");
  const cases: Array<[string[], string]> = [
    [LINE_ARGS, "statusline.cache"],
    [["statusline", "--help"], "statusline.cache"],
    [["ledger", "--help"], "ledger.cache"],
    [["ledger", "--bogus"], "ledger.cache"],
    [[...LINE_ARGS, ...FILE_ARGS], "main.cache"],
    [[...LINE_ARGS, "--file=/nonexistent"], "main.cache"],
    [["--help"], "main.cache"],
  ];
  for (const [args, cache] of cases) {
    const { env, caches } = stateHome();
    const routed = await run(process.execPath, [bin, ...args], tempDir(), env);
    expect(caches()).toEqual([cache]);
    // Whichever bundle runs, the outcome is the dispatcher's own.
    expect(routed).toEqual(await run(process.execPath, [dispatcher, ...args], tempDir(), env));
  }
  const { env } = stateHome();
  expect(await run(process.execPath, [bin, "ledger", "--bogus"], tempDir(), env)).toEqual({
    code: 64,
    stdout: "",
    stderr: "claude-plan-meter: Unknown option '--bogus' — see claude-plan-meter ledger --help\n",
  });
});

describe("the code cache", () => {
  /** Runs the status line `times` times; each run's cache file (size and time), and the runs' output. */
  async function lines(bin: string, env: NodeJS.ProcessEnv, cache: string, times: number, args = LINE_ARGS) {
    const runs = [];
    for (let i = 0; i < times; i += 1) {
      const output = await run(process.execPath, [bin, ...args], tempDir(), env);
      runs.push({ output, size: statSync(cache).size, written: statSync(cache).mtimeMs });
    }
    return runs;
  }

  test("the first runs write it, each adding what it compiled; then it is used as it is; the line never changes", async () => {
    const bin = bareCopy();
    const { env, cacheDir } = stateHome();
    const cache = join(cacheDir, "statusline.cache");
    // --print-setting first, as one sets the line up: it compiles little of what a line needs.
    const [setup] = await lines(bin, env, cache, 1, ["statusline", "--print-setting"]);
    const runs = await lines(bin, env, cache, 4);
    expect(statSync(cache).mode & 0o777).toBe(0o600);
    for (const { output } of runs) {
      expect(output).toEqual({ code: 0, stderr: "", stdout: "no data — no source enabled\n" });
    }
    expect(runs[0].size).toBeGreaterThan(setup.size);
    expect(runs[1].written).toBeGreaterThan(runs[0].written);
    expect(runs[3].written).toBe(runs[2].written);
  });

  test("the ledger's cache is written by its first two runs (a scan, a refresh) and then only read", async () => {
    const bin = bareCopy();
    const { env, cacheDir } = stateHome();
    const span = ["--from", "2000-01-01T00:00:00Z", "--to", "2100-01-01T00:00:00Z"];
    const args = ["ledger", "--logs", fixturePath("claude-code-logs"), ...span, "--json"];
    const runs = await lines(bin, env, join(cacheDir, "ledger.cache"), 3, args);
    for (const { output } of runs) expect(output).toEqual(runs[0].output);
    expect(JSON.parse(runs[0].output.stdout).tokens.total).toBeGreaterThan(0);
    expect(runs[1].written).toBeGreaterThan(runs[0].written);
    expect(runs[2].written).toBe(runs[1].written);
  });

  test("a scan shared with scanning threads leaves a cache the next run takes", async () => {
    const bin = bareCopy();
    const { env, cacheDir } = stateHome();
    // Above the size at which a scan starts threads (src/cli/ledger/read.ts), where there is a core for one.
    const logs = tempDir();
    generateCorpus({ dir: logs, targetBytes: 40 * 1024 * 1024, now: Date.now() });
    const withLogs = { ...env, CLAUDE_CONFIG_DIR: logs };
    const cache = join(cacheDir, "ledger.cache");
    // How many runs the cache says added to it: a refused cache is made again from one.
    const runs = () => {
      const data = readFileSync(cache);
      return data[data.indexOf(0x0a) + 1] - 0x30;
    };
    const scan = await run(process.execPath, [bin, "ledger", "--json"], tempDir(), withLogs);
    expect(JSON.parse(scan.stdout).seven_day.scanned_bytes).toBeGreaterThan(32 * 1024 * 1024);
    expect(runs()).toBe(1);
    const refresh = await run(process.execPath, [bin, "ledger", "--json"], tempDir(), withLogs);
    expect(JSON.parse(refresh.stdout).seven_day.scanned_bytes).toBe(0);
    expect(runs()).toBe(2);
  });

  test("the ledger stats through statSync under --pending-deprecation: the same answer, no warning", async () => {
    const bin = bareCopy();
    const span = ["--from", "2000-01-01T00:00:00Z", "--to", "2100-01-01T00:00:00Z"];
    const args = [bin, "ledger", "--logs", fixturePath("claude-code-logs"), ...span, "--json"];
    const plain = await run(process.execPath, args, tempDir(), stateHome().env);
    const pending = { ...stateHome().env, NODE_OPTIONS: "--pending-deprecation" };
    expect(await run(process.execPath, args, tempDir(), pending)).toEqual(plain);
    expect(plain).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(plain.stdout)).toMatchObject({ files: 3, tokens: { total: expect.any(Number) } });
  });

  test("a cache from another build of the bundle or a garbled one is replaced, and the line comes out right", async () => {
    const bin = bareCopy();
    const { env, cacheDir } = stateHome();
    const cache = join(cacheDir, "statusline.cache");
    const [{ output: expected }] = await lines(bin, env, cache, 3);
    const header = readFileSync(cache).subarray(0, readFileSync(cache).indexOf("\n") + 2);
    // The key of this very build, but code V8's own check refuses: compiled afresh and cached again.
    writeFileSync(cache, Buffer.concat([header, Buffer.from("garbage")]));
    const again = await lines(bin, env, cache, 4);
    expect(again.map((r) => r.output)).toEqual(Array(4).fill(expected));
    expect(again[0].size).toBeGreaterThan(10_000);
    expect(again[3].written).toBe(again[2].written);
    // A rebuilt bundle (another size and time) has another key.
    const bundle = join(dirname(bin), "statusline.js");
    writeFileSync(bundle, `${readFileSync(bundle, "utf8")}\n`);
    expect((await lines(bin, env, cache, 1))[0].output).toEqual(expected);
    expect(readFileSync(cache).subarray(0, 200).toString()).toContain(`${bundle}\0${statSync(bundle).size}\0`);
  });

  test("runs with the shebang's node flag and with plain node keep a cache each, so neither replaces the other", async () => {
    const bin = bareCopy();
    const { env, cacheDir, caches } = stateHome();
    const plain = () => run(process.execPath, [bin, ...LINE_ARGS], tempDir(), env);
    const shebang = () => run(bin, LINE_ARGS, tempDir(), env);
    const expected = await plain();
    for (let i = 0; i < 3; i += 1) {
      expect(await shebang()).toEqual(expected);
      expect(await plain()).toEqual(expected);
    }
    expect(caches()).toEqual([expect.stringMatching(/^statusline-\w+\.cache$/), "statusline.cache"]);
    const written = caches().map((name) => statSync(join(cacheDir, name)).mtimeMs);
    expect(await plain()).toEqual(expected);
    expect(await shebang()).toEqual(expected);
    expect(caches().map((name) => statSync(join(cacheDir, name)).mtimeMs)).toEqual(written);
  });

  test("a state folder that cannot be made means no cache, never a failing line", async () => {
    const bin = bareCopy();
    const { env, caches } = stateHome();
    // The state folder's place is taken by a file (a permission would not stop root, which CI may be).
    cpSync(bin, join(env.XDG_STATE_HOME, "claude-plan-meter"));
    const r = await run(process.execPath, [bin, ...LINE_ARGS], tempDir(), env);
    expect(r).toMatchObject({ code: 0, stderr: "", stdout: "no data — no source enabled\n" });
    expect(caches()).toEqual([]);
  });
});
