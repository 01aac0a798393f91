import { extraUsageFacts, extraUsageMarkdown, formatDay, windowFacts, windowMarkdown } from "../../src/core/details";
import { mergeSnapshots } from "../../src/core/merge";
import { snapshotsFromDocument } from "../../src/core/snapshot";
import { buildView } from "../../src/core/view";
import { fixture, NOW } from "../fixtures";

const TEN_MINUTES = 10 * 60_000;
const viewOf = (raw: unknown) =>
  buildView(
    mergeSnapshots(snapshotsFromDocument(raw, "file usage.json"), { now: NOW, staleAfterMs: TEN_MINUTES }),
    NOW,
  );

test("window facts: a file reading has no fetch time, so its freshness is unknown", () => {
  const [opus] = viewOf(fixture("usage-oauth-percent.json")).accounts[0].windows;
  expect(windowFacts(opus, NOW, TEN_MINUTES)).toEqual({
    utilization: "91%",
    state: "Active",
    resets: "Thu, Nov 28, 2030, 9:15 AM",
    resetsIn: "resets in 1464d 21h",
    source: "file usage.json",
    fetchedAt: "unknown",
    freshness: "unknown",
    stale: false,
  });
});

test("window facts and markdown for a reading older than its reset and for a new window", () => {
  const view = viewOf({
    five_hour: { utilization: 97, resets_at: "2026-11-24T11:48:00Z" },
    seven_day_haiku: { utilization: 5, resets_at: "2030-11-30T00:00:00Z" },
  });
  const [haiku, fiveHour] = view.accounts[0].windows;
  expect(windowFacts(fiveHour, NOW, TEN_MINUTES)).toMatchObject({
    utilization: "↻",
    state: "Reset since this reading: refreshing",
    resetsIn: "reset 12 min ago · refreshing",
  });
  expect(windowMarkdown(fiveHour)).toBe("## 5-hour\n\n`░░░░░░░░░░░░░░░░░░░░` **↻**\n\nreset 12 min ago · refreshing");
  expect(windowMarkdown(haiku)).toContain("*A window this version does not know yet.*");
});

test("a stale window says how old 'stale' is", () => {
  const [w] = viewOf(fixture("usage-oauth-percent.json")).accounts[0].windows;
  const fetched = { ...w, fetchedAt: new Date(NOW.getTime() - 15 * 60_000) };
  expect(windowFacts(fetched, NOW, TEN_MINUTES)).toMatchObject({
    freshness: "Stale: older than 10 min",
    stale: true,
    fetchedAt: "Tue, Nov 24, 11:45 AM (15 min ago)",
  });
});

test("formatDay shows a date-only string as a day, and anything else as sent", () => {
  expect(formatDay("2026-12-03")).toBe("Thu, Dec 3, 2026");
  expect(formatDay("next Tuesday")).toBe("next Tuesday");
});

test("extra usage without amounts or subscription", () => {
  const account = viewOf({
    extra_usage: { is_enabled: true, monthly_limit: null, used_credits: 250, utilization: null, currency: null },
  }).accounts[0];
  const facts = extraUsageFacts(account, NOW)!;
  expect(facts).toMatchObject({ used: "2.50", limit: null, remaining: null, percent: null, nextCharge: null });
  expect(extraUsageMarkdown(facts)).toBe("## Claude account\n\n**2.50** used\n\nExtra usage is **enabled**.");
  expect(extraUsageFacts(viewOf({ five_hour: null }).accounts[0], NOW)).toBeNull();
});
