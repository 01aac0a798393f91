/** How severity and window state look in Raycast: colours and tinted icons, shared by every command. */
import { Color, Icon, type Image } from "@raycast/api";
import type { WindowView } from "../core/view";
import type { Severity } from "../core/windows";

/** Green < 80 %, amber 80–100 %, red ≥ 100 % (thresholds in src/core/windows.ts). */
export const SEVERITY_COLOR: Readonly<Record<Severity, Color>> = {
  ok: Color.Green,
  warning: Color.Orange,
  critical: Color.Red,
};

const PROGRESS_ICONS: ReadonlyArray<[number, Icon]> = [
  [100, Icon.CircleProgress100],
  [75, Icon.CircleProgress75],
  [50, Icon.CircleProgress50],
  [25, Icon.CircleProgress25],
];

function progressIcon(percent: number): Icon {
  return PROGRESS_ICONS.find(([floor]) => percent >= floor)?.[1] ?? Icon.Circle;
}

/** A pie filled to the percent, in the severity colour; grey for readings that are not current. */
export function windowIcon(w: WindowView): Image {
  if (w.state === "not_started") return { source: Icon.Circle, tintColor: Color.SecondaryText };
  if (w.state === "reset_pending") return { source: Icon.ArrowClockwise, tintColor: Color.SecondaryText };
  return { source: progressIcon(w.percent), tintColor: SEVERITY_COLOR[w.severity] };
}

/** The menu-bar icon: the gauge in the title's severity colour, grey when there is no number. */
export function gaugeIcon(severity: Severity | null): Image {
  return { source: Icon.Gauge, tintColor: severity ? SEVERITY_COLOR[severity] : Color.SecondaryText };
}

export const WARNING_ICON: Image = { source: Icon.Warning, tintColor: Color.Orange };

/** What the list and the menu call the window closest to its limit (never the internal word "binding"). */
export const LIMITS_YOU_FIRST = "Limits you first: the window closest to its limit";
