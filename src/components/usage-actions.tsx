/** The actions every view over the usage offers, each with the same title and shortcut everywhere. */
import { Action, Icon } from "@raycast/api";
import type { Usage } from "../hooks/use-usage";
import { copyClaudeCodeStatusLine, copyUsageJson, SETTINGS_URL, SHORTCUTS } from "./navigation";

type UsageProps = { usage: Pick<Usage, "view" | "failures" | "refresh"> };

export function RefreshAction({ usage }: UsageProps) {
  return (
    <Action
      icon={Icon.ArrowClockwise}
      title="Refresh"
      shortcut={SHORTCUTS.refresh}
      onAction={() => usage.refresh({ announce: true })}
    />
  );
}

export function CopyJsonAction({ usage }: UsageProps) {
  return (
    <Action
      icon={Icon.CopyClipboard}
      title="Copy as JSON"
      shortcut={SHORTCUTS.copyJson}
      onAction={() => copyUsageJson(usage.view, usage.failures)}
    />
  );
}

export function OpenSettingsPageAction() {
  return (
    <Action.OpenInBrowser
      title="Open Claude.ai Usage Settings"
      url={SETTINGS_URL}
      shortcut={SHORTCUTS.openSettingsPage}
    />
  );
}

/** One step to put the same numbers under Claude Code's prompt (docs/FACTS.md §8). */
export function CopyStatusLineAction() {
  return <Action icon={Icon.Terminal} title="Copy Claude Code Status Line" onAction={copyClaudeCodeStatusLine} />;
}
