/**
 * @jest-environment jsdom
 */
import { Clipboard, Color, Icon, showHUD, showToast, Toast } from "@raycast/api";
import UsageWindows from "../../src/usage-windows";
import { NO_SOURCE_ENABLED } from "../../src/hooks/use-usage";
import { waitFor } from "@testing-library/react";
import { cpSync, mkdtempSync, readdirSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixture, fixturePath } from "../fixtures";
import {
  actionsOf,
  attributesOf,
  listItems,
  renderCommand,
  runAction,
  sectionTitles,
  settle,
  typeSearchText,
  type ItemView,
} from "../raycast";
import { bridgeFixture, bridgeSnapshot, failingSource, fileFixture, pinClock, reader, useSources } from "./sources";

beforeEach(() => pinClock());
afterEach(() => jest.useRealTimers());

const FIRST_ORG = "ada@example.com · org 0b8e7d1c…b001";

async function renderList() {
  const rendered = renderCommand(<UsageWindows />, { commandName: "usage-windows" });
  await settle();
  return rendered.container;
}

const item = (container: HTMLElement, title: string, section?: string): ItemView => {
  const found = listItems(container, section).find((i) => i.title === title);
  if (!found) throw new Error(`no item "${title}"`);
  return found;
};

/** The toast the last showToast call returned, as the user sees it once the refresh settled. */
async function lastToast(): Promise<Toast> {
  return (await jest.mocked(showToast).mock.results.at(-1)?.value) as Toast;
}

test("a section per account, an item per window, most pressing first", async () => {
  useSources(bridgeFixture());
  const container = await renderList();
  expect(sectionTitles(container, "list")).toEqual([FIRST_ORG, "ada@example.com · org 0b8e7d1c…b002"]);
  const section = container.querySelector("raycast-list-section")!;
  expect(attributesOf(section).subtitle).toBe("Updated 30 s ago via Browser bridge");
  expect(listItems(container, FIRST_ORG).map((i) => i.title)).toEqual([
    "7-day Opus",
    "7-day",
    "5-hour",
    "7-day OAuth apps",
    "7-day Sonnet",
    "7-day Cowork",
  ]);
  expect(listItems(container, "ada@example.com · org 0b8e7d1c…b002").map((i) => i.title)).toEqual([
    "7-day",
    "7-day Opus",
    "5-hour",
    "Browser bridge",
  ]);
});

test("at most three accessories: the mark of the window that limits you first, the percent tag, the reset", async () => {
  useSources(bridgeFixture());
  const container = await renderList();
  const opus = item(container, "7-day Opus", FIRST_ORG);
  expect(opus.tint).toBe(Color.Orange);
  expect(opus.accessories).toEqual([
    { icon: Icon.Pin, tooltip: "Limits you first: the window closest to its limit" },
    { tag: { value: "91%", color: Color.Orange }, tooltip: "Utilization 91%" },
    { text: "resets in 1464d 21h", tooltip: "Resets Thu, Nov 28, 2030, 9:15 AM" },
  ]);
  for (const row of listItems(container)) expect(row.accessories.length).toBeLessThanOrEqual(3);
  expect(item(container, "5-hour", FIRST_ORG).accessories[0]).toEqual({
    tag: { value: "42%", color: Color.Green },
    tooltip: "Utilization 42%",
  });
  expect(item(container, "5-hour", "ada@example.com · org 0b8e7d1c…b002").accessories[0].tag).toEqual({
    value: "<1%",
    color: Color.Green,
  });
});

test("a not-started window says so, with no reset date", async () => {
  useSources(bridgeFixture());
  const cowork = item(await renderList(), "7-day Cowork", FIRST_ORG);
  expect(cowork.tint).toBe(Color.SecondaryText);
  expect(cowork.accessories).toEqual([
    { tag: { value: "0%", color: Color.SecondaryText }, tooltip: "Utilization 0%" },
    { text: "not started" },
  ]);
});

test("a window whose reset has passed shows 'reset … ago', not its old percent, and sorts after live ones", async () => {
  const usage = {
    five_hour: { utilization: 97, resets_at: "2026-11-24T11:48:00Z" },
    seven_day: { utilization: 30, resets_at: "2026-11-29T06:00:00Z" },
  };
  useSources(reader("Chrome bridge", async () => [bridgeSnapshot(usage)]));
  const container = await renderList();
  expect(listItems(container).map((i) => i.title)).toEqual(["7-day", "5-hour"]);
  const reset = item(container, "5-hour");
  expect(reset.tint).toBe(Color.SecondaryText);
  expect(reset.accessories).toEqual([
    { tag: { value: "↻", color: Color.SecondaryText }, tooltip: "Utilization 97%" },
    { text: "reset 12 min ago · refreshing" },
  ]);
  expect(item(container, "7-day").accessories[0]).toEqual({ icon: Icon.Pin, tooltip: expect.any(String) });
});

