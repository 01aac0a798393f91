/**
 * The committed `claude-plan-meter` bin as users run it: plain node, no node_modules, and `npm start`
 * with nothing but the output on stdout (its freshness: test/build/bundles.test.ts).
 */
import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { CLI, PROJECT_ROOT, scriptPath } from "../../src/build/bundles";
import { fixturePath } from "../fixtures";

const run = (file: string, args: string[], cwd: string) =>
  promisify(execFile)(file, args, { cwd, env: { ...process.env, NO_COLOR: "1", HOME: tempDir() } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
const tempDir = () => mkdtempSync(join(tmpdir(), "cpm-bin-"));
const FILE_ARGS = ["--file", fixturePath("usage-limits-spend.json"), "--now", "2026-11-24T12:00:00Z"];

jest.setTimeout(30_000);

test("package.json's bin and npm start run the committed bundle", () => {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8"));
  const script = relative(PROJECT_ROOT, scriptPath(CLI));
  expect(pkg.bin).toEqual({ "claude-plan-meter": script });
  expect(pkg.scripts.start).toBe(`node ${script}`);
});

test("the bin runs under plain node from a folder with no node_modules", async () => {
  const copy = join(tempDir(), "claude-plan-meter.js");
  copyFileSync(scriptPath(CLI), copy);
  const r = await run(process.execPath, [copy, "--json", ...FILE_ARGS], tempDir());
  expect(r).toMatchObject({ code: 0, stderr: "" });
  expect(JSON.parse(r.stdout).accounts[0].windows[0]).toMatchObject({ key: "seven_day_fable", percent: 84 });
});

test("npm start: stdout is only the output, stderr only the tool's own line", async () => {
  const json = await run("npm", ["start", "--", "--json", ...FILE_ARGS], PROJECT_ROOT);
  expect(json.code).toBe(0);
  expect(JSON.parse(json.stdout).accounts).toHaveLength(1);
  const bad = await run("npm", ["start", "--", "--bogus"], PROJECT_ROOT);
  expect(bad).toEqual({ code: 64, stdout: "", stderr: "claude-plan-meter: Unknown option '--bogus' — see --help\n" });
});

test("the dispatcher loads a command only when it runs: at start only its own small modules", () => {
  const text = readFileSync(scriptPath(CLI), "utf8");
  const entry = text.slice(text.indexOf("\n// src/cli/main.ts\n"));
  // esbuild turns each lazily imported module into an init function; the entry calls only these eagerly.
  expect(entry.match(/^init_\w+\(\);$/gm)).toEqual(["init_errors();", "init_args();"]);
  expect(entry).toContain("(init_view_command(), view_command_exports)");
});
