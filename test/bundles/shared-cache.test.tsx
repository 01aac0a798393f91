/**
 * @jest-environment <rootDir>/test/environments/jsdom-with-fetch.js
 */
/**
 * Every command paints the same latest numbers on its first render, from the built bundles: each
 * command is its own minified bundle (`ray build`), so a cache keyed by the loader's source text
 * (useCachedPromise) would differ per command. The menu bar reads a bridge on loopback; then Usage
 * Windows and Extra Usage, with that bridge hanging, must show the menu bar's numbers at once.
 * The double's Cache lives across the renders of this file, as Raycast's on-disk Cache does.
 */
import { updateCommandMetadata } from "@raycast/api";
import { act, render, waitFor } from "@testing-library/react";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createElement, type ComponentType } from "react";
import { USAGE_CACHE_KEY, USAGE_CACHE_NAMESPACE } from "../../src/hooks/use-usage";
import { fixture } from "../fixtures";
import { NavigationRoot, resetRaycastDouble, setLaunch, setPreferences } from "../raycast-api-double/control";
import { state } from "../raycast-api-double/state";
import { listItems, menuBar, menuItems } from "../raycast";

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const COMMANDS = ["menu-bar", "usage-windows", "extra-usage"];

function newest(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
    ),
  );
}

/** The bundles as `npm run build` makes them; built here when missing or older than the sources. */
function ensureBuilt(): void {
  const bundles = COMMANDS.map((c) => join(DIST, `${c}.js`));
  const built = bundles.every(existsSync) ? Math.min(...bundles.map((b) => statSync(b).mtimeMs)) : 0;
  if (built > newest(join(ROOT, "src"))) return;
  execFileSync(join(ROOT, "node_modules", ".bin", "ray"), ["build", "-e", "dist", "-o", "dist"], {
    cwd: ROOT,
    stdio: "pipe",
    timeout: 240_000,
  });
}

function bundle(name: string): ComponentType {
  // A built bundle is plain CommonJS: required as Raycast loads it, through jest's module map.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(join(DIST, `${name}.js`)) as { default: ComponentType }).default;
}

/** A bridge on loopback serving bridge-post.json fetched just now, or never answering. */
let mode: { hang: boolean; opusPercent: number } = { hang: false, opusPercent: 91 };
let server: Server;
let port: number;

function snapshotsNow(): unknown[] {
  const posted = fixture("bridge-post.json") as Array<{ fetched_at: string; usage: Record<string, unknown> }>;
  return posted.map((s, i) => {
    const opus = s.usage.seven_day_opus as { utilization: number } | null;
    const usage =
      i === 0 && opus ? { ...s.usage, seven_day_opus: { ...opus, utilization: mode.opusPercent } } : s.usage;
    return { ...s, usage, fetched_at: new Date().toISOString() };
  });
}

beforeAll(async () => {
  ensureBuilt();
  server = createServer((req, res) => {
    if (mode.hang) return;
    const body = req.url === "/health" ? { ok: true, version: "test", snapshots: 2, last_received_at: null } : null;
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(body ?? { snapshots: snapshotsNow() }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  resetRaycastDouble();
}, 300_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

let unmountLast = () => {};

/** One launch of a built command; the previous launch has ended. Nothing is awaited: this is the first paint. */
function launch(name: string) {
  unmountLast();
  setLaunch({ commandName: name });
  setPreferences({ bridgePort: String(port), useOAuth: false, alerts: false });
  const { container, unmount } = render(<NavigationRoot>{createElement(bundle(name))}</NavigationRoot>);
  unmountLast = unmount;
  return container;
}

/** Until the command's load ends: the first fetch of a bundle on this shared machine can take seconds. */
async function loaded(container: HTMLElement): Promise<void> {
  await waitFor(() => expect(container.querySelector('[is-loading="true"]')).toBeNull(), { timeout: 20_000 });
}

/** Lets the hanging source's request go out without waiting for an answer that never comes. */
const flush = () => act(async () => new Promise((resolve) => setTimeout(resolve, 50)));

function windowsOfList(container: HTMLElement): string[] {
  return listItems(container).map((i) => `${i.title} ${JSON.stringify(i.accessories.find((a) => a.tag)?.tag)}`);
}

test("the menu bar's numbers are in the first render of Usage Windows and Extra Usage, and a refresh in any command is what the others paint next", async () => {
  // The menu bar's background run; the root-search subtitle goes out while it is still loading.
  const loadingWhenSent: Array<string | null> = [];
  jest.mocked(updateCommandMetadata).mockImplementation(async () => {
    loadingWhenSent.push(document.querySelector("raycast-menu-bar")?.getAttribute("is-loading") ?? null);
  });
  const bar = launch("menu-bar");
  await loaded(bar);
  expect(menuBar(bar).title).toBe("Opus 91%");
  expect(updateCommandMetadata).toHaveBeenLastCalledWith({ subtitle: "Opus 91% · 5h 42% · 7d 78%" });
  expect(loadingWhenSent).toEqual(["true"]);
  const menuNumbers = menuItems(bar).map((i) => i.title);
  expect(menuNumbers).toContain("7-day Opus 91%");
  // One explicit key, whatever the minifier named the loader.
  expect(state.caches.get(USAGE_CACHE_NAMESPACE)?.entries.has(USAGE_CACHE_KEY)).toBe(true);

  mode = { ...mode, hang: true };
  const list = launch("usage-windows");
  const firstPaint = windowsOfList(list);
  expect(list.querySelector("raycast-list")?.getAttribute("is-loading")).toBe("true");
  expect(firstPaint).toContain('7-day Opus {"value":"91%","color":"raycast-orange"}');
  expect(firstPaint).toContain('5-hour {"value":"42%","color":"raycast-green"}');
  await flush();

  const extra = launch("extra-usage");
  expect(extra.querySelector("raycast-markdown")?.textContent).toContain("**$12.34** of **$50.00**");
  await flush();

  // A refresh in Usage Windows is what the menu bar paints next (one test: test/raycast resets the
  // double's Cache before each test, and this story needs it to persist like the disk does).
  mode = { hang: false, opusPercent: 95 };
  const refreshed = launch("usage-windows");
  expect(windowsOfList(refreshed)).toContain('7-day Opus {"value":"91%","color":"raycast-orange"}');
  await loaded(refreshed);
  expect(windowsOfList(refreshed)).toContain('7-day Opus {"value":"95%","color":"raycast-orange"}');

  mode = { ...mode, hang: true };
  const nextRun = launch("menu-bar");
  expect(menuBar(nextRun).title).toBe("Opus 95%");
  expect(menuBar(nextRun)["is-loading"]).toBe("true");
  await flush();
});
