/**
 * The pieces of the menu-bar menu: one section per account, source failures, and the actions. Rows
 * are one short line each (no padding for alignment, long text clipped, the full text in the
 * tooltip); windows that have not started share one row.
 */
import { Color, Icon, MenuBarExtra, openExtensionPreferences } from "@raycast/api";
import { describeForecast, shortForecast } from "../core/forecast";
import { formatAge, formatLocalDateTime } from "../core/format";
import { extraUsageLine, shownPercent, updatedLine } from "../core/summary";
import { clip } from "../core/text";
import { accountTitle, type AccountView, type UsageView, type WindowView } from "../core/view";
import type { Usage } from "../hooks/use-usage";
import { LIMITS_YOU_FIRST, WARNING_ICON, windowIcon } from "./look";
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

/** Menu rows stay one short line; the tooltip carries the whole text. */
const MENU_LINE_MAX = 72;
const LABEL_MAX = 32;
const SECTION_TITLE_MAX = 48;

function windowTooltip(w: WindowView, binding: boolean, now: Date): string {
  const lines = [
    w.resetsAt ? `Resets ${formatLocalDateTime(w.resetsAt, now)}` : w.resetLine,
    `Forecast: ${describeForecast(w.forecast, now)}`,
    `${w.sourceLabel}${w.fetchedAt ? `, ${formatAge(w.fetchedAt, now)}` : ""}`,
  ];
  if (binding) lines.unshift(LIMITS_YOU_FIRST);
  if (w.label.length > LABEL_MAX) lines.unshift(w.label);
  if (!w.known) lines.push("A window this version does not know yet");
  return lines.join("\n");
}

function WindowMenuItem({ window: w, view }: { window: WindowView; view: UsageView }) {
  return (
    <MenuBarExtra.Item
      icon={windowIcon(w)}
      title={`${clip(w.label, LABEL_MAX)}${w.known ? "" : " (new)"} ${shownPercent(w)}`}
      subtitle={windowSubtitle(w, view.now)}
      tooltip={windowTooltip(w, view.binding === w, view.now)}
      onAction={openUsageWindows}
    />
  );
}

/** Windows with nothing counted yet say nothing about pressure: one row for all of them. */
function NotStartedItem({ windows }: { windows: WindowView[] }) {
  if (windows.length === 0) return null;
  const labels = windows.map((w) => w.label);
  return (
    <MenuBarExtra.Item
      icon={{ source: Icon.Circle, tintColor: Color.SecondaryText }}
      title={clip(`Not started: ${labels.join(", ")}`, MENU_LINE_MAX)}
      tooltip={`Nothing counted yet in ${labels.join(", ")}`}
      onAction={openUsageWindows}
    />
  );
}

function ExtraUsageItem({ line }: { line: string }) {
  const short = clip(line, MENU_LINE_MAX);
  return (
    <MenuBarExtra.Item
      icon={Icon.Coins}
      title={short}
      tooltip={short === line ? undefined : line}
      onAction={openExtraUsage}
    />
  );
}

/** A problem as one short row; the full text in its tooltip. */
function ProblemItem({ line }: { line: string }) {
  const short = clip(line.split("\n")[0], MENU_LINE_MAX);
  return <MenuBarExtra.Item icon={WARNING_ICON} title={short} tooltip={short === line ? undefined : line} />;
}

export function AccountMenuSection({ account, view }: { account: AccountView; view: UsageView }) {
  const sourceErrors = account.sources.flatMap((s) => s.errors.map((e) => `${s.sourceLabel}: ${e}`));
  const started = account.windows.filter((w) => w.state !== "not_started");
  const notStarted = account.windows.filter((w) => w.state === "not_started");
  return (
    <MenuBarExtra.Section title={clip(`${accountTitle(account)}${account.stale ? " · stale" : ""}`, SECTION_TITLE_MAX)}>
      {started.map((w) => (
        <WindowMenuItem key={w.key} window={w} view={view} />
      ))}
      <NotStartedItem windows={notStarted} />
      {account.windows.length === 0 ? <MenuBarExtra.Item title="No windows in this reading" /> : null}
      {account.extraUsage ? <ExtraUsageItem line={extraUsageLine(account.extraUsage)} /> : null}
      {account.errors.map((e) => (
        <ProblemItem key={`window:${e.window}`} line={`${e.window}: ${e.message}`} />
      ))}
      {sourceErrors.map((line, i) => (
        <ProblemItem key={`source:${i}:${line}`} line={line} />
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
        <ProblemItem key={line} line={line} />
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
