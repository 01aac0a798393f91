/**
 * @jest-environment <rootDir>/test/environments/jsdom-with-fetch.js
 */
/**
 * A Mac on day one, through the real readers: Claude Code's login is in the Keychain (no
 * credentials file), the companion was never installed (nothing listens on the bridge port).
 * Only the Keychain itself (`security`) is a double, and api.anthropic.com is a fake on loopback.
 */
import { LaunchType, launchCommand } from "@raycast/api";
import { createServer } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ReactElement } from "react";
import MenuBar from "../../src/menu-bar";
import UsageWindows from "../../src/usage-windows";
import ExtraUsage from "../../src/extra-usage";
import { NOT_CONNECTED } from "../../src/core/sources";
import { KeychainAccessError, keychainService, type KeychainReader } from "../../src/sources/credentials";
import * as keychainModule from "../../src/sources/keychain";
import { REFUSAL_BACKOFF_MS } from "../../src/sources/keychain-access";
import { OAUTH_BASE_URL_ENV } from "../../src/sources/oauth";
import { NOW } from "../fixtures";
import { startFixtureAnthropic, type FakeAnthropic } from "../sources/fake-anthropic";
import { credentialsText } from "../sources/temp-home";
import {
  actionsOf,
  attributesOf,
  menuBar,
  menuItems,
  renderCommand,
  renderedTree,
  runAction,
  sectionTitles,
  setPreferences,
  settle,
} from "../raycast";
import { pinClock } from "./sources";

/** A port nothing listens on: the companion's bridge was never started. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let configDir: string;
let anthropic: FakeAnthropic;
let keychain: KeychainReader & { readGenericPassword: jest.Mock };
const platform = Object.getOwnPropertyDescriptor(process, "platform")!;
const savedEnv = { ...process.env };

function onPlatform(name: NodeJS.Platform): void {
  Object.defineProperty(process, "platform", { ...platform, value: name });
}

/** The Keychain as `security` would answer: the item, or a refusal. */
function keychainAnswers(answer: () => Promise<string | null>): void {
  keychain.readGenericPassword.mockImplementation(answer);
}

beforeAll(async () => {
  anthropic = await startFixtureAnthropic();
});
afterAll(() => anthropic.close());

beforeEach(async () => {
  pinClock();
  configDir = mkdtempSync(join(tmpdir(), "cpm-claude-config-"));
  process.env.CLAUDE_CONFIG_DIR = configDir;
  process.env[OAUTH_BASE_URL_ENV] = anthropic.baseUrl;
  onPlatform("darwin");
  keychain = { readGenericPassword: jest.fn(async () => credentialsText()) };
  jest
    .spyOn(keychainModule, "keychainReaderFor")
    .mockImplementation((optedIn, on = process.platform) => (optedIn && on === "darwin" ? keychain : null));
  setPreferences({ bridgePort: String(await closedPort()), alerts: false });
});

afterEach(() => {
  unmountLast();
  jest.restoreAllMocks();
  jest.useRealTimers();
  Object.defineProperty(process, "platform", platform);
  process.env = { ...savedEnv };
  rmSync(configDir, { recursive: true, force: true });
});

let unmountLast = () => {};

/** One launch of a command; the previous one has ended, as Raycast runs them. */
async function launch(command: ReactElement, commandName: string, launchType = LaunchType.Background) {
  unmountLast();
  const { container, unmount } = renderCommand(command, { commandName, launchType });
  unmountLast = unmount;
  await settle();
  return container;
}

const menuBarRun = (launchType?: LaunchType) => launch(<MenuBar />, "menu-bar", launchType);

test("first run on a Mac: Connect Claude Code and Set Up Browser Companion; no error, no Start Bridge, no prompt", async () => {
  const container = await menuBarRun();
  expect(menuBar(container)).toMatchObject({ title: "!", tooltip: NOT_CONNECTED, "is-loading": "false" });
  expect(sectionTitles(container, "menu-bar")).toEqual(["Get your usage", ""]);
  expect(menuItems(container, "Get your usage").map((i) => i.title)).toEqual([
    "Connect Claude Code",
    "Set Up Browser Companion",
  ]);
  // A background run never makes macOS ask without the user's consent.
  expect(keychain.readGenericPassword).not.toHaveBeenCalled();
  expect(renderedTree(container)).toMatchSnapshot("first run menu");

  await runAction(container, "Set Up Browser Companion");
  expect(launchCommand).toHaveBeenLastCalledWith({ name: "install-companion", type: LaunchType.UserInitiated });
});

test("Connect Claude Code reads the profile's Keychain item once asked, and later background runs read it too", async () => {
  let container = await menuBarRun();
  await runAction(container, "Connect Claude Code");
  expect(keychain.readGenericPassword).toHaveBeenCalledWith(keychainService(process.env));
  expect(keychainService(process.env)).toMatch(/^Claude Code-credentials-[0-9a-f]{8}$/);
  expect(menuBar(container).title).toBe("Opus 91%");

  // The next minute: the consent is remembered, nothing is offered, the companion is still no error.
  jest.setSystemTime(NOW.getTime() + 61_000);
  container = await menuBarRun();
  expect(keychain.readGenericPassword).toHaveBeenCalledTimes(2);
  expect(sectionTitles(container, "menu-bar")).not.toContain("Get your usage");
  expect(sectionTitles(container, "menu-bar")).not.toContain("Source errors");
  expect(sectionTitles(container, "menu-bar")).not.toContain("Bridge not running");
  expect(renderedTree(container)).toMatchSnapshot("normal day menu");
});

