/** The actions of the Usage Windows list, shared by every item and the empty view. */
import { Action, ActionPanel, Icon, openExtensionPreferences } from "@raycast/api";
import type { ReactNode } from "react";
import type { Usage } from "../hooks/use-usage";
import { copyUsageJson, SETTINGS_URL, SHORTCUTS } from "./navigation";

export interface ListActionsProps {
  usage: Usage;
  /** The pushed Extra Usage view. */
  extraUsage: ReactNode;
  showingDetail: boolean;
  onToggleDetail: () => void;
  /** Actions about the selected item (Copy Percent), shown first. */
  children?: ReactNode;
}

export function ListActions({ usage, extraUsage, showingDetail, onToggleDetail, children }: ListActionsProps) {
  return (
    <ActionPanel>
      <ActionPanel.Section>
        <Action
          icon={Icon.Sidebar}
          title={showingDetail ? "Hide Details" : "Show Details"}
          shortcut={SHORTCUTS.toggleDetail}
          onAction={onToggleDetail}
        />
        <Action.Push icon={Icon.Coins} title="Show Extra Usage" shortcut={SHORTCUTS.extraUsage} target={extraUsage} />
        <Action
          icon={Icon.ArrowClockwise}
          title="Refresh"
          shortcut={SHORTCUTS.refresh}
          onAction={() => usage.refresh({ announce: true })}
        />
      </ActionPanel.Section>
      <ActionPanel.Section>
        {children}
        <Action
          icon={Icon.CopyClipboard}
          title="Copy as JSON"
          shortcut={SHORTCUTS.copyJson}
          onAction={() => copyUsageJson(usage.view, usage.failures)}
        />
        <Action.OpenInBrowser
          title="Open Claude.ai Usage Settings"
          url={SETTINGS_URL}
          shortcut={SHORTCUTS.openSettingsPage}
        />
        <Action
          icon={Icon.Gear}
          title="Configure Extension"
          shortcut={SHORTCUTS.preferences}
          onAction={openExtensionPreferences}
        />
      </ActionPanel.Section>
    </ActionPanel>
  );
}
