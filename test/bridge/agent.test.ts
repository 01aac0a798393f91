import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import {
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

describe("the LaunchAgent plist", () => {
  test("runs the bundle with Raycast's node, at login, kept alive, logging to ~/Library/Logs", () => {
    const { options, logPath } = setup();
    const plist = launchAgentPlist(options);
    expect(plist).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<!DOCTYPE plist /);
    expect(plist).toContain(`<key>Label</key>\n  <string>${AGENT_LABEL}</string>`);
    const args = [...plist.matchAll(/^ {4}<string>(.*)<\/string>$/gm)].map((m) => m[1]);
    expect(args).toEqual([
      NODE,
      // Bounded memory for a long-lived daemon (see BRIDGE_NODE_FLAGS); node flags go before the script.
      "--max-semi-space-size=1",
      "--max-old-space-size=64",
      "--optimize-for-size",
      "--v8-pool-size=1",
      SCRIPT,
      "--port",
      "63762",
      "--data-dir",
      options.dataDir,
      // The bridge writes (and rotates) its request log itself.
      "--log",
      logPath,
    ]);
    expect(plist).not.toContain("EnvironmentVariables");
    expect(plist).toContain("<key>RunAtLoad</key>\n  <true/>");
    expect(plist).toContain("<key>KeepAlive</key>\n  <true/>");
    expect(plist).toContain("<key>ThrottleInterval</key>\n  <integer>10</integer>");
    expect(logPath).toBe(join(options.homeDir, "Library/Logs/claude-plan-meter-bridge.log"));
    expect(plist).toContain(`<key>StandardOutPath</key>\n  <string>${logPath}</string>`);
    expect(plist).toContain(`<key>StandardErrorPath</key>\n  <string>${logPath}</string>`);
    expect(plist.match(/<dict>/g)).toHaveLength(1);
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
    const plist = launchAgentPlist({ ...options, dataDir: "/Users/a&b/<data>" });
    expect(plist).toContain("<string>/Users/a&amp;b/&lt;data&gt;</string>");
    expect(plist).not.toContain("a&b");
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
    await agent.uninstall();
    expect(launchctl.calls).toEqual([`/bin/launchctl print ${SERVICE}`, `/bin/launchctl bootout ${SERVICE}`]);
    expect(existsSync(plistPath)).toBe(false);
    await agent.uninstall();
    expect(launchctl.state.loaded).toBe(false);
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