test("a denied Keychain prompt is said plainly and not asked again within the backoff", async () => {
  keychainAnswers(async () => {
    throw new KeychainAccessError("denied", "macOS denied access to Claude Code’s Keychain item");
  });
  let container = await menuBarRun(LaunchType.UserInitiated);
  await runAction(container, "Connect Claude Code");
  expect(keychain.readGenericPassword).toHaveBeenCalledTimes(1);
  const [line] = menuItems(container, "No usage data");
  expect(line.title).toMatch(/^Claude Code: macOS denied access to Claude Code’s Keychain item; not…$/);
  expect(line.title.length).toBeLessThanOrEqual(72);
  expect(line.tooltip).toContain("macOS denied access to Claude Code’s Keychain item; not asking again before");
  expect(line.tooltip).toContain("Choose “Connect Claude Code” to ask now");
  // Asking again is one click away.
  expect(menuItems(container, "Get your usage").map((i) => i.title)).toContain("Connect Claude Code");

  // Background runs within the hour: no prompt, the same message.
  for (const minutes of [1, 2, 30, 59]) {
    jest.setSystemTime(NOW.getTime() + minutes * 60_000);
    container = await menuBarRun();
    expect(menuItems(container, "No usage data")[0].tooltip).toContain("macOS denied access");
  }
  expect(keychain.readGenericPassword).toHaveBeenCalledTimes(1);

  // After the backoff, a background run may ask once more (the user did consent).
  jest.setSystemTime(NOW.getTime() + REFUSAL_BACKOFF_MS[0] + 60_000);
  await menuBarRun();
  expect(keychain.readGenericPassword).toHaveBeenCalledTimes(2);
  // Refused again: the wait grows.
  jest.setSystemTime(NOW.getTime() + REFUSAL_BACKOFF_MS[0] + 2 * 60 * 60_000);
  await menuBarRun();
  expect(keychain.readGenericPassword).toHaveBeenCalledTimes(2);

  // The user choosing Connect again asks at once.
  keychainAnswers(async () => credentialsText());
  container = await menuBarRun(LaunchType.UserInitiated);
  await runAction(container, "Connect Claude Code");
  expect(keychain.readGenericPassword).toHaveBeenCalledTimes(3);
  expect(menuBar(container).title).toBe("Opus 91%");
});

test("the Usage Windows empty view's ↵ is the set-up; Extra Usage offers it too", async () => {
  const list = await launch(<UsageWindows />, "usage-windows", LaunchType.UserInitiated);
  const empty = list.querySelector("raycast-list-empty-view")!;
  expect(attributesOf(empty).description).toBe("Not connected yet: Connect Claude Code, or Set Up Browser Companion.");
  const actions = actionsOf(empty);
  expect(actions.map((a) => a.title).slice(0, 2)).toEqual(["Connect Claude Code", "Set Up Browser Companion"]);
  expect(actions[1].kind).toBe("action");
  expect(actions.map((a) => a.title)).not.toContain("Show Details");

  await runAction(empty, "Connect Claude Code");
  expect(keychain.readGenericPassword).toHaveBeenCalledTimes(1);
  expect(list.querySelector("raycast-list-empty-view")).toBeNull();
  expect(list.querySelectorAll("raycast-list-item").length).toBeGreaterThan(0);
});

test("Extra Usage with no data offers the set-up as its first action", async () => {
  const detail = await launch(<ExtraUsage />, "extra-usage", LaunchType.UserInitiated);
  expect(detail.querySelector("raycast-markdown")?.textContent).toContain("Not connected yet");
  expect(actionsOf(detail)[0].title).toBe("Connect Claude Code");
});

test("not a Mac and no login: a line saying how to log in, no Keychain offer, never a Keychain read", async () => {
  onPlatform("linux");
  setPreferences({ useKeychain: true });
  const container = await menuBarRun();
  expect(menuItems(container, "Get your usage").map((i) => [i.title, i.element.hasAttribute("disabled")])).toEqual([
    ["Log In to Claude Code: Run `claude`", true], // a line to read: only `claude` can log in
    ["Set Up Browser Companion", false],
  ]);
  expect(sectionTitles(container, "menu-bar")).not.toContain("No usage data");
  expect(keychain.readGenericPassword).not.toHaveBeenCalled();
});

test("no text in Raycast tells the user to pass a terminal flag", async () => {
  setPreferences({ useKeychain: false });
  const container = await menuBarRun();
  expect(container.innerHTML).not.toContain("--keychain");
  const list = await launch(<UsageWindows />, "usage-windows", LaunchType.UserInitiated);
  expect(list.innerHTML).not.toContain("--keychain");
});
