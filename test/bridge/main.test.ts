import { execFile, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { parseBridgeArgs } from "../../src/bridge/args";
import { BRIDGE } from "../../src/build/bundles";
import { DEFAULT_BRIDGE_PORT } from "../../src/bridge/server";
import { freshScript } from "../bundles";
import { closeAll, raw, tempDir, testBridge } from "./harness";

const ROOT = resolve(__dirname, "../..");
const BRIDGE_ARGS = [freshScript(BRIDGE)];

jest.setTimeout(30_000);
afterAll(closeAll);

describe("parseBridgeArgs", () => {
  test("flags win over the environment, which wins over the defaults", () => {
    const env = { CLAUDE_PLAN_METER_BRIDGE_PORT: "4000", CLAUDE_PLAN_METER_DATA_DIR: "/env/dir", HOME: "/h" };
    expect(parseBridgeArgs(["--port", "5000", "--data-dir", "/flag"], env)).toEqual({
      port: 5000,
      dataDir: "/flag",
      allowedExtensions: [],
      logFile: null,
      agent: false,
      help: false,
    });
    expect(parseBridgeArgs([], env)).toMatchObject({ port: 4000, dataDir: "/env/dir" });
    expect(parseBridgeArgs([], { XDG_STATE_HOME: "/state" })).toMatchObject({
      port: DEFAULT_BRIDGE_PORT,
      dataDir: "/state/claude-plan-meter",
    });
  });

  test.each([["abc"], ["-1"], ["70000"], ["8080.5"]])("rejects --port=%s", (port) => {
    expect(() => parseBridgeArgs([`--port=${port}`], {})).toThrow(/--port: expected a port number/);
  });

  test("rejects a port browsers refuse, which no companion could post to", () => {
    expect(() => parseBridgeArgs(["--port=6000"], {})).toThrow(
      "--port: browsers and fetch refuse to connect to port 6000: use another, such as 63762",
    );
  });

  test("--allow-extension repeats and joins the environment's comma-separated list; --log names the file", () => {
    const [a, b, c] = ["abcdefghijklmnopabcdefghijklmnop", "ponmlkjihgfedcbaponmlkjihgfedcba", "a".repeat(32)];
    const env = { CLAUDE_PLAN_METER_ALLOWED_EXTENSIONS: `${c}, ${a}`, CLAUDE_PLAN_METER_BRIDGE_LOG: "/env.log" };
    expect(parseBridgeArgs(["--allow-extension", a, "--allow-extension", b], env)).toMatchObject({
      allowedExtensions: [a, b, c],
      logFile: "/env.log",
    });
    expect(parseBridgeArgs(["--log", "/flag.log"], env).logFile).toBe("/flag.log");
    expect(parseBridgeArgs([], {})).toMatchObject({ allowedExtensions: [], logFile: null });
  });

  test.each([
    [
      ["--allow-extension", "chrome-extension://abcdefghijklmnopabcdefghijklmnop"],
      {},
      /^--allow-extension: not an extension id/,
    ],
    [
      [],
      { CLAUDE_PLAN_METER_ALLOWED_EXTENSIONS: "ABC" },
      /^CLAUDE_PLAN_METER_ALLOWED_EXTENSIONS: not an extension id .*: ABC$/,
    ],
  ])("a mistyped extension id is a usage error naming where it came from: %j %j", (argv, env, message) => {
    expect(() => parseBridgeArgs(argv, env)).toThrow(message);
  });

  test("rejects unknown flags", () => {
    expect(() => parseBridgeArgs(["--host", "0.0.0.0"], {})).toThrow(/Unknown option '--host'/);
  });
});

describe("the bridge process (its fresh bundle under plain node)", () => {
  test("prints where it listens, serves, and stops cleanly on SIGTERM", async () => {
    const child = spawn(process.execPath, [...BRIDGE_ARGS, "--port", "0", "--data-dir", tempDir()], { cwd: ROOT });
    const firstLine = await new Promise<string>((done, fail) => {
      let out = "";
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        if (out.includes("\n")) done(out.split("\n")[0]);
      });
      child.once("exit", (code) => fail(new Error(`exited ${code} before listening`)));
    });
    const match = /^listening on http:\/\/127\.0\.0\.1:(\d+)$/.exec(firstLine);
    expect(match).not.toBeNull();
    expect((await raw(Number(match?.[1]))).status).toBe(200);
    const exited = new Promise<number | null>((done) => child.once("exit", done));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });

  test("--allow-extension lets that extension in; --log gets one line per request, stdout none", async () => {
    const other = "abcdefghijklmnopabcdefghijklmnop";
    const logFile = join(tempDir(), "bridge.log");
    const child = spawn(
      process.execPath,
      [...BRIDGE_ARGS, "--port", "0", "--data-dir", tempDir(), "--allow-extension", other, "--log", logFile],
      { cwd: ROOT },
    );
    let out = "";
    const port = await new Promise<number>((done, fail) => {
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        const match = /listening on http:\/\/127\.0\.0\.1:(\d+)[\s\S]*request log /.exec(out);
        if (match) done(Number(match[1]));
      });
      child.once("exit", (code) => fail(new Error(`exited ${code} before listening`)));
    });
    expect(out).toContain(`answering the companion extension and ${other}`);
    expect((await raw(port, { path: "/snapshots", headers: { Origin: `chrome-extension://${other}` } })).status).toBe(
      200,
    );
    const refused = `chrome-extension://${"b".repeat(32)}`;
    expect((await raw(port, { path: "/snapshots", headers: { Origin: refused } })).status).toBe(403);
    const exited = new Promise<number | null>((done) => child.once("exit", done));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    const lines = readFileSync(logFile, "utf8").trim().split("\n");
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z GET /snapshots 200 ${other}$`)),
      expect.stringMatching(new RegExp(`^\\S+ GET /snapshots 403 ${"b".repeat(32)}$`)),
    ]);
    expect(out).not.toContain("GET /snapshots");
  });

  test("a second bridge on a taken port exits non-zero with a clear message", async () => {
    const running = await testBridge();
    const outcome = await promisify(execFile)(
      process.execPath,
      [...BRIDGE_ARGS, "--port", String(running.port), "--data-dir", tempDir()],
      { cwd: ROOT },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(outcome).toMatchObject({
      code: 1,
      stderr: expect.stringContaining(
        `port ${running.port} on 127.0.0.1 is already in use — is a bridge already running?`,
      ),
    });
  });
});
