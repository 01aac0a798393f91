/**
 * @jest-environment jsdom
 */
import { chartMarkdown, escapeXml, renderChart, type ChartInput } from "../../src/core/chart";
import { forecastWindow } from "../../src/core/forecast";
import type { Sample } from "../../src/core/history";

const NOW = new Date("2026-11-24T12:00:00Z");
const RESET = new Date("2026-11-24T14:47:00Z");
const MIN = 60_000;

/** A five-hour window since 09:47: quiet, then a burst of 45 %/h over the last 40 minutes. */
const SERIES: Sample[] = [
  [-133, 5],
  [-100, 12],
  [-70, 20],
  [-40, 40],
  [-30, 47.5],
  [-20, 55],
  [-10, 62.5],
  [0, 70],
].map(([m, percent]) => ({ at: NOW.getTime() + m * MIN, percent, resetsAt: RESET.getTime() }));

const input = (overrides: Partial<ChartInput> = {}): ChartInput => ({
  label: "5-hour",
  series: SERIES,
  forecast: forecastWindow(SERIES, { percent: 70, resetsAt: RESET, state: "active" }, NOW),
  resetsAt: RESET,
  now: NOW,
  ...overrides,
});

function parseSvg(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  expect(doc.documentElement.namespaceURI).toBe("http://www.w3.org/2000/svg");
  expect(doc.documentElement.tagName).toBe("svg");
  return doc;
}

test("a known series renders the same SVG every time", () => {
  expect(renderChart(input())).toMatchSnapshot();
});

test("the chart is well-formed SVG with the line, the 100 % line, the reset and a dashed projection", () => {
  const doc = parseSvg(renderChart(input())!);
  expect(doc.querySelector("polyline")?.getAttribute("points")?.split(" ")).toHaveLength(SERIES.length);
  const lines = Array.from(doc.querySelectorAll("line"));
  const limit = lines.find((l) => l.getAttribute("stroke") === "#E5484D")!;
  const projection = lines.find((l) => l.getAttribute("stroke") === "#F5A524")!;
  // The projection ends on the 100 % line (the limit comes at 12:40, before the 14:47 reset).
  expect(projection.getAttribute("stroke-dasharray")).toBeTruthy();
  expect(projection.getAttribute("y2")).toBe(limit.getAttribute("y1"));
  const labels = Array.from(doc.querySelectorAll("text")).map((t) => t.textContent);
  expect(labels).toEqual(expect.arrayContaining(["100%", "reset", "9:47 AM", "2:47 PM"]));
  // Readable in light and dark: no background fill and no pure black or white anywhere.
  expect(doc.querySelector("rect")).toBeNull();
  expect(renderChart(input())).not.toMatch(/#000|#fff|black|white/i);
});

test("text is escaped", () => {
  const svg = renderChart(input({ label: `7-day <Fable> & "co"` }))!;
  expect(parseSvg(svg).querySelector("title")?.textContent).toBe(
    `7-day <Fable> & "co": utilization since the last reset`,
  );
  expect(escapeXml(`<a href='x'>&</a>`)).toBe("&lt;a href=&apos;x&apos;&gt;&amp;&lt;/a&gt;");
});

test("a far reset stays off the chart and is named at its edge; no projection without a forecast", () => {
  const weekly = new Date("2026-11-29T06:00:00Z");
  const flat = SERIES.map((s) => ({ ...s, percent: 40, resetsAt: weekly.getTime() }));
  const forecast = forecastWindow(flat, { percent: 40, resetsAt: weekly, state: "active" }, NOW);
  const doc = parseSvg(renderChart(input({ series: flat, forecast, resetsAt: weekly }))!);
  const labels = Array.from(doc.querySelectorAll("text")).map((t) => t.textContent);
  expect(labels).toContain("resets in 4d 18h →");
  expect(labels).not.toContain("reset");
  expect(Array.from(doc.querySelectorAll("line")).some((l) => l.getAttribute("stroke") === "#F5A524")).toBe(false);
});

test("over 100 %: the scale grows to fit and there is no projection", () => {
  const over = [...SERIES.slice(0, -1), { at: NOW.getTime(), percent: 104.5, resetsAt: RESET.getTime() }];
  const forecast = forecastWindow(over, { percent: 104.5, resetsAt: RESET, state: "active" }, NOW);
  const doc = parseSvg(renderChart(input({ series: over, forecast }))!);
  const ys = doc
    .querySelector("polyline")!
    .getAttribute("points")!
    .split(" ")
    .map((p) => Number(p.split(",")[1]));
  expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
  expect(Array.from(doc.querySelectorAll("line")).some((l) => l.getAttribute("stroke") === "#F5A524")).toBe(false);
});

test("an on-pace projection runs to the right edge", () => {
  const slow = SERIES.map((s, i) => ({ ...s, percent: 10 + i }));
  const forecast = forecastWindow(slow, { percent: 17, resetsAt: RESET, state: "active" }, NOW);
  expect(forecast.verdict).toBe("on_pace");
  const doc = parseSvg(renderChart(input({ series: slow, forecast }))!);
  const projection = Array.from(doc.querySelectorAll("line")).find((l) => l.getAttribute("stroke") === "#F5A524");
  expect(projection?.getAttribute("x2")).toBe("464");
});

test("no samples in the current cycle → no chart", () => {
  expect(renderChart(input({ series: [] }))).toBeNull();
});

test("chartMarkdown embeds the SVG as a base64 data URI", () => {
  const md = chartMarkdown("<svg/>", "5-hour [chart]");
  expect(md).toBe(`![5-hour chart](data:image/svg+xml;base64,${Buffer.from("<svg/>").toString("base64")})`);
});
