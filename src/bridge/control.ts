/**
 * Starting and stopping the bridge from Raycast: shared by the "Start Bridge" and "Stop Bridge"
 * commands and the menu bar's bridge section. No @raycast/api here: the commands pass in their paths.
 */
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { bridgeHealth, localBridgeUrl, type BridgeHealth } from "../sources/bridge";
import { errorMessage } from "../sources/load";
import {
  AgentError,
  agentPaths,
  execRunner,
  launchAgent,
  unsupportedAgent,
  type BridgeAgent,
  type UninstallOutcome,
} from "./agent";

const BRIDGE_UP_WAIT_MS = 8_000;
const POLL_INTERVAL_MS = 250;

export interface RaycastAgentOptions {
  port: number;
  /** environment.assetsPath: the bundle is assets/bridge/bridge.js. */
  assetsPath: string;
  /** environment.supportPath: where the bridge keeps its state. */
  dataDir: string;
  /** The "Allowed Extensions" preference: extension ids answered besides the companion. */
  allowedExtensions?: readonly string[];
  platform?: NodeJS.Platform;
  /** Raycast's own node, which is running this command. */
  nodePath?: string;
  homeDir?: string;
  uid?: number;
}

/** The launchd agent on macOS; elsewhere an agent that explains how to run the bridge by hand. */
export function bridgeAgentFor(options: RaycastAgentOptions): BridgeAgent {
  const platform = options.platform ?? process.platform;
  if (platform !== "darwin") return unsupportedAgent(platform, options.port);
  return launchAgent({
    nodePath: options.nodePath ?? process.execPath,
    scriptPath: join(options.assetsPath, "bridge", "bridge.js"),
    port: options.port,
    dataDir: options.dataDir,
    allowedExtensions: options.allowedExtensions,
    homeDir: options.homeDir ?? homedir(),
    uid: options.uid ?? process.getuid?.() ?? 0,
    run: execRunner,
  });
}

export interface StartOptions {
  agent: BridgeAgent;
  port: number;
  fetch?: typeof fetch;
  waitMs?: number;
  homeDir?: string;
}

/** Starts (or repairs) the agent, then waits until /health answers; the error says where the log is. */
export async function startBridgeAndWait({
  agent,
  port,
  fetch: fetchImpl,
  waitMs = BRIDGE_UP_WAIT_MS,
  homeDir = homedir(),
}: StartOptions): Promise<BridgeHealth> {
  await agent.start();
  const url = localBridgeUrl(port);
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      return await bridgeHealth({ url, fetch: fetchImpl, timeoutMs: Math.min(2_000, waitMs) });
    } catch (error) {
      if (Date.now() >= deadline) {
        const { logPath } = agentPaths(homeDir);
        throw new AgentError(
          `the bridge did not come up within ${waitMs / 1000} s (${errorMessage(error)}); its log: ${logPath}`,
        );
      }
    }
    await new Promise((done) => setTimeout(done, POLL_INTERVAL_MS));
  }
}

/** Whether this Mac has the bridge's launchd agent installed, i.e. there is something to stop. */
export function bridgeAgentInstalled(platform: NodeJS.Platform = process.platform, homeDir = homedir()): boolean {
  return platform === "darwin" && existsSync(agentPaths(homeDir).plistPath);
}

/** The HUD after "Stop Bridge": what was actually undone, so stopping twice reads true both times. */
export function stopOutcomeLine({ bootedOut, removedPlist }: UninstallOutcome): string {
  if (bootedOut) return "Bridge stopped · background agent removed";
  if (removedPlist) return "Bridge was not running · background agent removed";
  return "Bridge was not installed · nothing to stop";
}
