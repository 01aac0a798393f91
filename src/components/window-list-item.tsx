/** One window of one account in the Usage Windows list, with its detail pane and actions. */
import { Clipboard, Color, Icon, List, showHUD, type ActionPanel } from "@raycast/api";
import type { ReactElement } from "react";
import { windowChartMarkdown } from "../core/chart";
import { describeForecast, formatRate, RATE_SPAN_MS, type Forecast } from "../core/forecast";
import { formatLocalDateTime } from "../core/format";
import { windowFacts, windowMarkdown } from "../core/details";
import { shownPercent } from "../core/summary";
import type { UsageView, WindowView } from "../core/view";
import { formatPercent } from "../core/windows";
import { LIMITS_YOU_FIRST, SEVERITY_COLOR, WARNING_ICON, windowIcon } from "./look";

type Accessory = List.Item.Accessory;

/** At most three: the mark of the window that limits you first, the percent, and the reset. */
function accessories(w: WindowView, binding: boolean, now: Date): Accessory[] {
  const list: Accessory[] = [];
  if (binding) list.push({ icon: Icon.Pin, tooltip: LIMITS_YOU_FIRST });
  const percentColor = w.state === "active" ? SEVERITY_COLOR[w.severity] : Color.SecondaryText;
  list.push({
    tag: { value: shownPercent(w), color: percentColor },
    tooltip: `Utilization ${formatPercent(w.percent)}`,
  });
  const absolute = w.resetsAt && w.state === "active" ? `Resets ${formatLocalDateTime(w.resetsAt, now)}` : undefined;
  list.push({ text: w.resetLine, tooltip: absolute });
  return list;
}

function WindowDetail({
  window: w,
  view,
  staleAfterMs,
  local,
}: {
  window: WindowView;
  view: UsageView;
  staleAfterMs: number;
  local: string | null;
}) {
  const facts = windowFacts(w, view.now, staleAfterMs);
  const color = w.state === "active" ? SEVERITY_COLOR[w.severity] : Color.SecondaryText;
  const chart = windowChartMarkdown(w, view.now);
  return (
    <List.Item.Detail
      markdown={[windowMarkdown(w), chart, local].filter(Boolean).join("\n\n")}
      metadata={
        <List.Item.Detail.Metadata>
          <List.Item.Detail.Metadata.Label title="Utilization" text={{ value: facts.utilization, color }} />
          <List.Item.Detail.Metadata.Label title="State" text={facts.state} />
          <List.Item.Detail.Metadata.Label title="Resets" text={facts.resets} />
          <List.Item.Detail.Metadata.Label title="Reset" text={facts.resetsIn} />
          <ForecastLabels forecast={w.forecast} now={view.now} />
          <List.Item.Detail.Metadata.Separator />
          <List.Item.Detail.Metadata.Label title="Source" text={facts.source} />
          <List.Item.Detail.Metadata.Label title="Fetched" text={facts.fetchedAt} />
          <List.Item.Detail.Metadata.Label
            title="Freshness"
            text={{ value: facts.freshness, color: facts.stale ? Color.Orange : Color.Green }}
          />
        </List.Item.Detail.Metadata>
      }
    />
  );
}

/** The verdict (red when the limit comes before the reset), the pace and when the limit comes. */
function ForecastLabels({ forecast, now }: { forecast: Forecast; now: Date }) {
  const coming = forecast.verdict === "hits_limit";
  return (
    <>
      <List.Item.Detail.Metadata.Label
        title="Forecast"
        text={{ value: describeForecast(forecast, now), color: coming ? Color.Red : Color.SecondaryText }}
      />
      {forecast.ratePerHour !== null ? (
        <List.Item.Detail.Metadata.Label
          title="Pace"
          text={`${formatRate(forecast.ratePerHour)} (last ${RATE_SPAN_MS / 60_000} min)`}
        />
      ) : null}
      {forecast.limitAt && !forecast.atLimit ? (
        <List.Item.Detail.Metadata.Label title="Limit at" text={formatLocalDateTime(forecast.limitAt, now)} />
      ) : null}
    </>
  );
}

export async function copyPercent(w: WindowView): Promise<void> {
  await Clipboard.copy(formatPercent(w.percent));
  await showHUD(`Copied ${w.label} ${formatPercent(w.percent)}`);
}

export interface WindowListItemProps {
  window: WindowView;
  view: UsageView;
  staleAfterMs: number;
  /** The local ledger's section for the detail pane (localMarkdown), or null without local data. */
  local?: string | null;
  /** The list's actions, including this item's own (Copy Percent). */
  actions: ReactElement<ActionPanel.Props>;
}

export function WindowListItem({ window: w, view, staleAfterMs, local = null, actions }: WindowListItemProps) {
  return (
    <List.Item
      id={`${w.accountId}/${w.key}`}
      icon={windowIcon(w)}
      title={w.label}
      subtitle={w.known ? undefined : { value: "new", tooltip: "A window this version does not know yet" }}
      keywords={[w.key, w.shortLabel]}
      accessories={accessories(w, view.binding === w, view.now)}
      detail={<WindowDetail window={w} view={view} staleAfterMs={staleAfterMs} local={local} />}
      actions={actions}
    />
  );
}

/** A window that could not be read, or a source's error: shown as an item, never dropped. */
export function ProblemListItem(props: { title: string; message: string; actions: ReactElement<ActionPanel.Props> }) {
  return (
    <List.Item
      icon={WARNING_ICON}
      title={props.title}
      subtitle={props.message}
      accessories={[{ tag: { value: "error", color: Color.Red }, tooltip: props.message }]}
      actions={props.actions}
    />
  );
}
