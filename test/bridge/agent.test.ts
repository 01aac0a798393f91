import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import {
  AGENT_GUARD,
  AGENT_LABEL,
  agentPaths,
  BRIDGE_NODE_FLAGS,
  execRunner,
  launchAgent,
  launchAgentPlist,
  unsupportedAgent,
  type CommandRunner,
  type LaunchAgentOptions,
} from "../../src/bridge/agent";
import { launchctlDouble, type LaunchctlDouble } from "./launchctl-double";
import { tempDir } from "./harness";

const NODE = "/Applications/Raycast.app/Contents/Resources/node/bin/node";
const SCRIPT = "/Users/ada/.config/raycast/extensions/claude-plan-meter/assets/bridge/bridge.js";
const SERVICE = `gui/501/${AGENT_LABEL}`;

function setup(initial: Partial<LaunchctlDouble["state"]> = {}, overrides: Partial<LaunchAgentOptions> = {}) {
  const launchctl = launchctlDouble(initial);
  const homeDir = tempDir("cpm-home-");
  const sleeps: number[] = [];
  const options: LaunchAgentOptions = {
    nodePath: NODE,
    scriptPath: SCRIPT,
    port: 63762,
    dataDir: "/Users/ada/Library/Application Support/com.raycast.macos/extensions/claude-plan-meter",
    homeDir,
    uid: 501,
    run: launchctl.run,
    sleep: async (ms) => void sleeps.push(ms),
    ...overrides,
  };
  const { plistPath, logPath } = agentPaths(homeDir);
  return { launchctl, options, agent: launchAgent(options), plistPath, logPath, sleeps };
}

/** ProgramArguments as launchd reads them (XML entities decoded). */
function programArguments(plist: string): string[] {
  const unescape = (t: string) =>
    t
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
  return [...plist.matchAll(/^ {4}<string>(.*)<\/string>$/gm)].map((m) => unescape(m[1]));
}