test("a model-scoped cap is a row like any window and binds", async () => {
  useSources(fileFixture("usage-limits-spend.json"));
  const container = await renderList();
  expect(listItems(container).map((i) => i.title)).toEqual(["7-day Fable", "7-day", "5-hour", "7-day Opus"]);
  expect(item(container, "7-day Fable").accessories.slice(0, 2)).toEqual([
    { icon: Icon.Pin, tooltip: "Limits you first: the window closest to its limit" },
    { tag: { value: "84%", color: Color.Orange }, tooltip: "Utilization 84%" },
  ]);
});

test("new windows are flagged and a malformed window is an error item, not dropped", async () => {
  useSources(fileFixture("usage-new-window.json"));
  const container = await renderList();
  expect(listItems(container).map((i) => i.title)).toEqual(["5-hour", "7-day", "7-day Haiku", "7-day Opus"]);
  expect(item(container, "5-hour").accessories[1]).toEqual({
    tag: { value: "100%", color: Color.Red },
    tooltip: "Utilization 100%",
  });
  const haiku = item(container, "7-day Haiku");
  expect(haiku.subtitle).toBe("new");
  expect(haiku.element.getAttribute("subtitle-tooltip")).toBe("A window this version does not know yet");
  const broken = item(container, "7-day Opus");
  expect(broken.icon).toContain(Icon.Warning);
  expect(broken.subtitle).toMatch(/utilization/);
  expect(broken.accessories[0].tag).toEqual({ value: "error", color: Color.Red });
});

test("⌘D toggles a detail pane with a progress bar and the facts", async () => {
  useSources(bridgeFixture());
  const container = await renderList();
  const opus = () => item(container, "7-day Opus", FIRST_ORG).element;
  expect(opus().querySelector("raycast-list-item-detail")).toBeNull();
  expect(actionsOf(opus())[0]).toMatchObject({ title: "Show Details", shortcut: "cmd+d" });

  await runAction(opus(), "Show Details");
  expect(attributesOf(container.querySelector("raycast-list")!)["is-showing-detail"]).toBe("true");
  const detail = opus().querySelector("raycast-list-item-detail")!;
  expect(detail.querySelector("raycast-markdown")?.textContent).toContain("`██████████████████░░` **91%**");
  const labels = Array.from(detail.querySelectorAll("raycast-metadata-label")).map((l) => [
    l.getAttribute("title"),
    l.getAttribute("text"),
  ]);
  expect(labels).toEqual([
    ["Utilization", "91%"],
    ["State", "Active"],
    ["Resets", "Thu, Nov 28, 2030, 9:15 AM"],
    ["Reset", "resets in 1464d 21h"],
    ["Forecast", "not enough data yet"],
    ["Source", "Browser bridge"],
    ["Fetched", "Tue, Nov 24, 11:59 AM (30 s ago)"],
    ["Freshness", "Fresh"],
  ]);
  // No internal keys in the pane a user reads.
  expect(detail.textContent + JSON.stringify(labels)).not.toContain("seven_day_opus");
  expect(actionsOf(opus())[0].title).toBe("Hide Details");
});

test("search filters by window name", async () => {
  useSources(bridgeFixture());
  const container = await renderList();
  typeSearchText("opus");
  expect(listItems(container).map((i) => i.title)).toEqual(["7-day Opus", "7-day Opus"]);
  typeSearchText("5h");
  expect(listItems(container).map((i) => i.title)).toEqual(["5-hour", "5-hour"]);
});

test("item actions: titles and shortcuts", async () => {
  useSources(bridgeFixture());
  const container = await renderList();
  expect(actionsOf(item(container, "7-day Opus", FIRST_ORG).element).map((a) => [a.title, a.shortcut])).toEqual([
    ["Show Details", "cmd+d"],
    ["Show Extra Usage", "cmd+e"],
    ["Refresh", "cmd+r"],
    ["Copy Percent", "cmd+shift+c"],
    ["Copy as JSON", "cmd+shift+j"],
    ["Copy Claude Code Status Line", undefined],
    ["Open Claude.ai Usage Settings", "cmd+o"],
    ["Configure Extension", "cmd+,"],
  ]);
});

test("Copy Percent copies the exact percent", async () => {
  useSources(bridgeFixture());
  const container = await renderList();
  await runAction(item(container, "7-day Opus", FIRST_ORG).element, "Copy Percent");
  expect(await Clipboard.readText()).toBe("91%");
  expect(showHUD).toHaveBeenLastCalledWith("Copied 7-day Opus 91%");
});

