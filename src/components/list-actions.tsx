/** The actions of the Usage Windows list, shared by every item and the empty view. */
import { Action, ActionPanel, Icon, openExtensionPreferences } from "@raycast/api";
import type { ReactNode } from "react";
import type { Usage } from "../hooks/use-usage";
import { SHORTCUTS } from "./navigation";
import { CopyJsonAction, OpenSettingsPageAction, RefreshAction } from "./usage-actions";

export interface ListActionsProps {
  usage: Usage;
  /** The pushed Extra Usage view. */
  extraUsage: ReactNode;
  showingDetail: boolean;
  /** Absent where there is no item to detail (the empty view). */
  onToggleDetail?: () => void;
  /** Actions about the selected item (Copy Percent), shown first. */
  children?: ReactNode;
  /** With no data, the set-up to run (SetupActions): first, so ↵ runs it. */
  setup?: ReactNode;
}

export function ListActions({ usage, extraUsage, showingDetail, onToggleDetail, children, setup }: ListActionsProps) {
  return (
    <ActionPanel>
      {setup ? <ActionPanel.Section>{setup}</ActionPanel.Section> : null}
      <ActionPanel.Section>
        {onToggleDetail ? (
          <Action
            icon={Icon.Sidebar}
            title={showingDetail ? "Hide Details" : "Show Details"}
            shortcut={SHORTCUTS.toggleDetail}
            onAction={onToggleDetail}
          />
        ) : null}
        <Action.Push icon={Icon.Coins} title="Show Extra Usage" shortcut={SHORTCUTS.extraUsage} target={extraUsage} />
        <RefreshAction usage={usage} />
      </ActionPanel.Section>
      <ActionPanel.Section>
        {children}
        <CopyJsonAction usage={usage} />
        <OpenSettingsPageAction />
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
