/**
 * "Stop Bridge" (no-view): boots the bridge's launchd agent out and removes its plist, so nothing of
 * it runs or starts at login any more. Stopping a stopped bridge says so; a launchctl failure is shown
 * in launchctl's own words. "Start Bridge" installs it again.
 */
import { environment, getPreferenceValues, showHUD, showToast, Toast } from "@raycast/api";
import type { BridgeAgent } from "./bridge/agent";
import { bridgeAgentFor, stopOutcomeLine } from "./bridge/control";
import { DEFAULT_BRIDGE_PORT } from "./core/bridge-port";
import { parsePreferences } from "./core/preferences";
import { errorMessage } from "./sources/load";

export interface StopBridgeDeps {
  /** Defaults to the launchd agent (macOS) for this Raycast install. */
  agent?: BridgeAgent;
}

/** Stopping needs no port; a mistyped "Bridge Port" must not stand between the user and stopping. */
function configuredPort(): number {
  try {
    return parsePreferences(getPreferenceValues<Preferences.StopBridge>()).bridgePort;
  } catch {
    return DEFAULT_BRIDGE_PORT;
  }
}

export async function stopBridgeCommand(deps: StopBridgeDeps = {}): Promise<void> {
  const toast = await showToast({ style: Toast.Style.Animated, title: "Stopping the bridge…" });
  try {
    const agent =
      deps.agent ??
      bridgeAgentFor({ port: configuredPort(), assetsPath: environment.assetsPath, dataDir: environment.supportPath });
    const outcome = await agent.uninstall();
    await toast.hide();
    await showHUD(stopOutcomeLine(outcome));
  } catch (error) {
    toast.style = Toast.Style.Failure;
    toast.title = "Could not stop the bridge";
    toast.message = errorMessage(error);
  }
}

export default async function StopBridge() {
  await stopBridgeCommand();
}
