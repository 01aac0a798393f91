import { environment, showHUD, showToast, Toast } from "@raycast/api";
import { existsSync } from "node:fs";
import { AGENT_LABEL, agentPaths, launchAgent, type BridgeAgent } from "../src/bridge/agent";
import { bridgeAgentInstalled } from "../src/bridge/control";
import StopBridge, { stopBridgeCommand } from "../src/stop-bridge";
import { tempDir } from "./bridge/harness";
import { launchctlDouble } from "./bridge/launchctl-double";
import { resetRaycastDouble, setLaunch, setPreferences } from "./raycast-api-double/control";
import type { Toast as ToastDouble } from "./raycast-api-double/index";

const SERVICE = `gui/501/${AGENT_LABEL}`;

beforeEach(() => {
  resetRaycastDouble();
  setLaunch({ commandName: "stop-bridge" });
});

async function lastToast(): Promise<ToastDouble> {
  const results = (showToast as unknown as jest.Mock).mock.results;
  return (await results[results.length - 1].value) as ToastDouble;
}

/** A launchd agent on a pretend Mac: a real plist in a temp home, launchctl played by the double. */
async function installedAgent() {
  const launchctl = launchctlDouble();
  const homeDir = tempDir("cpm-home-");
  const agent = launchAgent({
    nodePath: process.execPath,
    scriptPath: `${environment.assetsPath}/bridge/bridge.js`,
    port: 63762,
    dataDir: environment.supportPath,
    homeDir,
    uid: 501,
    run: launchctl.run,
    sleep: async () => undefined,
  });
  await agent.install();
  launchctl.calls.length = 0;
  return { agent, launchctl, homeDir, plistPath: agentPaths(homeDir).plistPath };
}

test("boots the running agent out, removes its plist, and says so in a HUD", async () => {
  const { agent, launchctl, homeDir, plistPath } = await installedAgent();
  expect(bridgeAgentInstalled("darwin", homeDir)).toBe(true);
  await stopBridgeCommand({ agent });
  expect(launchctl.calls).toEqual([`/bin/launchctl print ${SERVICE}`, `/bin/launchctl bootout ${SERVICE}`]);
  expect(launchctl.state).toMatchObject({ loaded: false, running: false });
  expect(existsSync(plistPath)).toBe(false);
  expect(bridgeAgentInstalled("darwin", homeDir)).toBe(false);
  expect(showHUD).toHaveBeenCalledWith("Bridge stopped · background agent removed");
  expect(await lastToast()).toMatchObject({ title: "Stopping the bridge…", visible: false });
});

test("stopping twice is fine, and the second time says there was nothing to stop", async () => {
  const { agent, launchctl } = await installedAgent();
  await stopBridgeCommand({ agent });
  launchctl.calls.length = 0;
  await stopBridgeCommand({ agent });
  expect(launchctl.calls).toEqual([`/bin/launchctl print ${SERVICE}`]);
  expect(showHUD).toHaveBeenLastCalledWith("Bridge was not installed · nothing to stop");
  expect((await lastToast()).style).not.toBe(Toast.Style.Failure);
});

test("an agent launchd no longer knows: the plist is still removed", async () => {
  const { agent, launchctl, plistPath } = await installedAgent();
  launchctl.state.loaded = false;
  launchctl.state.running = false;
  await stopBridgeCommand({ agent });
  expect(existsSync(plistPath)).toBe(false);
  expect(showHUD).toHaveBeenCalledWith("Bridge was not running · background agent removed");
});

test("a refused bootout: a failure toast with launchctl's own message, the agent left as it was", async () => {
  const { agent, launchctl, plistPath } = await installedAgent();
  launchctl.failNext("bootout", {
    code: 150,
    stdout: "",
    stderr: "Boot-out failed: 150: Operation not permitted while System Integrity Protection is engaged\n",
  });
  await stopBridgeCommand({ agent });
  expect(await lastToast()).toMatchObject({
    style: Toast.Style.Failure,
    title: "Could not stop the bridge",
    message:
      "launchctl bootout failed (150): Boot-out failed: 150: Operation not permitted while System Integrity Protection is engaged",
    visible: true,
  });
  expect(existsSync(plistPath)).toBe(true);
  expect(showHUD).not.toHaveBeenCalled();
});

test("a mistyped Bridge Port does not block stopping", async () => {
  setPreferences({ bridgePort: "http://x" });
  const { agent, plistPath } = await installedAgent();
  await stopBridgeCommand({ agent });
  expect(existsSync(plistPath)).toBe(false);
});

test("off macOS nothing is ever installed, so the menu never offers Stop Bridge", () => {
  const homeDir = tempDir("cpm-home-");
  expect(bridgeAgentInstalled("linux", homeDir)).toBe(false);
});

// On a Mac this would remove a real agent, so it runs only elsewhere (CI is Linux).
const offMacOS = process.platform === "darwin" ? test.skip : test;

offMacOS("the command itself, off macOS, explains instead of failing obscurely", async () => {
  setPreferences({ bridgePort: "4100" });
  await StopBridge();
  expect(await lastToast()).toMatchObject({
    style: Toast.Style.Failure,
    title: "Could not stop the bridge",
    message: expect.stringMatching(/needs macOS .*run it with `npm run bridge -- --port 4100`$/),
  });
});

test("a failing agent of any kind is named, not thrown", async () => {
  const failing: BridgeAgent = {
    install: jest.fn(),
    start: jest.fn(),
    status: jest.fn(),
    uninstall: async () => {
      throw new Error("EACCES: permission denied, unlink '/Users/ada/Library/LaunchAgents/x.plist'");
    },
  };
  await expect(stopBridgeCommand({ agent: failing })).resolves.toBeUndefined();
  expect((await lastToast()).message).toBe(
    "EACCES: permission denied, unlink '/Users/ada/Library/LaunchAgents/x.plist'",
  );
});
