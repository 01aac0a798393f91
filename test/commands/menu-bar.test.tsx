/**
 * @jest-environment jsdom
 */
import {
  Clipboard,
  Color,
  LaunchType,
  launchCommand,
  open,
  openExtensionPreferences,
  showToast,
  updateCommandMetadata,
} from "@raycast/api";
import MenuBar from "../../src/menu-bar";
import { NO_SOURCE_ENABLED } from "../../src/hooks/use-usage";
import { STALE_MARK } from "../../src/core/summary";
import { fixture } from "../fixtures";
import {
  menuBar,
  menuItems,
  renderCommand,
  rewriteCache,
  runAction,
  sectionTitles,
  setPreferences,
  settle,
} from "../raycast";
import { bridgeFixture, bridgeSnapshot, failingSource, pinClock, reader, useSources } from "./sources";

beforeEach(() => pinClock());
afterEach(() => jest.useRealTimers());

async function renderMenuBar(launchType: LaunchType = LaunchType.UserInitiated) {
  const rendered = renderCommand(<MenuBar />, { commandName: "menu-bar", launchType });
  await settle();
  return rendered.container;
}

/** usage-limits-spend.json with its model-scoped Fable cap at `percent`. */
function fableAt(percent: number) {
  const usage = fixture("usage-limits-spend.json") as { limits: Array<{ percent: number | null; scope: unknown }> };
  const fable = usage.limits.find((l) => JSON.stringify(l.scope).includes("Fable"));
  if (!fable) throw new Error("fixture has no Fable limit");
  fable.percent = percent;
  return usage;
}

test("title is the binding window, tinted by severity, with a section per account", async () => {
  useSources(bridgeFixture());
  const container = await renderMenuBar();

  expect(menuBar(container)).toMatchObject({
    title: "Opus 91%",
    "icon-tint": Color.Orange,
    tooltip: "7-day Opus 91% · resets in 1464d 21h",
    "is-loading": "false",
  });
  expect(sectionTitles(container, "menu-bar")).toEqual([
    "ada@example.com · org 0b8e7d1c…b001",
    "ada@example.com · org 0b8e7d1c…b002",
    "",
  ]);
  const first = menuItems(container, "ada@example.com · org 0b8e7d1c…b001");
  expect(first.map((i) => [i.title, i.subtitle, i.tint])).toEqual([
    ["7-day Opus 91%", "resets in 1464d 21h", Color.Orange],
    ["7-day 78%", "resets in 1465d 18h", Color.Green],
    ["5-hour 42%", "resets in 1461d 6h", Color.Green],
    ["7-day OAuth apps 35%", "resets in 1464d 2h", Color.Green],
    ["7-day Sonnet 12%", "resets in 1465d 18h", Color.Green],
    ["Not started: 7-day Cowork", undefined, Color.SecondaryText],
    ["Extra usage: $12.34 of $50.00 · 24.7% · enabled", undefined, undefined],
    ["Updated 30 s ago via Browser bridge", undefined, undefined],
  ]);
  expect(first[0].tooltip).toBe(
    "Limits you first: the window closest to its limit\nResets Thu, Nov 28, 2030, 9:15 AM\nForecast: not enough data yet\nBrowser bridge, 30 s ago",
  );

  const second = menuItems(container, "ada@example.com · org 0b8e7d1c…b002").map((i) => i.title);
  expect(second).toEqual([
    "7-day 78%",
    "7-day Opus <1%",
    "5-hour <1%",
    "Extra usage: disabled",
    "Browser bridge: overage: 404 Not Found",
    "Updated 29 s ago via Browser bridge",
  ]);
  expect(updateCommandMetadata).toHaveBeenLastCalledWith({ subtitle: "Opus 91% · 5h 42% · 7d 78%" });
});

test("a model-scoped weekly cap is the title when it binds (7-day Fable 96 %)", async () => {
  useSources(reader("Chrome bridge", async () => [bridgeSnapshot(fableAt(96))]));
  const container = await renderMenuBar();
  expect(menuBar(container)).toMatchObject({ title: "Fable 96%", "icon-tint": Color.Orange });
  expect(menuItems(container)[0]).toMatchObject({ title: "7-day Fable 96%", tint: Color.Orange });
  expect(updateCommandMetadata).toHaveBeenLastCalledWith({ subtitle: "Fable 96% · 5h 27% · 7d 60%" });
});

test("red at 100 % and over", async () => {
  useSources(reader("Chrome bridge", async () => [bridgeSnapshot(fableAt(104.5))]));
  const container = await renderMenuBar();
  expect(menuBar(container)).toMatchObject({ title: "Fable 105%", "icon-tint": Color.Red });
  expect(menuItems(container)[0].title).toBe("7-day Fable 104.5%");
});

test("the extra-usage line shows the server's reason (out of credits)", async () => {
  useSources(reader("Chrome bridge", async () => [bridgeSnapshot(fixture("usage-limits-spend.json"))]));
  const titles = menuItems(await renderMenuBar()).map((i) => i.title);
  expect(titles).toContain("Extra usage: €534.11 of €550.00 · 97% · disabled · Out of credits");
});

test("the title preference picks 5-hour + 7-day", async () => {
  setPreferences({ menuBarTitle: "five-hour-seven-day" });
  useSources(bridgeFixture());
  expect(menuBar(await renderMenuBar()).title).toBe("5h 42% · 7d 78%");
});

