/**
 * @jest-environment jsdom
 */
import { LaunchType, launchCommand } from "@raycast/api";
import { waitFor } from "@testing-library/react";
import MenuBar from "../../src/menu-bar";
import * as bridgeControl from "../../src/bridge/control";
import * as bridgeSource from "../../src/sources/bridge";
import { BRIDGE_SOURCE_LABEL } from "../../src/sources/bridge";
import { menuBar, menuItems, renderCommand, runAction, sectionTitles, setPreferences, settle } from "../raycast";
import { bridgeFixture, failingSource, useSources } from "./sources";

// jsdom has no fetch: the /health check itself is tested against a real bridge in test/sources/bridge.test.ts.
let health: jest.SpyInstance;
let agentInstalled: jest.SpyInstance;
beforeEach(() => {
  health = jest.spyOn(bridgeSource, "isBridgeUp");
  agentInstalled = jest.spyOn(bridgeControl, "bridgeAgentInstalled").mockReturnValue(false);
});
afterEach(() => {
  health.mockRestore();
  agentInstalled.mockRestore();
});

let unmountLast = () => {};

/** One background run; the previous one ends first (a mounted menu would hear the shared cache change). */
async function renderMenuBar() {
  unmountLast();
  const { container, unmount } = renderCommand(<MenuBar />, {
    commandName: "menu-bar",
    launchType: LaunchType.Background,
  });
  unmountLast = unmount;
  await settle();
  await waitFor(() => expect(menuBar(container)["is-loading"]).toBe("false"));
  return container;
}

test("the bridge source failed and /health does not answer: offers Start Bridge", async () => {
  health.mockResolvedValue(false);
  setPreferences({ bridgePort: "4100" });
  useSources(failingSource(BRIDGE_SOURCE_LABEL, "bridge not running on 127.0.0.1:4100"), bridgeFixture());
  const container = await renderMenuBar();
  expect(health).toHaveBeenCalledWith(4100);
  expect(menuItems(container, "Bridge not running").map((i) => i.title)).toEqual(["Start Bridge"]);
  await runAction(container, "Start Bridge");
  expect(launchCommand).toHaveBeenLastCalledWith({ name: "start-bridge", type: LaunchType.UserInitiated });
});

test("a bridge that answers /health (but had nothing to give) is not offered a start", async () => {
  health.mockResolvedValue(true);
  useSources(failingSource(BRIDGE_SOURCE_LABEL, "bridge on 127.0.0.1 has no snapshots yet"), bridgeFixture());
  const container = await renderMenuBar();
  expect(health).toHaveBeenCalledWith(63762);
  expect(sectionTitles(container, "menu-bar")).not.toContain("Bridge not running");
});

test("no bridge failure, or the bridge turned off: no /health check and no offer", async () => {
  health.mockResolvedValue(false);
  useSources(failingSource("Claude Code", "run `claude` once"), bridgeFixture());
  let container = await renderMenuBar();
  expect(sectionTitles(container, "menu-bar")).not.toContain("Bridge not running");

  setPreferences({ useBridge: false });
  useSources(failingSource(BRIDGE_SOURCE_LABEL, "bridge not running"), bridgeFixture());
  container = await renderMenuBar();
  expect(sectionTitles(container, "menu-bar")).not.toContain("Bridge not running");
  expect(health).not.toHaveBeenCalled();
});

describe("Stop Bridge", () => {
  test("offered whenever the agent is installed, in its own untitled section; it runs the stop-bridge command", async () => {
    agentInstalled.mockReturnValue(true);
    useSources(bridgeFixture());
    const container = await renderMenuBar();
    expect(sectionTitles(container, "menu-bar")).not.toContain("Bridge not running");
    expect(menuItems(container, "").map((i) => [i.title, i.tooltip])).toContainEqual([
      "Stop Bridge",
      "Stops the bridge and removes its background agent; Start Bridge brings it back",
    ]);
    await runAction(container, "Stop Bridge");
    expect(launchCommand).toHaveBeenLastCalledWith({ name: "stop-bridge", type: LaunchType.UserInitiated });
  });

  test("an installed agent whose bridge is down: Start and Stop side by side", async () => {
    agentInstalled.mockReturnValue(true);
    health.mockResolvedValue(false);
    useSources(failingSource(BRIDGE_SOURCE_LABEL, "bridge not running on 127.0.0.1:63762"), bridgeFixture());
    const container = await renderMenuBar();
    expect(menuItems(container, "Bridge not running").map((i) => i.title)).toEqual(["Start Bridge", "Stop Bridge"]);
  });

  test("no agent installed (or not a Mac): no Stop Bridge anywhere", async () => {
    useSources(bridgeFixture());
    const container = await renderMenuBar();
    expect(menuItems(container).map((i) => i.title)).not.toContain("Stop Bridge");
  });
});