describe("the LaunchAgent plist", () => {
  test("runs the bundle with Raycast's node through the guard, at login, logging to ~/Library/Logs", () => {
    const { options, logPath, plistPath } = setup();
    const plist = launchAgentPlist(options);
    expect(plist).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<!DOCTYPE plist /);
    expect(plist).toContain(`<key>Label</key>\n  <string>${AGENT_LABEL}</string>`);
    expect(programArguments(plist)).toEqual([
      "/bin/sh",
      "-c",
      AGENT_GUARD,
      "claude-plan-meter-guard",
      plistPath,
      logPath,
      SERVICE,
      SCRIPT,
      NODE,
      // Bounded memory for a long-lived daemon (see BRIDGE_NODE_FLAGS); node flags go before the script.
      "--max-semi-space-size=1",
      "--max-old-space-size=64",
      "--v8-pool-size=1",
      SCRIPT,
      "--port",
      "63762",
      "--data-dir",
      options.dataDir,
      // The bridge writes (and rotates) its request log itself.
      "--log",
      logPath,
      "--agent",
    ]);
    expect(plist).not.toContain("EnvironmentVariables");
    expect(plist).toContain("<key>RunAtLoad</key>\n  <true/>");
    // Kept alive only while the bundle exists: a deleted extension is not respawned every 10 s.
    expect(plist).toContain(
      `<key>KeepAlive</key>\n  <dict>\n    <key>PathState</key>\n    <dict>\n      <key>${SCRIPT}</key>\n      <true/>\n    </dict>\n  </dict>`,
    );
    expect(plist).toContain("<key>ThrottleInterval</key>\n  <integer>10</integer>");
    expect(logPath).toBe(join(options.homeDir, "Library/Logs/claude-plan-meter-bridge.log"));
    expect(plist).toContain(`<key>StandardOutPath</key>\n  <string>${logPath}</string>`);
    expect(plist).toContain(`<key>StandardErrorPath</key>\n  <string>${logPath}</string>`);
    expect(plist.match(/<dict>/g)).toHaveLength(3);
    expect(spawnSync("/bin/sh", ["-n", "-c", AGENT_GUARD]).status).toBe(0);
  });

  test("passes the allowed extensions in the bridge's environment, where a changed list rewrites the plist", async () => {
    const ids = ["abcdefghijklmnopabcdefghijklmnop", "ponmlkjihgfedcbaponmlkjihgfedcba"];
    const { options } = setup();
    const plist = launchAgentPlist({ ...options, allowedExtensions: ids });
    expect(plist).toContain(
      `<key>EnvironmentVariables</key>\n  <dict>\n    <key>CLAUDE_PLAN_METER_ALLOWED_EXTENSIONS</key>\n    <string>${ids.join(",")}</string>\n  </dict>\n  <key>RunAtLoad</key>`,
    );
    expect(plist).not.toBe(launchAgentPlist(options));
  });

  test("node accepts the bridge's flags (a bad one would stop the agent from ever starting)", () => {
    const run = spawnSync(process.execPath, [...BRIDGE_NODE_FLAGS, "-e", "0"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  test("escapes paths for XML", () => {
    const { options } = setup();
    const plist = launchAgentPlist({ ...options, dataDir: "/Users/a&b/<data>", scriptPath: '/x/"b".js' });
    expect(plist).toContain("<string>/Users/a&amp;b/&lt;data&gt;</string>");
    expect(plist).toContain("<key>/x/&quot;b&quot;.js</key>");
    expect(plist).not.toContain("a&b");
    expect(programArguments(plist)[2]).toBe(AGENT_GUARD);
  });
});

/**
 * The guard for real: the installed plist's ProgramArguments run under /bin/sh exactly as launchd
 * would run them, with /bin/launchctl swapped for a recorder (the only change to the arguments).
 */
describe("the guard launchd runs first", () => {
  async function installed(scriptExists: boolean, nodePath = process.execPath) {
    const dir = tempDir("cpm-guard-");
    const scriptPath = join(dir, "assets/bridge/bridge.js");
    mkdirSync(dirname(scriptPath), { recursive: true });
    // Stands in for the bundle: reports how node started it.
    writeFileSync(scriptPath, "console.log(JSON.stringify({ flags: process.execArgv, args: process.argv.slice(2) }));");
    const { agent, options, plistPath, logPath } = setup({}, { scriptPath, nodePath });
    await agent.install();
    writeFileSync(logPath, "listening on http://127.0.0.1:63762\n");
    writeFileSync(`${logPath}.1`, "an older request log\n");
    if (!scriptExists) rmSync(join(dir, "assets"), { recursive: true }); // the extension was uninstalled
    const recorder = join(dir, "launchctl");
    writeFileSync(recorder, `#!/bin/sh\necho "$@" >> "${recorder}.calls"\n`, { mode: 0o755 });
    const [sh, ...args] = programArguments(readFileSync(plistPath, "utf8"));
    args[1] = args[1].replace("/bin/launchctl", recorder);
    const run = spawnSync(sh, args, { encoding: "utf8" });
    const launchctlCalls = existsSync(`${recorder}.calls`) ? readFileSync(`${recorder}.calls`, "utf8") : "";
    return { run, options, plistPath, logPath, launchctlCalls };
  }

  test("with the bundle in place it execs the bridge with the flags and arguments, touching nothing", async () => {
    const { run, options, plistPath, logPath, launchctlCalls } = await installed(true);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      flags: [...BRIDGE_NODE_FLAGS],
      args: ["--port", "63762", "--data-dir", options.dataDir, "--log", logPath, "--agent"],
    });
    expect(existsSync(plistPath)).toBe(true);
    expect(existsSync(logPath)).toBe(true);
    expect(launchctlCalls).toBe("");
  });

  test("with the bundle gone it removes the plist and the log and boots the agent out", async () => {
    const { run, plistPath, logPath, launchctlCalls } = await installed(false);
    expect(run.status).toBe(0);
    expect(run.stdout + run.stderr).toBe("");
    expect(existsSync(plistPath)).toBe(false);
    expect(existsSync(logPath)).toBe(false);
    expect(existsSync(`${logPath}.1`)).toBe(false);
    expect(launchctlCalls).toBe(`bootout ${SERVICE}\n`);
  });

  test("with Raycast's node gone it removes itself too (Start Bridge reinstalls with the new node)", async () => {
    const { plistPath, launchctlCalls } = await installed(true, "/nonexistent/raycast/node");
    expect(existsSync(plistPath)).toBe(false);
    expect(launchctlCalls).toBe(`bootout ${SERVICE}\n`);
  });
});

describe("launchAgent", () => {
  test("install on a fresh machine: writes the plist, bootstraps, kickstarts", async () => {
    const { agent, launchctl, plistPath, options } = setup();
    await agent.install();
    expect(readFileSync(plistPath, "utf8")).toBe(launchAgentPlist(options));
    expect(statSync(plistPath).mode & 0o777).toBe(0o644);
    expect(existsSync(join(options.homeDir, "Library/Logs"))).toBe(true);
    expect(launchctl.calls).toEqual([
      `/bin/launchctl print ${SERVICE}`,
      `/bin/launchctl bootstrap gui/501 ${plistPath}`,
      `/bin/launchctl kickstart ${SERVICE}`,
    ]);
    expect(launchctl.state).toMatchObject({ loaded: true, running: true });
  });

  test("install over a loaded agent boots it out first, so the new plist takes effect", async () => {
    const { agent, launchctl, plistPath } = setup({ loaded: true, running: true });
    await agent.install();
    expect(launchctl.calls).toEqual([
      `/bin/launchctl print ${SERVICE}`,
      `/bin/launchctl bootout ${SERVICE}`,
      `/bin/launchctl bootstrap gui/501 ${plistPath}`,
      `/bin/launchctl kickstart ${SERVICE}`,
    ]);
  });

  test("bootstrap is retried while a bootout finishes, then fails with launchctl's words", async () => {
    const first = setup({ loaded: true, running: true });
    first.launchctl.failBootstraps(2);
    await first.agent.install();
    expect(first.sleeps).toEqual([500, 500]);
    expect(first.launchctl.state.running).toBe(true);

    const second = setup();
    second.launchctl.failBootstraps(3);
    await expect(second.agent.install()).rejects.toThrow(
      "launchctl bootstrap failed (5): Bootstrap failed: 5: Input/output error",
    );
    expect(second.launchctl.calls.filter((c) => c.includes("bootstrap"))).toHaveLength(3);
  });

  test("start: an up-to-date, loaded agent is only kickstarted", async () => {
    const { agent, launchctl } = setup();
    await agent.install();
    launchctl.state.running = false; // it crashed and launchd is throttling the restart
    launchctl.calls.length = 0;
    await agent.start();
    expect(launchctl.calls).toEqual([`/bin/launchctl print ${SERVICE}`, `/bin/launchctl kickstart ${SERVICE}`]);
    expect(launchctl.state.running).toBe(true);
  });

  test("start twice: the first installs, the second finds it running and only kickstarts (a no-op)", async () => {
    const { agent, launchctl, plistPath } = setup();
    await agent.start();
    const firstPlist = readFileSync(plistPath, "utf8");
    launchctl.calls.length = 0;
    await agent.start();
    expect(launchctl.calls).toEqual([`/bin/launchctl print ${SERVICE}`, `/bin/launchctl kickstart ${SERVICE}`]);
    expect(readFileSync(plistPath, "utf8")).toBe(firstPlist);
    expect(launchctl.state).toMatchObject({ loaded: true, running: true });
  });

  test("start: an installed but unloaded agent is bootstrapped again", async () => {
    const { agent, launchctl, plistPath } = setup();
    await agent.install();
    launchctl.state.loaded = false;
    launchctl.state.running = false;
    launchctl.calls.length = 0;
    await agent.start();
    expect(launchctl.calls).toEqual([
      `/bin/launchctl print ${SERVICE}`,
      `/bin/launchctl bootstrap gui/501 ${plistPath}`,
      `/bin/launchctl kickstart ${SERVICE}`,
    ]);
  });

  test("start: a plist pointing at an old node (Raycast updated) is rewritten and reloaded", async () => {
    const old = setup({}, { nodePath: "/old/node" });
    await old.agent.install();
    const current = launchAgent({ ...old.options, nodePath: NODE });
    old.launchctl.calls.length = 0;
    await current.start();
    expect(readFileSync(old.plistPath, "utf8")).toContain(`<string>${NODE}</string>`);
    expect(old.launchctl.calls).toEqual([
      `/bin/launchctl print ${SERVICE}`,
      `/bin/launchctl bootout ${SERVICE}`,
      `/bin/launchctl bootstrap gui/501 ${old.plistPath}`,
      `/bin/launchctl kickstart ${SERVICE}`,
    ]);
  });

  test("status reads launchctl print", async () => {
    const { agent, launchctl, logPath } = setup();
    expect(await agent.status()).toEqual({ installed: false, loaded: false, running: false, pid: null, logPath });
    await agent.install();
    expect(await agent.status()).toEqual({ installed: true, loaded: true, running: true, pid: 4242, logPath });
    launchctl.state.running = false;
    expect(await agent.status()).toMatchObject({ loaded: true, running: false, pid: null });
  });

  test("uninstall boots the agent out and removes the plist; again is harmless", async () => {
    const { agent, launchctl, plistPath } = setup();
    await agent.install();
    launchctl.calls.length = 0;
    expect(await agent.uninstall()).toEqual({ bootedOut: true, removedPlist: true });
    expect(launchctl.calls).toEqual([`/bin/launchctl print ${SERVICE}`, `/bin/launchctl bootout ${SERVICE}`]);
    expect(existsSync(plistPath)).toBe(false);
    expect(launchctl.state).toMatchObject({ loaded: false, running: false });
    launchctl.calls.length = 0;
    expect(await agent.uninstall()).toEqual({ bootedOut: false, removedPlist: false });
    expect(launchctl.calls).toEqual([`/bin/launchctl print ${SERVICE}`]);
  });

  test("uninstall of an agent launchd has forgotten (plist only) just removes the plist", async () => {
    const { agent, launchctl, plistPath } = setup();
    await agent.install();
    launchctl.state.loaded = false;
    expect(await agent.uninstall()).toEqual({ bootedOut: false, removedPlist: true });
    expect(existsSync(plistPath)).toBe(false);
  });

  test("a refused bootout keeps the plist and says launchctl's words; one that lost a race is fine", async () => {
    const { agent, launchctl, plistPath, options } = setup();
    await agent.install();
    launchctl.failNext("bootout", { code: 150, stdout: "", stderr: "Boot-out failed: 150: Operation not permitted\n" });
    await expect(agent.uninstall()).rejects.toThrow(
      "launchctl bootout failed (150): Boot-out failed: 150: Operation not permitted",
    );
    expect(existsSync(plistPath)).toBe(true);
    expect(launchctl.state.loaded).toBe(true);

    // The service exits between print and bootout: bootout says "No such process", the agent is gone anyway.
    const racing: CommandRunner = async (command, args) => {
      if (args[0] === "bootout") {
        launchctl.state.loaded = false;
        return { code: 3, stdout: "", stderr: "Boot-out failed: 3: No such process" };
      }
      return launchctl.run(command, args);
    };
    expect(await launchAgent({ ...options, run: racing }).uninstall()).toEqual({ bootedOut: true, removedPlist: true });
    expect(existsSync(plistPath)).toBe(false);
  });

  test("a kickstart failure is reported with launchctl's message", async () => {
    const { options } = setup();
    const denied = {
      code: 150,
      stdout: "",
      stderr: "Operation not permitted while System Integrity Protection is engaged\n",
    };
    const run: CommandRunner = async (command, args) => (args[0] === "kickstart" ? denied : options.run(command, args));
    await expect(launchAgent({ ...options, run }).install()).rejects.toThrow(
      "launchctl kickstart failed (150): Operation not permitted while System Integrity Protection is engaged",
    );
  });
});

test("unsupportedAgent says how to run the bridge instead", async () => {
  await expect(unsupportedAgent("linux", 63762).start()).rejects.toThrow(
    "running the bridge as a background agent needs macOS (this is linux); run it with `npm run bridge -- --port 63762`",
  );
});

test("execRunner reports exit codes and output without throwing", async () => {
  const r = await execRunner(process.execPath, [
    "-e",
    "process.stdout.write('out'); process.stderr.write('err'); process.exit(3)",
  ]);
  expect(r).toEqual({ code: 3, stdout: "out", stderr: "err" });
  const missing = await execRunner("/nonexistent/launchctl", ["print"]);
  expect(missing.code).not.toBe(0);
  expect(missing.stderr).toMatch(/ENOENT/);
});
