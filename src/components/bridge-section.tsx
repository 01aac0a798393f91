/** The menu bar's offer to start the bridge when it is not answering (see useBridgeDown). */
import { Icon, launchCommand, LaunchType, MenuBarExtra } from "@raycast/api";

const START_BRIDGE_COMMAND = "start-bridge";

export function BridgeDownSection({ down }: { down: boolean }) {
  if (!down) return null;
  return (
    <MenuBarExtra.Section title="Bridge not running">
      <MenuBarExtra.Item
        icon={Icon.Play}
        title="Start Bridge"
        tooltip="Runs the bridge in the background (launchd) so the companion extension can deliver readings"
        onAction={() => launchCommand({ name: START_BRIDGE_COMMAND, type: LaunchType.UserInitiated })}
      />
    </MenuBarExtra.Section>
  );
}
