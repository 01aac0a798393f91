import { formatPercent, progressBar, severityOf, slug, stateOf, windowLabels } from "../../src/core/windows";

const now = new Date("2026-11-24T12:00:00Z");

describe("scale: percentage points exactly as the server says", () => {
  test.each([
    [0, "0%", "0%", "ok"],
    [0.01, "<1%", "<1%", "ok"],
    [0.42, "<1%", "<1%", "ok"],
    [1, "1%", "1%", "ok"],
    [1.0, "1%", "1%", "ok"],
    [27.4, "27.4%", "27%", "ok"],
    [79.99, "80%", "80%", "ok"],
    [80, "80%", "80%", "warning"],
    [99.9, "99.9%", "99%", "warning"],
    [99.96, "99.9%", "99%", "warning"],
    [100, "100%", "100%", "critical"],
    [104.5, "104.5%", "105%", "critical"],
  ])("%p → %s (compact %s), %s", (percent, full, compact, severity) => {
    expect(formatPercent(percent)).toBe(full);
    expect(formatPercent(percent, true)).toBe(compact);
    expect(severityOf(percent)).toBe(severity);
  });
});

describe("window labels", () => {
  test.each([
    ["five_hour", "5-hour", "5h"],
    ["seven_day", "7-day", "7d"],
    ["seven_day_opus", "7-day Opus", "Opus"],
    ["seven_day_oauth_apps", "7-day OAuth apps", "OAuth"],
    ["seven_day_haiku", "7-day Haiku", "Haiku"],
    ["seven_day_routines", "7-day Routines", "Routines"],
    ["five_hour_opus", "5-hour Opus", "5h Opus"],
    ["monthly_thing", "Monthly thing", "Monthly thing"],
    ["", "Unnamed window", "Unnamed window"],
  ])("%s → %s / %s", (key, label, shortLabel) => {
    expect(windowLabels(key)).toEqual({ label, shortLabel });
  });

  test.each([
    ["Fable", "fable"],
    ["Opus 4.5", "opus_4_5"],
    ["  Claude Code ", "claude_code"],
    ["Café", "cafe"],
    ["日本", ""],
  ])("slug(%s) = %s", (name, expected) => expect(slug(name)).toBe(expected));
});

describe("window state", () => {
  test.each([
    [0, null, "not_started"],
    [5, null, "active"],
    [0, "2026-11-24T13:00:00Z", "active"],
    [42, "2026-11-24T13:00:00Z", "active"],
    [42, "2026-11-24T11:48:00Z", "reset_pending"],
    [42, "2026-11-24T12:00:00Z", "reset_pending"],
  ])("%p with reset %p → %s", (percent, reset, state) => {
    expect(stateOf(percent, reset ? new Date(reset) : null, now)).toBe(state);
  });
});

test("progress bar: proportional, capped, never empty for non-zero usage", () => {
  expect(progressBar(0)).toBe("░".repeat(20));
  expect(progressBar(0.42)).toBe("█" + "░".repeat(19));
  expect(progressBar(50)).toBe("█".repeat(10) + "░".repeat(10));
  expect(progressBar(140)).toBe("█".repeat(20));
});
