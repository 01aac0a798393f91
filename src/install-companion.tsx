/**
 * "Install Browser Companion": the companion ships inside the extension's assets, so loading it
 * unpacked takes three steps in the browser and no download or clone.
 */
import {
  Action,
  ActionPanel,
  Detail,
  environment,
  getPreferenceValues,
  Icon,
  Keyboard,
  launchCommand,
  LaunchType,
} from "@raycast/api";
import { join } from "node:path";
import { bridgeOrigin, companionPortStep, DEFAULT_BRIDGE_PORT, parseBridgePort } from "./core/bridge-port";
import { START_BRIDGE_COMMAND } from "./components/bridge-section";

/** Each browser's own extensions page (they all accept the same unpacked folder). */
const EXTENSION_PAGES = ["chrome://extensions", "arc://extensions", "brave://extensions", "edge://extensions"];

export function companionFolder(): string {
  return join(environment.assetsPath, "companion");
}

export function installSteps(folder: string, port: number): string {
  return [
    "# Install the browser companion",
    "The companion is a small browser extension that reads your plan usage from claude.ai with the login you already have there, and hands it to Claude Plan Meter's local bridge every minute.",
    "## In Chrome, Arc, Brave or Edge",
    `1. Open the extensions page: ${EXTENSION_PAGES.map((page) => `\`${page}\``).join(", ")}.`,
    "2. Turn on **Developer mode** (top right; in Edge, in the left sidebar).",
    "3. Click **Load unpacked** and choose this folder (⌘⇧F reveals it in Finder, ⌘⇧, copies its path):",
    "",
    `   \`${folder}\``,
    "",
    companionPortStep(port),
    "",
    "Start the bridge the companion delivers to (⌘⇧B, or the **Start Bridge** command); it keeps running in the background.",
    "",
    "Then sign in to claude.ai in that browser, if you are not already. The toolbar badge shows your 5-hour usage; `!` means something needs attention (hover it for the reason).",
    "## What it reads and where it goes",
    "- From `https://claude.ai`: your account's organizations, and per organization its usage, extra-usage limit and subscription status — the numbers claude.ai's own settings page shows.",
    `- It sends them only to \`${bridgeOrigin(port)}\` (the bridge on this Mac). Nothing else, no analytics.`,
    "- The browser attaches your claude.ai cookies itself; the companion never reads, stores or sends a cookie, and card details are never forwarded.",
  ].join("\n");
}

/** The "Bridge Port" preference; a mistyped one is named by the other commands, here the default stands in. */
function bridgePort(): number {
  return parseBridgePort(getPreferenceValues<Preferences.InstallCompanion>().bridgePort ?? "") ?? DEFAULT_BRIDGE_PORT;
}

export default function InstallCompanion() {
  const folder = companionFolder();
  const port = bridgePort();
  return (
    <Detail
      markdown={installSteps(folder, port)}
      actions={
        <ActionPanel>
          <Action.ShowInFinder
            title="Reveal Companion Folder"
            path={folder}
            shortcut={{ modifiers: ["cmd", "shift"], key: "f" }}
          />
          <Action.CopyToClipboard
            title="Copy Folder Path"
            content={folder}
            shortcut={Keyboard.Shortcut.Common.CopyPath}
          />
          <Action.OpenInBrowser title="Open Claude.ai" url="https://claude.ai" />
          <Action
            icon={Icon.Play}
            title="Start Bridge"
            shortcut={{ modifiers: ["cmd", "shift"], key: "b" }}
            onAction={() => launchCommand({ name: START_BRIDGE_COMMAND, type: LaunchType.UserInitiated })}
          />
        </ActionPanel>
      }
    />
  );
}
