/** Where the commands send the user: the other commands, claude.ai, the preferences; and the shortcuts for it. */
import { Clipboard, type Keyboard, launchCommand, LaunchType, open, showHUD } from "@raycast/api";
import { describeFailures } from "../core/merge";
import { toJsonReport } from "../core/report";
import type { SourceFailure } from "../core/snapshot";
import type { UsageView } from "../core/view";

export const SETTINGS_URL = "https://claude.ai/settings/usage";

export const SHORTCUTS = {
  refresh: { modifiers: ["cmd"], key: "r" },
  openList: { modifiers: ["cmd"], key: "l" },
  extraUsage: { modifiers: ["cmd"], key: "e" },
  openSettingsPage: { modifiers: ["cmd"], key: "o" },
  copyJson: { modifiers: ["cmd", "shift"], key: "j" },
  copyPercent: { modifiers: ["cmd", "shift"], key: "c" },
  toggleDetail: { modifiers: ["cmd"], key: "d" },
  preferences: { modifiers: ["cmd"], key: "," },
} satisfies Record<string, Keyboard.Shortcut>;

export function openUsageWindows(): Promise<void> {
  return launchCommand({ name: "usage-windows", type: LaunchType.UserInitiated });
}

export function openExtraUsage(): Promise<void> {
  return launchCommand({ name: "extra-usage", type: LaunchType.UserInitiated });
}

export function openSettingsPage(): Promise<void> {
  return open(SETTINGS_URL);
}

/** The same document as `npm start -- --json`. */
function usageJson(view: UsageView, failures: SourceFailure[]): string {
  return JSON.stringify(toJsonReport(view, describeFailures(failures)), null, 2);
}

export async function copyUsageJson(view: UsageView, failures: SourceFailure[]): Promise<void> {
  await Clipboard.copy(usageJson(view, failures));
  await showHUD("Copied usage as JSON");
}
