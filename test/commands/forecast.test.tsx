/**
 * @jest-environment jsdom
 */
import { Cache, LaunchType } from "@raycast/api";
import MenuBar from "../../src/menu-bar";
import UsageWindows from "../../src/usage-windows";
import { HISTORY_NAMESPACE } from "../../src/hooks/history";
import { HISTORY_KEY } from "../../src/sources/history-store";
import { NOW } from "../fixtures";
import { listItems, menuBar, menuItems, renderCommand, runAction, setPreferences, settle } from "../raycast";
import { bridgeSnapshot, notifications, pinClock, reader, useSources } from "./sources";

const MIN = 60_000;

afterEach(() => jest.useRealTimers());

/** One launch of the menu bar `minute` minutes after NOW, reading the 5-hour window at `percent`. */
async function menuBarRun(minute: number, percent: number, launchType = LaunchType.Background) {
  pinClock(new Date(NOW.getTime() + minute * MIN));
  const usage = { five_hour: { utilization: percent, resets_at: "2026-11-24T14:47:00Z" } };
  useSources(reader("Chrome bridge", async () => [bridgeSnapshot(usage, -minute * 60)]));
  const rendered = renderCommand(<MenuBar />, { commandName: "menu-bar", launchType });
  await settle();
  const snapshot = { title: menuBar(rendered.container).title, items: menuItems(rendered.container) };
  rendered.unmount();
  return snapshot;
}

const alertTitles = () => notifications().map((alert) => alert.title);

test("background runs build the history: the row shows the coming limit, alerts fire once each", async () => {
  const runs = [];
  for (const [minute, percent] of [
    [0, 70],
    [1, 75],
    [2, 80],
    [3, 85],
    [4, 85],
  ]) {
    runs.push(await menuBarRun(minute, percent));
  }
  // One reading says nothing about the pace; from the second, 5 %/min reaches 100 % before the reset.
  expect(runs[0].items[0]).toMatchObject({ title: "5-hour 70%", subtitle: "resets in 2h 47m" });
  expect(runs[0].items[0].tooltip).toContain("Forecast: not enough data yet");
  expect(runs[3].items[0]).toMatchObject({ title: "5-hour 85%", subtitle: "resets in 2h 44m · limit ~3m" });
  expect(runs[3].items[0].tooltip).toContain("Forecast: limit in ~3m, resets in 2h 44m");
  expect(alertTitles()).toEqual(["Claude 5-hour will hit its limit before it resets", "Claude 5-hour is at 80%"]);
  const stored = JSON.parse(new Cache({ namespace: HISTORY_NAMESPACE }).get(HISTORY_KEY)!);
  expect(Object.values(stored)).toEqual([
    expect.arrayContaining([expect.objectContaining({ percent: 70 }), expect.objectContaining({ percent: 85 })]),
  ]);
});

test("the pace outranks a fuller flat window for the menu-bar title", async () => {
  const run = async (minute: number, fiveHour: number) => {
    pinClock(new Date(NOW.getTime() + minute * MIN));
    const usage = {
      five_hour: { utilization: fiveHour, resets_at: "2026-11-24T14:47:00Z" },
      seven_day: { utilization: 85, resets_at: "2026-11-29T06:00:00Z" },
    };
    useSources(reader("Chrome bridge", async () => [bridgeSnapshot(usage, -minute * 60)]));
    const rendered = renderCommand(<MenuBar />, { commandName: "menu-bar", launchType: LaunchType.Background });
    await settle();
    const title = menuBar(rendered.container).title;
    rendered.unmount();
    return title;
  };
  expect(await run(0, 55)).toBe("7d 85%");
  await run(10, 62.5);
  // 45 %/h from 70 %: 100 % in 40 min, before the reset — it binds over the flat 85 %.
  expect(await run(20, 70)).toBe("5h 70%");
});

test("alerts turned off: the forecast still shows, nothing is notified", async () => {
  setPreferences({ alerts: false });
  await menuBarRun(0, 90);
  const last = await menuBarRun(1, 95);
  expect(last.items[0].subtitle).toBe("resets in 2h 46m · limit ~1m");
  expect(notifications()).toEqual([]);
});

test("a failing notification is logged and the menu still renders", async () => {
  notifications(new Error("osascript is not allowed to send notifications"));
  const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
  const run = await menuBarRun(0, 96);
  expect(run.title).toBe("5h 96%");
  expect(error).toHaveBeenCalledWith(
    "Claude Plan Meter: notification failed: osascript is not allowed to send notifications",
  );
  error.mockRestore();
});

test("the list's detail pane shows the verdict, the pace, the limit time and the chart of the menu bar's history", async () => {
  for (const [minute, percent] of [
    [0, 55],
    [10, 62.5],
    [20, 70],
  ]) {
    await menuBarRun(minute, percent);
  }
  const alertsSoFar = notifications().length;
  expect(alertsSoFar).toBe(1); // the pace alert, from the menu bar

  // The list opens on the menu bar's latest reading (same fetch time: nothing new to record).
  const rendered = renderCommand(<UsageWindows />, { commandName: "usage-windows" });
  await settle();
  const fiveHour = () => listItems(rendered.container).find((i) => i.title === "5-hour")!.element;
  await runAction(fiveHour(), "Show Details");
  const detail = fiveHour().querySelector("raycast-list-item-detail")!;
  const labels = Object.fromEntries(
    Array.from(detail.querySelectorAll("raycast-metadata-label")).map((l) => [
      l.getAttribute("title"),
      l.getAttribute("text"),
    ]),
  );
  expect(labels).toMatchObject({
    Forecast: "limit in ~40m, resets in 2h 27m",
    Pace: "+45 %/h (last 90 min)",
    "Limit at": "Tue, Nov 24, 1:00 PM",
  });

  const markdown = detail.querySelector("raycast-markdown")!.textContent!;
  const uri = /!\[5-hour since the last reset\]\(data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\)/.exec(markdown);
  expect(uri).not.toBeNull();
  const svg = new DOMParser().parseFromString(Buffer.from(uri![1], "base64").toString("utf8"), "image/svg+xml");
  expect(svg.getElementsByTagName("parsererror")).toHaveLength(0);
  expect(svg.querySelector("polyline")!.getAttribute("points")!.split(" ")).toHaveLength(3);
  expect(Array.from(svg.querySelectorAll("text")).map((t) => t.textContent)).toContain("limit ~1:00 PM");
  expect(notifications()).toHaveLength(alertsSoFar); // the list never notifies
});

test("no chart until the window has two readings in its cycle", async () => {
  await menuBarRun(0, 40);
  const rendered = renderCommand(<UsageWindows />, { commandName: "usage-windows" });
  await settle();
  const fiveHour = () => listItems(rendered.container).find((i) => i.title === "5-hour")!.element;
  await runAction(fiveHour(), "Show Details");
  expect(fiveHour().querySelector("raycast-markdown")!.textContent).not.toContain("data:image/svg+xml");
});
