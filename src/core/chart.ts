/**
 * A small SVG chart per window for the list's detail pane: utilization since the last reset, the
 * 100 % line, the reset moment and the projected pace (dashed). Raycast shows it in light and dark
 * themes, so the chart has no background of its own and draws only in mid-tone colours that read on
 * both; every coordinate is rounded so the same input always renders the same bytes.
 */
import { differenceInSeconds } from "date-fns";
import { currentCycle, type Forecast } from "./forecast";
import { formatClock, formatSpan } from "./format";
import type { Sample } from "./history";
import type { WindowView } from "./view";
import { CRITICAL_AT } from "./windows";

/** @internal */
export interface ChartInput {
  label: string;
  series: readonly Sample[];
  forecast: Forecast;
  resetsAt: Date | null;
  now: Date;
}

const WIDTH = 480;
const HEIGHT = 180;
const PAD = { left: 40, right: 16, top: 14, bottom: 26 };
const HOUR_MS = 3_600_000;
/** The future shown beyond now: twice the recorded span (at least an hour), or up to the limit. */
const FUTURE_FACTOR = 2;

const COLOUR = {
  line: "#3B82F6",
  limit: "#E5484D",
  projection: "#F5A524",
  reset: "#8E8E93",
  text: "#8E8E93",
  grid: "#8E8E93",
};

const XML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** @internal */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
}

const num = (n: number) => String(Math.round(n * 10) / 10);

interface Scale {
  x(ms: number): number;
  y(percent: number): number;
}

function scaleFor(start: number, end: number, topPercent: number): Scale {
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  return {
    x: (ms) => PAD.left + ((ms - start) / (end - start)) * plotW,
    y: (percent) => PAD.top + (1 - percent / topPercent) * plotH,
  };
}

/** Where the projection ends: at the limit when it comes first, else at the right edge. */
function projectionEnd(last: Sample, forecast: Forecast, end: number): [number, number] | null {
  const rate = forecast.ratePerHour;
  if (forecast.atLimit || forecast.verdict === "insufficient_data" || rate === null) return null;
  if (forecast.limitAt) return [forecast.limitAt.getTime(), CRITICAL_AT];
  return end > last.at ? [end, Math.max(0, last.percent + (rate * (end - last.at)) / HOUR_MS)] : null;
}

function text(x: number, y: number, content: string, anchor: "start" | "middle" | "end" = "start"): string {
  return `<text x="${num(x)}" y="${num(y)}" text-anchor="${anchor}">${escapeXml(content)}</text>`;
}

/** The chart as SVG text, or null when the window has no samples in its current cycle. @internal */
export function renderChart({ label, series, forecast, resetsAt, now }: ChartInput): string | null {
  const cycle = currentCycle(series, now);
  if (cycle.length === 0) return null;
  const first = cycle[0];
  const last = cycle[cycle.length - 1];
  const nowMs = Math.max(now.getTime(), last.at);
  const future = Math.max(nowMs - first.at, HOUR_MS) * FUTURE_FACTOR;
  const wanted = Math.max(nowMs + future, forecast.limitAt?.getTime() ?? 0);
  const resetMs = resetsAt?.getTime() ?? null;
  const end = resetMs !== null && resetMs > nowMs ? Math.min(resetMs, wanted) : wanted;
  const top = Math.max(CRITICAL_AT, ...cycle.map((s) => s.percent)) * 1.05;
  const { x, y } = scaleFor(first.at, end, top);
  const bottom = HEIGHT - PAD.bottom;
  const right = WIDTH - PAD.right;

  const parts: string[] = [];
  for (const p of [0, 50]) {
    parts.push(
      `<line x1="${PAD.left}" y1="${num(y(p))}" x2="${right}" y2="${num(y(p))}" stroke="${COLOUR.grid}" stroke-opacity="0.3" stroke-width="1"/>`,
      text(PAD.left - 6, y(p) + 4, `${p}%`, "end"),
    );
  }
  parts.push(
    `<line x1="${PAD.left}" y1="${num(y(CRITICAL_AT))}" x2="${right}" y2="${num(y(CRITICAL_AT))}" stroke="${COLOUR.limit}" stroke-width="1.5"/>`,
    text(PAD.left - 6, y(CRITICAL_AT) + 4, "100%", "end"),
  );
  if (resetMs !== null && resetMs <= end && resetMs > first.at) {
    parts.push(
      `<line x1="${num(x(resetMs))}" y1="${PAD.top}" x2="${num(x(resetMs))}" y2="${bottom}" stroke="${COLOUR.reset}" stroke-width="1.5" stroke-dasharray="2 3"/>`,
      text(x(resetMs) - 4, PAD.top + 28, "reset", "end"),
    );
  } else if (resetMs !== null && resetMs > end) {
    // Bottom right, clear of the 100 % line and the projection's label.
    parts.push(text(right - 4, bottom - 6, `resets in ${formatSpan(differenceInSeconds(resetMs, now))} →`, "end"));
  }
  const projection = projectionEnd(last, forecast, end);
  if (projection) {
    parts.push(
      `<line x1="${num(x(last.at))}" y1="${num(y(last.percent))}" x2="${num(x(projection[0]))}" y2="${num(y(projection[1]))}" stroke="${COLOUR.projection}" stroke-width="2" stroke-dasharray="6 4"/>`,
    );
  }
  if (projection && forecast.limitAt) {
    // Just above the 100 % line where the projection meets it: nothing else is drawn there.
    const limitX = x(projection[0]);
    const label = `limit ~${formatClock(forecast.limitAt, now)}`;
    const roomRight = limitX < right - 90;
    parts.push(text(roomRight ? limitX + 4 : limitX - 4, y(CRITICAL_AT) - 4, label, roomRight ? "start" : "end"));
  }
  const points = cycle.map((s) => `${num(x(s.at))},${num(y(s.percent))}`).join(" ");
  parts.push(
    `<polyline points="${points}" fill="none" stroke="${COLOUR.line}" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"/>`,
    `<circle cx="${num(x(last.at))}" cy="${num(y(last.percent))}" r="3.5" fill="${COLOUR.line}"/>`,
    text(PAD.left, HEIGHT - 8, formatClock(new Date(first.at), now)),
    text(right, HEIGHT - 8, formatClock(new Date(end), now), "end"),
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img">`,
    `<title>${escapeXml(`${label}: utilization since the last reset`)}</title>`,
    `<g font-family="-apple-system, Helvetica, Arial, sans-serif" font-size="11" fill="${COLOUR.text}">`,
    ...parts,
    "</g>",
    "</svg>",
  ].join("\n");
}

/** The SVG as a markdown image with a base64 data URI (Raycast's markdown renders it inline). @internal */
export function chartMarkdown(svg: string, alt: string): string {
  const safeAlt = alt.replace(/[[\]\\]/g, "");
  return `![${safeAlt}](data:image/svg+xml;base64,${Buffer.from(svg, "utf8").toString("base64")})`;
}

/**
 * The detail pane's chart for a window as markdown, or null while it has fewer than two readings in
 * its current cycle (one point is not a line) or is not live.
 */
export function windowChartMarkdown(w: WindowView, now: Date): string | null {
  if (w.state !== "active" || currentCycle(w.history, now).length < 2) return null;
  const svg = renderChart({ label: w.label, series: w.history, forecast: w.forecast, resetsAt: w.resetsAt, now });
  return svg && chartMarkdown(svg, `${w.label} since the last reset`);
}
