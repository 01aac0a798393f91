import { environment, showHUD, showToast, Toast } from "@raycast/api";
import { AGENT_LABEL, launchAgent, type BridgeAgent } from "../src/bridge/agent";
import { startBridgeCommand } from "../src/start-bridge";
import StartBridge from "../src/start-bridge";
import { closeAll, postJson, tempDir, testBridge } from "./bridge/harness";
import { launchctlDouble } from "./bridge/launchctl-double";
import { fixture } from "./fixtures";
import { resetRaycastDouble, setLaunch, setPreferences } from "./raycast-api-double/control";
import type { Toast as ToastDouble } from "./raycast-api-double/index";

beforeEach(() => {
  resetRaycastDouble();
  setLaunch({ commandName: "start-bridge" });
});
afterAll(closeAll);

/** The toast the command showed, as it ended up after the command updated it. */
async function lastToast(): Promise<ToastDouble> {
  const results = (showToast as unknown as jest.Mock).mock.results;
  return (await results[results.length - 1].value) as ToastDouble;
}

function agentWithDouble() {
  const launchctl = launchctlDouble();
  const agent = launchAgent({
    nodePath: "/raycast/node",
    scriptPath: `${environment.assetsPath}/bridge/bridge.js`,
    port: 63762,
    dataDir: environment.supportPath,
    homeDir: tempDir("cpm-home-"),
    uid: 501,
    run: launchctl.run,
    sleep: async () => undefined,
  });
  return { agent, launchctl };
}

test("installs and starts the agent, then confirms with a HUD once /health answers", async () => {
  const bridge = await testBridge();
  await postJson(bridge.port, fixture("bridge-post.json"));
  setPreferences({ bridgePort: String(bridge.port) });
  const { agent, launchctl } = agentWithDouble();
  await startBridgeCommand({ agent });
  expect(launchctl.calls.map((c) => c.split(" ")[1])).toEqual(["print", "bootstrap", "kickstart"]);
  expect(launchctl.calls[2]).toBe(`/bin/launchctl kickstart gui/501/${AGENT_LABEL}`);
  expect(showHUD).toHaveBeenCalledWith(`Bridge running on 127.0.0.1:${bridge.port} · 2 snapshots`);
  expect((await lastToast()).visible).toBe(false);
});

test("a bridge that never answers: a failure toast naming the log", async () => {
  const gone = await testBridge();
  await gone.close();
  setPreferences({ bridgePort: String(gone.port) });
  await startBridgeCommand({ agent: agentWithDouble().agent, waitMs: 600 });
  const toast = await lastToast();
  expect(toast).toMatchObject({ style: Toast.Style.Failure, title: "Could not start the bridge", visible: true });
  expect(toast.message).toMatch(
    /^the bridge did not come up within 0\.6 s \(bridge not running on 127\.0\.0\.1:\d+ .*\); its log: .*Library\/Logs\/claude-plan-meter-bridge\.log$/,
  );
  expect(showHUD).not.toHaveBeenCalled();
});

test("an agent that fails says why", async () => {
  const failing: BridgeAgent = {
    install: jest.fn(),
    status: jest.fn(),
    uninstall: jest.fn(),
    start: async () => {
      throw new Error("launchctl bootstrap failed (5): Bootstrap failed: 5: Input/output error");
    },
  };
  await startBridgeCommand({ agent: failing });
  expect(await lastToast()).toMatchObject({
    style: Toast.Style.Failure,
    message: "launchctl bootstrap failed (5): Bootstrap failed: 5: Input/output error",
  });
});

test("a bad Bridge Port preference is named", async () => {
  setPreferences({ bridgePort: "http://x" });
  const { agent, launchctl } = agentWithDouble();
  await startBridgeCommand({ agent });
  expect((await lastToast()).message).toBe(
    'Preference “Bridge Port”: expected a port number from 1 to 65535, got "http://x"',
  );
  expect(launchctl.calls).toEqual([]);
});

// On a Mac this would install a real agent, so it runs only elsewhere (CI is Linux).
const offMacOS = process.platform === "darwin" ? test.skip : test;

offMacOS("the command itself, off macOS, explains how to run the bridge instead", async () => {
  await StartBridge();
  expect(await lastToast()).toMatchObject({
    style: Toast.Style.Failure,
    message: expect.stringMatching(/needs macOS .*run it with `npm run bridge -- --port 63762`$/),
  });
});