test("old data gets the stale mark in the title and on its account", async () => {
  useSources(reader("Chrome bridge", async () => [bridgeSnapshot(fixture("usage-oauth-percent.json"), 15 * 60)]));
  const container = await renderMenuBar();
  expect(menuBar(container).title).toBe(`Opus 91% ${STALE_MARK}`);
  expect(menuBar(container).tooltip).toContain("Data from 15 min ago");
  expect(sectionTitles(container, "menu-bar")[0]).toBe("ada@example.com · org 0b8e7d1c…c001 · stale");
});

test("no data: ! with the reason as tooltip, and the reason in the menu", async () => {
  useSources(failingSource("Claude Code", "Claude Code's login has expired: run `claude` once to refresh it"));
  const container = await renderMenuBar();
  const reason = "Claude Code: Claude Code's login has expired: run `claude` once to refresh it";
  expect(menuBar(container)).toMatchObject({ title: "!", tooltip: reason, "icon-tint": Color.SecondaryText });
  expect(sectionTitles(container, "menu-bar")).toEqual(["No usage data", ""]);
  const [line] = menuItems(container, "No usage data");
  expect(line).toMatchObject({ title: "Claude Code: Claude Code's login has expired: run `claude` once to…" });
  expect(line.tooltip).toBe(reason);
  expect(updateCommandMetadata).toHaveBeenLastCalledWith({ subtitle: "No usage data" });
  expect(showToast).not.toHaveBeenCalled();
});

test("no source enabled says so", async () => {
  useSources();
  expect(menuBar(await renderMenuBar())).toMatchObject({ title: "!", tooltip: NO_SOURCE_ENABLED });
});

test("a bad preference is the reason, and no source is asked", async () => {
  setPreferences({ bridgePort: "70000" });
  const sources = useSources(bridgeFixture());
  const bar = menuBar(await renderMenuBar());
  expect(bar).toMatchObject({ title: "!", "is-loading": "false" });
  expect(bar.tooltip).toBe('Preference “Bridge Port”: expected a port number from 1 to 65535, got "70000"');
  expect(sources).not.toHaveBeenCalled();
});

test("a failing source beside a working one is listed under Source errors", async () => {
  useSources(bridgeFixture(), failingSource("Claude Code", "api.anthropic.com answered 500"));
  const container = await renderMenuBar();
  expect(menuBar(container).title).toBe("Opus 91%");
  expect(menuItems(container, "Source errors").map((i) => i.title)).toEqual([
    "Claude Code: api.anthropic.com answered 500",
  ]);
});

test("every launch paints the cached numbers at once, then refreshes; never an empty title", async () => {
  useSources(bridgeFixture());
  (await renderMenuBar(LaunchType.Background)).remove();

  let answer: (value: never[]) => void = () => {};
  useSources(reader("Browser bridge", () => new Promise((resolve) => (answer = resolve))));
  const { container } = renderCommand(<MenuBar />, { commandName: "menu-bar", launchType: LaunchType.Background });
  expect(menuBar(container)).toMatchObject({ title: "Opus 91%", "is-loading": "true" });
  answer([]);
  await settle();
  expect(menuBar(container)["is-loading"]).toBe("false");
});

test("a cache left by an older version is ignored, not misread", async () => {
  useSources(bridgeFixture());
  (await renderMenuBar()).remove();
  rewriteCache(() => JSON.stringify({ snapshots: [{ usage: "from an older version" }], failures: [] }));

  useSources(reader("Browser bridge", () => new Promise(() => {})));
  const { container } = renderCommand(<MenuBar />, { commandName: "menu-bar" });
  expect(menuBar(container)).toMatchObject({ title: "…", "is-loading": "true" });
});

test("while the first request is in flight the title is a placeholder, not empty", () => {
  useSources(reader("Browser bridge", () => new Promise(() => {})));
  const { container } = renderCommand(<MenuBar />, { commandName: "menu-bar" });
  expect(menuBar(container)).toMatchObject({ title: "…", "is-loading": "true", tooltip: "Loading Claude usage…" });
});

test("actions: titles, shortcuts and what they do", async () => {
  const sources = useSources(bridgeFixture());
  const container = await renderMenuBar();
  const actions = menuItems(container, "").map((i) => [i.title, i.element.getAttribute("shortcut")]);
  expect(actions).toEqual([
    ["Refresh", "cmd+r"],
    ["Open Usage Windows", "cmd+l"],
    ["Open Extra Usage", "cmd+e"],
    ["Open Claude.ai Usage Settings", "cmd+o"],
    ["Copy as JSON", "cmd+shift+j"],
    ["Configure…", "cmd+,"],
  ]);

  const reads = sources.mock.calls.length;
  await runAction(container, "Refresh");
  expect(sources.mock.calls.length).toBe(reads + 1);

  await runAction(container, "Open Usage Windows");
  expect(launchCommand).toHaveBeenLastCalledWith({ name: "usage-windows", type: LaunchType.UserInitiated });
  await runAction(container, "Extra usage: $12.34 of $50.00 · 24.7% · enabled");
  expect(launchCommand).toHaveBeenLastCalledWith({ name: "extra-usage", type: LaunchType.UserInitiated });
  await runAction(container, "Open Claude.ai Usage Settings");
  expect(open).toHaveBeenLastCalledWith("https://claude.ai/settings/usage");
  await runAction(container, "Configure…");
  expect(openExtensionPreferences).toHaveBeenCalledTimes(1);

  await runAction(container, "Copy as JSON");
  const copied = JSON.parse((await Clipboard.readText()) ?? "");
  expect(copied.accounts).toHaveLength(2);
  expect(copied.accounts[0].windows[0]).toMatchObject({ key: "seven_day_opus", percent: 91, state: "active" });
});
