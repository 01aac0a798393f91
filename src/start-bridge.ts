/**
 * "Start Bridge" (no-view): installs the bridge as a per-user launchd agent if needed, starts it,
 * and confirms with a HUD once /health answers; a failure toast says why and where the log is.
 */
import { environment, getPreferenceValues, showHUD, showToast, Toast } from "@raycast/api";
import type { BridgeAgent } from "./bridge/agent";
import { bridgeAgentFor, startBridgeAndWait } from "./bridge/control";
import { parsePreferences } from "./core/preferences";
import { errorMessage } from "./sources/load";

export interface StartBridgeDeps {
  /** Defaults to the launchd agent (macOS) for this Raycast install. */
  agent?: BridgeAgent;
  fetch?: typeof fetch;
  waitMs?: number;
}

export async function startBridgeCommand(deps: StartBridgeDeps = {}): Promise<void> {
  const toast = await showToast({ style: Toast.Style.Animated, title: "Starting the bridge…" });
  try {
    const { bridgePort: port, allowedExtensions } = parsePreferences(getPreferenceValues<Preferences.StartBridge>());
    const agent =
      deps.agent ??
      bridgeAgentFor({
        port,
        allowedExtensions,
        assetsPath: environment.assetsPath,
        dataDir: environment.supportPath,
      });
    const health = await startBridgeAndWait({ agent, port, fetch: deps.fetch, waitMs: deps.waitMs });
    await toast.hide();
    const held = health.snapshots === 1 ? "1 snapshot" : `${health.snapshots} snapshots`;
    await showHUD(`Bridge running on 127.0.0.1:${port} · ${held}`);
  } catch (error) {
    toast.style = Toast.Style.Failure;
    toast.title = "Could not start the bridge";
    toast.message = errorMessage(error);
  }
}

export default async function StartBridge() {
  await startBridgeCommand();
}
