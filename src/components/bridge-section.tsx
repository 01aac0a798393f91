/**
 * The menu bar's bridge section: "Start Bridge" when the bridge is not answering (see useBridgeDown),
 * "Stop Bridge" whenever its background agent is installed (see useBridgeAgentInstalled).
 */
import { Icon, launchCommand, LaunchType, MenuBarExtra } from "@raycast/api";

export const START_BRIDGE_COMMAND = "start-bridge";
const STOP_BRIDGE_COMMAND = "stop-bridge";

const run = (name: string) => () => launchCommand({ name, type: LaunchType.UserInitiated });

export function BridgeSection({ down, installed }: { down: boolean; installed: boolean }) {
  if (!down && !installed) return null;
  return (
    <MenuBarExtra.Section title={down ? "Bridge not running" : undefined}>
      {down && (
        <MenuBarExtra.Item
          icon={Icon.Play}
          title="Start Bridge"
          tooltip="Runs the bridge in the background (launchd) so the companion extension can deliver readings"
          onAction={run(START_BRIDGE_COMMAND)}
        />
      )}
      {installed && (
        <MenuBarExtra.Item
          icon={Icon.Stop}
          title="Stop Bridge"
          tooltip="Stops the bridge and removes its background agent; Start Bridge brings it back"
          onAction={run(STOP_BRIDGE_COMMAND)}
        />
      )}
    </MenuBarExtra.Section>
  );
}
