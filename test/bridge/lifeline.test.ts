/**
 * The running bridge notices its own script is gone: the watch itself with a fake clock, then the
 * real bundle as the launchd agent runs it (--agent) in a fake home, whose copy is deleted under it.
 */
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { agentPaths } from "../../src/bridge/agent";
import { LIFELINE_INTERVAL_MS, LIFELINE_MISSES, watchLifeline } from "../../src/bridge/lifeline";
import { BRIDGE } from "../../src/build/bundles";
import { freshScript } from "../bundles";
import { raw, tempDir } from "./harness";

describe("watchLifeline", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("fires once, after the file has been missing on every check of a row", () => {
    let present = true;
    const onGone = jest.fn();
    watchLifeline({ path: "/x/bridge.js", onGone, exists: () => present });
    jest.advanceTimersByTime(LIFELINE_INTERVAL_MS * 10);
    expect(onGone).not.toHaveBeenCalled();
    present = false;
    jest.advanceTimersByTime(LIFELINE_INTERVAL_MS * (LIFELINE_MISSES - 1));
    expect(onGone).not.toHaveBeenCalled();
    jest.advanceTimersByTime(LIFELINE_INTERVAL_MS);
    expect(onGone).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(LIFELINE_INTERVAL_MS * 10);
    expect(onGone).toHaveBeenCalledTimes(1);
  });

  test("a file that is back before the last check (an update rewriting the folder) resets the count", () => {
    const answers = [false, false, true, false, false];
    const onGone = jest.fn();
    watchLifeline({ path: "/x/bridge.js", onGone, exists: () => answers.shift() ?? true });
    jest.advanceTimersByTime(LIFELINE_INTERVAL_MS * 8);
    expect(onGone).not.toHaveBeenCalled();
  });

  test("stops when told to", () => {
    const onGone = jest.fn();
    const stop = watchLifeline({ path: "/x/bridge.js", onGone, exists: () => false });
    stop();
    jest.advanceTimersByTime(LIFELINE_INTERVAL_MS * 10);
    expect(onGone).not.toHaveBeenCalled();
  });
});

test("the bundle run as the agent removes the agent's plist and log and exits 0 once its file is deleted", async () => {
  const home = tempDir("cpm-home-");
  const { plistPath, logPath } = agentPaths(home);
  mkdirSync(join(home, "Library/LaunchAgents"), { recursive: true });
  mkdirSync(join(home, "Library/Logs"), { recursive: true });
  writeFileSync(plistPath, "<plist/>");
  writeFileSync(logPath, "");
  const extension = tempDir("cpm-extension-");
  const script = join(extension, "bridge.js");
  copyFileSync(freshScript(BRIDGE), script);
  const child = spawn(process.execPath, [script, "--port", "0", "--data-dir", tempDir(), "--agent"], {
    env: { ...process.env, HOME: home },
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((done) => child.once("exit", done));
  try {
    const port = await new Promise<number>((done, fail) => {
      child.stdout.on("data", () => {
        const match = /listening on http:\/\/127\.0\.0\.1:(\d+)\n/.exec(out);
        if (match) done(Number(match[1]));
      });
      child.once("exit", (code) => fail(new Error(`exited ${code} before listening`)));
    });
    expect((await raw(port)).status).toBe(200);
    rmSync(extension, { recursive: true }); // Raycast removed the extension
    expect(await exited).toBe(0);
    expect(out).toContain(`${script} is gone (extension removed): removing the agent and stopping\n`);
    expect(existsSync(plistPath)).toBe(false);
    expect(existsSync(logPath)).toBe(false);
    await expect(raw(port)).rejects.toThrow(/ECONNREFUSED/);
  } finally {
    child.kill();
  }
}, 40_000);

test("without --agent (npm run bridge) nothing is watched or removed", async () => {
  const home = tempDir("cpm-home-");
  const { plistPath } = agentPaths(home);
  mkdirSync(join(home, "Library/LaunchAgents"), { recursive: true });
  writeFileSync(plistPath, "<plist/>");
  const extension = tempDir("cpm-extension-");
  const script = join(extension, "bridge.js");
  copyFileSync(freshScript(BRIDGE), script);
  const child = spawn(process.execPath, [script, "--port", "0", "--data-dir", tempDir()], {
    env: { ...process.env, HOME: home },
  });
  try {
    await new Promise<void>((done) => child.stdout.once("data", () => done()));
    rmSync(extension, { recursive: true });
    await new Promise((r) => setTimeout(r, LIFELINE_INTERVAL_MS * (LIFELINE_MISSES + 1)));
    expect(child.exitCode).toBeNull();
    expect(existsSync(plistPath)).toBe(true);
  } finally {
    child.kill();
  }
}, 40_000);
