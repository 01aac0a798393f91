/** The pieces of the menu-bar menu: one section per account, source failures, and the actions. */
import { Icon, MenuBarExtra, openExtensionPreferences } from "@raycast/api";
import { describeForecast, shortForecast } from "../core/forecast";
import { formatAbsolute, formatAge } from "../core/format";
import { extraUsageLine, shownPercent, updatedLine } from "../core/summary";
import { accountTitle, type AccountView, type UsageView, type WindowView } from "../core/view";
import type { Usage } from "../hooks/use-usage";
import { WARNING_ICON, windowIcon } from "./look";
import {
  copyUsageJson,
  openExtraUsage,
  openSettingsPage,
  openUsageWindows,
  SETTINGS_URL,
  SHORTCUTS,
} from "./navigation";

/** "resets in 2h 47m · limit ~40m": a coming limit earns its place on the row; every verdict is in the tooltip. */
function windowSubtitle(w: WindowView, now: Date): string {
  return w.forecast.verdict === "hits_limit" ? `${w.resetLine} · ${shortForecast(w.forecast, now)}` : w.resetLine;
}

function windowTooltip(w: WindowView, binding: boolean, now: Date): string {
  const lines = [
    w.resetsAt ? `Resets ${formatAbsolute(w.resetsAt, now)}` : w.resetLine,
    `Forecast: ${describeForecast(w.forecast, now)}`,
    `${w.sourceLabel}${w.fetchedAt ? `, ${formatAge(w.fetchedAt, now)}` : ""}`,
  ];
  if (binding) lines.unshift("Closest to its limit");
  if (!w.known) lines.push("A window this version does not know yet");
  return lines.join("\n");
}

function WindowMenuItem({ window: w, view }: { window: WindowView; view: UsageView }) {
  return (
    <MenuBarExtra.Item
      icon={windowIcon(w)}
      title={`${w.label}${w.known ? "" : " (new)"}   ${shownPercent(w)}`}
      subtitle={windowSubtitle(w, view.now)}
      tooltip={windowTooltip(w, view.binding === w, view.now)}
      onAction={openUsageWindows}
    />
  );
}

export function AccountMenuSection({ account, view }: { account: AccountView; view: UsageView }) {
  const sourceErrors = account.sources.flatMap((s) => s.errors.map((e) => `${s.sourceLabel}: ${e}`));
  return (
    <MenuBarExtra.Section title={`${accountTitle(account)}${account.stale ? " · stale" : ""}`}>
      {account.windows.map((w) => (
        <WindowMenuItem key={w.key} window={w} view={view} />
      ))}
      {account.windows.length === 0 ? <MenuBarExtra.Item title="No windows in this reading" /> : null}
      {account.extraUsage ? (
        <MenuBarExtra.Item icon={Icon.Coins} title={extraUsageLine(account.extraUsage)} onAction={openExtraUsage} />
      ) : null}
      {account.errors.map((e) => (
        <MenuBarExtra.Item key={`window:${e.window}`} icon={WARNING_ICON} title={`${e.window}: ${e.message}`} />
      ))}
      {sourceErrors.map((line) => (
        <MenuBarExtra.Item key={`source:${line}`} icon={WARNING_ICON} title={line} />
      ))}
      <MenuBarExtra.Item icon={Icon.Clock} title={updatedLine(account, view.now)} />
    </MenuBarExtra.Section>
  );
}

/** Why there is nothing to show, or which sources failed while others answered. */
export function ProblemSection({ title, lines }: { title: string; lines: string[] }) {
  if (lines.length === 0) return null;
  return (
    <MenuBarExtra.Section title={title}>
      {lines.map((line) => (
        <MenuBarExtra.Item key={line} icon={WARNING_ICON} title={line} />
      ))}
    </MenuBarExtra.Section>
  );
}

export function MenuActions({ usage }: { usage: Usage }) {
  return (
    <MenuBarExtra.Section>
      <MenuBarExtra.Item
        icon={Icon.ArrowClockwise}
        title="Refresh"
        shortcut={SHORTCUTS.refresh}
        onAction={() => usage.refresh()}
      />
      <MenuBarExtra.Item
        icon={Icon.List}
        title="Open Usage Windows"
        shortcut={SHORTCUTS.openList}
        onAction={openUsageWindows}
      />
      <MenuBarExtra.Item
        icon={Icon.Coins}
        title="Open Extra Usage"
        shortcut={SHORTCUTS.extraUsage}
        onAction={openExtraUsage}
      />
      <MenuBarExtra.Item
        icon={Icon.Globe}
        title="Open Claude.ai Usage Settings"
        tooltip={SETTINGS_URL}
        shortcut={SHORTCUTS.openSettingsPage}
        onAction={openSettingsPage}
      />
      <MenuBarExtra.Item
        icon={Icon.CopyClipboard}
        title="Copy as JSON"
        shortcut={SHORTCUTS.copyJson}
        onAction={() => copyUsageJson(usage.view, usage.failures)}
      />
      <MenuBarExtra.Item
        icon={Icon.Gear}
        title="Configure…"
        shortcut={SHORTCUTS.preferences}
        onAction={openExtensionPreferences}
      />
    </MenuBarExtra.Section>
  );
}