test("⌘R refreshes with a toast that reports the outcome", async () => {
  const sources = useSources(bridgeFixture());
  const container = await renderList();
  await runAction(listItems(container)[0].element, "Refresh");
  expect(sources).toHaveBeenCalledTimes(2);
  expect(showToast).toHaveBeenCalledWith({ style: Toast.Style.Animated, title: "Refreshing Claude usage…" });
  expect(await lastToast()).toMatchObject({ style: Toast.Style.Success, title: "Usage refreshed" });

  useSources(bridgeFixture(), failingSource("Claude Code", "api.anthropic.com answered 503"));
  await runAction(listItems(container)[0].element, "Refresh");
  expect(await lastToast()).toMatchObject({
    style: Toast.Style.Failure,
    title: "Refreshed, but a source failed",
    message: "Claude Code: api.anthropic.com answered 503",
  });
  expect(listItems(container, "Source errors").map((i) => [i.title, i.subtitle])).toEqual([
    ["Claude Code", "api.anthropic.com answered 503"],
  ]);
});

test("⌘E pushes the extra-usage view", async () => {
  useSources(bridgeFixture());
  const container = await renderList();
  await runAction(listItems(container)[0].element, "Show Extra Usage");
  expect(container.querySelector("raycast-list")).toBeNull();
  expect(attributesOf(container.querySelector("raycast-detail")!)["navigation-title"]).toBe("Extra Usage");
  expect(container.querySelector("raycast-markdown")?.textContent).toContain("**$12.34** of **$50.00**");
});

test("empty state tells how to connect a source", async () => {
  useSources();
  const container = await renderList();
  const empty = attributesOf(container.querySelector("raycast-list-empty-view")!);
  expect(empty).toMatchObject({ title: "No Claude usage data", description: NO_SOURCE_ENABLED });
  expect(actionsOf(container).map((a) => a.title)).toContain("Configure Extension");
  expect(listItems(container)).toEqual([]);
});

test("empty state with every source failing gives the reasons, without a toast", async () => {
  useSources(failingSource("Claude Code", "no Claude Code login found: run `claude` and log in"));
  const container = await renderList();
  expect(container.querySelector("raycast-list-empty-view")?.getAttribute("description")).toBe(
    "Claude Code: no Claude Code login found: run `claude` and log in",
  );
  expect(showToast).not.toHaveBeenCalled();
});

test("no empty view while loading", () => {
  useSources(reader("Browser bridge", () => new Promise(() => {})));
  const { container } = renderCommand(<UsageWindows />, { commandName: "usage-windows" });
  expect(container.querySelector("raycast-list-empty-view")).toBeNull();
  expect(attributesOf(container.querySelector("raycast-list")!)["is-loading"]).toBe("true");
});

test("the stale account says so in its section", async () => {
  useSources(reader("Chrome bridge", async () => [bridgeSnapshot(fixture("usage-oauth-percent.json"), 20 * 60)]));
  const section = (await renderList()).querySelector("raycast-list-section")!;
  expect(section.getAttribute("subtitle")).toBe("Updated 20 min ago via Chrome bridge · stale");
});

test("the detail pane shows what this Mac's Claude Code spent in the window, and what it cannot see", async () => {
  pinClock(new Date("2030-11-24T12:00:00Z"));
  useSources(fileFixture("usage-limits-spend.json"));
  // A copy whose files were last written when their lines were (the clock is pinned to 2030): the
  // ledger skips files untouched since before the week it keeps.
  const logs = mkdtempSync(join(tmpdir(), "cpm-logs-"));
  cpSync(fixturePath("claude-code-logs"), logs, { recursive: true });
  const written = new Date("2030-11-24T11:59:00Z");
  for (const f of readdirSync(logs, { recursive: true, encoding: "utf8" }))
    if (f.endsWith(".jsonl")) utimesSync(join(logs, f), written, written);
  process.env.CLAUDE_CONFIG_DIR = logs;
  const container = await renderList();
  const row = (title: string) => item(container, title, "Claude account").element;
  await runAction(row("7-day"), "Show Details");
  // The ledger reads real files: wait until its section is in.
  await waitFor(() => expect(row("7-day").querySelector("raycast-markdown")?.textContent).toContain("### This Mac"));
  const markdown = (title: string) => row(title).querySelector("raycast-markdown")?.textContent ?? "";
  expect(markdown("7-day")).toContain(
    [
      "### This Mac's Claude Code",
      "",
      "This Mac's Claude Code in this window: 45.5 k tokens — api-server 90%, web 10%",
      "",
      "claude-sonnet-4-5-20250929 25.3 k · claude-opus-4-5-20251101 15 k · claude-haiku-4-5-20251001 5.2 k",
      "",
      "_Counts Claude Code on this machine only: not claude.ai in a browser, not other machines. Tokens are not the server's percent, which weighs models, peak hours and tool calls._",
    ].join("\n"),
  );
  // A model-scoped cap counts its family only.
  expect(markdown("7-day Opus")).toContain("This Mac's Claude Code in this window: 15 k tokens — api-server 100%");
});
