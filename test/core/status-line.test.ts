import { historyKey, type History } from "../../src/core/history";
import { mergeSnapshots } from "../../src/core/merge";
import type { Snapshot } from "../../src/core/snapshot";
import {
  DEFAULT_FORMAT,
  FIELDS,
  lineFields,
  noDataLine,
  renderTemplate,
  statusLine,
  unknownFields,
  type Paint,
} from "../../src/core/status-line";
import { parseUsage } from "../../src/core/usage";
import { buildView } from "../../src/core/view";

const NOW = new Date("2030-11-24T12:00:00Z");
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const plain: Paint = (text) => text;
const tagged: Paint = (text, tone) => `<${tone}>${text}</${tone}>`;

function snapshot(usage: unknown, fetchedAt: Date): Snapshot {
  return {
    source: "oauth",
    sourceLabel: "Claude Code",
    orgUuid: "org-1",
    orgName: "Ada's Org",
    accountEmail: "ada@example.com",
    fetchedAt,
    usage: parseUsage(usage),
    overage: null,
    subscription: null,
    errors: [],
  };
}

const USAGE = {
  five_hour: { utilization: 42, resets_at: "2030-11-24T14:10:00Z" },
  seven_day: { utilization: 60, resets_at: "2030-11-29T06:00:00Z" },
  limits: [
    {
      kind: "weekly_scoped",
      percent: 84,
      resets_at: "2030-11-29T06:00:00Z",
      scope: { model: { display_name: "Fable" } },
    },
  ],
};

/** Fable rising 8 points an hour over the last hour and a half: 100 % in two hours, before its reset. */
const RISING: History = {
  [historyKey("org:org-1", "seven_day_fable")]: [90, 60, 30, 0].map((m, i) => ({
    at: ago(m).getTime(),
    percent: 72 + i * 4,
    resetsAt: new Date("2030-11-29T06:00:00Z").getTime(),
  })),
};

function view(usage: unknown = USAGE, fetchedAt = NOW, history: History = {}) {
  return buildView(mergeSnapshots([snapshot(usage, fetchedAt)], { now: NOW, staleAfterMs: 600_000 }), NOW, history);
}

const line = (v = view(), format = DEFAULT_FORMAT, paint = plain) =>
  statusLine(format, { view: v, paint, staleAfterMs: 600_000, model: "Opus 4.5" });

test("the binding window (a model-scoped cap) and the 5-hour window with their resets", () => {
  expect(line()).toBe("Fable 84% ↻ 4d 18h · 5h 42% ↻ 2h 10m");
});

test("the forecast when the limit comes before the reset", () => {
  expect(line(view(USAGE, NOW, RISING))).toBe("Fable 84% ↻ 4d 18h · 5h 42% ↻ 2h 10m · limit in ~2h");
  expect(line(view(USAGE, NOW, RISING), "{forecast}")).toBe("limit in ~2h");
});

test("a window already at its limit says so; another window's coming limit is named", () => {
  const full = { ...USAGE, five_hour: { utilization: 100, resets_at: "2030-11-24T12:40:00Z" } };
  expect(line(view(full))).toBe("5h 100% ↻ 40m · at limit");
  const other: History = { [historyKey("org:org-1", "five_hour")]: RISING[historyKey("org:org-1", "seven_day_fable")] };
  const rising5h = { ...USAGE, five_hour: { utilization: 84, resets_at: "2030-11-24T14:10:00Z" } };
  expect(line(view(rising5h, NOW, other), "{binding} · {forecast}")).toBe("5h 84% · limit in ~2h");
  expect(line(view(USAGE, NOW, other), "{binding} · {forecast}")).toBe("Fable 84% · 5h limit in ~2h");
});

test("stale: the mark and the age once the newest reading is older than the stale limit", () => {
  expect(line(view(USAGE, ago(9)))).not.toContain("⌛");
  expect(line(view(USAGE, ago(25)))).toBe("Fable 84% ↻ 4d 18h · 5h 42% ↻ 2h 10m · ⌛ 25 min ago");
});

test("colours by severity, resets dimmed, the forecast critical, the stale mark a warning", () => {
  expect(line(view(USAGE, ago(25), RISING), DEFAULT_FORMAT, tagged)).toBe(
    "Fable <warning>84%</warning> <dim>↻ 4d 18h</dim> · 5h <ok>42%</ok> <dim>↻ 2h 10m</dim> · <critical>limit in ~2h</critical> · <warning>⌛ 25 min ago</warning>",
  );
});

test("templates: every field, unknown fields named, empty and repeated parts dropped", () => {
  const fields = lineFields({ view: view(), paint: plain, staleAfterMs: 600_000, model: null });
  expect(Object.keys(fields).sort()).toEqual(Object.keys(FIELDS).sort());
  expect(fields).toMatchObject({
    seven_day: "7d 60%",
    seven_day_reset: "↻ 4d 18h",
    account: "ada@example.com · Ada's Org",
  });
  expect(unknownFields("{five_hour} {nope} {model}")).toEqual(["nope"]);
  expect(renderTemplate("{model} · {five_hour} · {five_hour} · {stale}  ·  x", { ...fields, model: "" })).toBe(
    "5h 42% · x",
  );
  expect(renderTemplate("a {nope} b", fields)).toBe("a {nope} b");
});

test("the 5-hour window binding: shown once", () => {
  const fiveHourFirst = { five_hour: { utilization: 91, resets_at: "2030-11-24T14:10:00Z" } };
  expect(line(view(fiveHourFirst))).toBe("5h 91% ↻ 2h 10m");
});

test("no window at all: null, and the no-data line says why", () => {
  expect(line(buildView([], NOW))).toBeNull();
  expect(noDataLine("no source enabled", tagged)).toBe("<dim>no data — no source enabled</dim>");
});
