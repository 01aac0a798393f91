/// <reference types="chrome" />
/**
 * The companion in a real headless Chromium: a test-only copy pointed at a fake claude.ai (the shared
 * fixtures behind a session cookie) and a test bridge. It must read every org with the browser's own
 * cookies, POST the exact wire format to the real bridge, and render the windows in its popup.
 *
 * Needs /usr/bin/chromium (or CHROMIUM_PATH); fails loudly without it. CLAUDE_PLAN_METER_SKIP_E2E=1 skips it.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { fixture } from "../fixtures";
import { COMPANION_DIR } from "../../src/build/bundles";
import { copyCompanion, writeOtherExtension } from "./companion-copy";
import { COMPANION_EXTENSION_ID } from "../../src/core/extension-id";
import { ORG_MAIN, ORG_TEAM, SESSION_COOKIE, startFakeClaude, type FakeClaude } from "./fake-claude";
import { startBridge, type RunningBridge } from "../../src/bridge/server";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SKIP = process.env.CLAUDE_PLAN_METER_SKIP_E2E === "1";
const SCREENSHOT = resolve(__dirname, "../../artifacts/companion-popup.png");
const FAKE_HOST = "claude.test";

if (SKIP) console.warn("CLAUDE_PLAN_METER_SKIP_E2E=1: skipping the companion end-to-end test in Chromium");

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** What the bridge serves back: its latest snapshot per org. */
const snapshotsAt = async (bridgeUrl: string) =>
  ((await (await fetch(`${bridgeUrl}/snapshots`)).json()) as { snapshots: Record<string, unknown>[] }).snapshots;

function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
}

/** Headless Chromium with only these unpacked extensions; `hostRules` decides where names resolve. */
function launchWith(extensionDirs: string | string[], profileDir: string, hostRules: string): Promise<Browser> {
  const extensionDir = [extensionDirs].flat().join(",");
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: false, // the explicit --headless=new below
    userDataDir: profileDir,
    ignoreDefaultArgs: ["--disable-extensions"],
    args: [
      "--headless=new",
      "--no-sandbox",
      `--load-extension=${extensionDir}`,
      `--disable-extensions-except=${extensionDir}`,
      `--host-resolver-rules=${hostRules}`,
    ],
  });
}

/** Types into the popup's port field and saves, as a user does. */
async function savePort(popup: Page, port: string) {
  await popup.$eval("#port", (n, v) => void ((n as HTMLInputElement).value = v), port);
  await popup.click("#port-form button[type=submit]");
}

const storedPort = (popup: Page) =>
  popup.evaluate(async () => (await chrome.storage.local.get("bridgePort")).bridgePort as number | undefined);

const portNote = (popup: Page) => popup.$eval("#port-note", (n) => n.textContent ?? "");

const badge = (popup: Page) =>
  popup.evaluate(async () => ({ text: await chrome.action.getBadgeText({}), title: await chrome.action.getTitle({}) }));

(SKIP ? describe.skip : describe)("companion extension in headless Chromium", () => {
  let tmp: string;
  let claude: FakeClaude;
  let bridge: RunningBridge;
  let bridgeClosed = false;
  let browser: Browser;
  let extensionId: string;
  const stored = () => snapshotsAt(bridge.url);

  beforeAll(async () => {
    requireChromium();
    tmp = mkdtempSync(join(tmpdir(), "companion-e2e-"));
    claude = await startFakeClaude(FAKE_HOST);
    bridge = await startBridge({ port: 0, host: "127.0.0.1", dataDir: join(tmp, "bridge") });
    const extensionDir = join(tmp, "companion");
    extensionId = copyCompanion(extensionDir, claude.origin).id;
    browser = await launchWith(extensionDir, join(tmp, "profile"), `MAP ${FAKE_HOST} 127.0.0.1`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await claude?.close();
    if (!bridgeClosed) await bridge?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  test("signed out: the first poll fails with a reason on the badge and in the popup", async () => {
    await browser.waitForTarget(
      (t) => t.type() === "service_worker" && t.url() === `chrome-extension://${extensionId}/background.js`,
      { timeout: 20_000 },
    );
    // The install-time poll reaches claude.ai without a session and is refused.
    await waitFor("the install-time poll", () => claude.seen.some((r) => r.path === "/api/account") || undefined);
    const popup = await browser.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const status = await waitFor("the error in the popup", () =>
      popup.$eval("#content", (n) => n.textContent ?? "").then((t) => (t.includes("not signed in") ? t : undefined)),
    );
    expect(status).toContain("not signed in to claude.ai (401)");
    expect(await badge(popup)).toEqual({
      text: "!",
      title: expect.stringContaining("not signed in to claude.ai (401)"),
    });
    expect(await stored()).toEqual([]);
    await popup.close();
  }, 60_000);

  test("signed in: every org reaches the bridge in the wire format, and the popup shows every window", async () => {
    // The test bridge is on an ephemeral port: set it in the popup, as a user matches Raycast's preference.
    const settings = await browser.newPage();
    await settings.goto(`chrome-extension://${extensionId}/popup.html`);
    expect(await settings.$eval("#port", (n) => (n as HTMLInputElement).value)).toBe("63762");
    await savePort(settings, String(bridge.port));
    await waitFor("the port in storage", () => storedPort(settings).then((p) => (p === bridge.port ? p : undefined)));
    await settings.close();

    const login = await browser.newPage();
    await login.goto(`${claude.origin}/login`);
    await login.close();

    const popup = await browser.newPage();
    await popup.setViewport({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const requestedFrom = claude.seen.length;
    const before = new Date();
    await popup.click("#refresh");
    const snapshots = await waitFor("both orgs at the bridge", () =>
      stored().then((s) => (s.length === 2 ? s : undefined)),
    );
    const after = new Date();

    // What claude.ai saw: only the companion's GETs, each carrying the browser's own session cookie.
    const polled = claude.seen.slice(requestedFrom);
    // A set: on a slow machine the one-minute alarm may add a second round of the same requests.
    expect([...new Set(polled.map((r) => `${r.method} ${r.path}`))].sort()).toEqual(
      [
        "/api/account",
        ...[ORG_MAIN, ORG_TEAM].flatMap((org) =>
          ["usage", "overage_spend_limit", "subscription_details"].map((tail) => `/api/organizations/${org}/${tail}`),
        ),
      ]
        .map((p) => `GET ${p}`)
        .sort(),
    );
    for (const r of polled) {
      expect(r.headers.cookie).toBe(SESSION_COOKIE);
    }

    // What the bridge holds: exactly these snapshots (it accepted the POST, so the body was JSON from
    // a chrome-extension:// origin), fresh, with the time claude.ai was asked.
    const isoMs = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    // The companion forwards the subscription's billing facts only; the card details stay in the browser.
    const subscription = { ...(fixture("subscription.json") as Record<string, unknown>) };
    delete subscription.payment_method;
    expect([...snapshots].sort((a, b) => String(a.org_uuid).localeCompare(String(b.org_uuid)))).toEqual([
      {
        org_uuid: ORG_MAIN,
        org_name: "Ada's Individual Org",
        account_email: "ada@example.com",
        browser: "chrome",
        fetched_at: isoMs,
        usage: fixture("usage-limits-spend.json"),
        overage: fixture("overage.json"),
        subscription,
        errors: [],
        received_at: isoMs,
        stale: false,
      },
      {
        org_uuid: ORG_TEAM,
        org_name: "Team Org",
        account_email: "ada@example.com",
        browser: "chrome",
        fetched_at: isoMs,
        usage: fixture("usage-claudeai-small-values.json"),
        overage: null,
        subscription: null,
        errors: ["subscription: 500 Internal Server Error"],
        received_at: isoMs,
        stale: false,
      },
    ]);
    const health = (await (await fetch(`${bridge.url}/health`)).json()) as Record<string, unknown>;
    expect(health).toMatchObject({ ok: true, snapshots: 2 });
    for (const s of snapshots) {
      const at = Date.parse(s.fetched_at as string);
      expect(at).toBeGreaterThanOrEqual(before.getTime() - 1000);
      expect(at).toBeLessThanOrEqual(after.getTime());
    }

    // The popup re-renders from storage: both orgs, every window, the limits[]-only Fable cap, <1 %.
    await waitFor("both orgs in the popup", () =>
      popup.$$eval(".account", (n) => n.length).then((n) => (n === 2 ? n : undefined)),
    );
    const sections = await popup.$$eval(".account", (nodes) =>
      nodes.map((n) => ({
        title: n.querySelector("h2")?.textContent,
        windows: Array.from(n.querySelectorAll(".window")).map((w) => [
          w.querySelector(".label")?.textContent,
          w.querySelector(".percent")?.textContent,
          w.querySelector(".reset")?.textContent,
        ]),
        extra: n.querySelector(".extra")?.textContent,
        errors: Array.from(n.querySelectorAll(".source-error")).map((e) => e.textContent),
      })),
    );
    const [main, team] = sections;
    expect(main.title).toBe("ada@example.com · Ada's Individual Org");
    expect(main.windows.map(([label, percent]) => `${label} ${percent}`)).toEqual([
      "7-day Fable 84%",
      "7-day 60%",
      "5-hour 27.4%",
      "7-day Opus 10%",
    ]);
    expect(main.extra).toBe("Extra usage: €534.11 of €550.00 · 97% · disabled · Out of credits");
    expect(team.title).toBe("ada@example.com · Team Org");
    expect(team.windows.map(([label, percent]) => `${label} ${percent}`)).toEqual([
      "7-day 78%",
      "7-day Opus 1%",
      "5-hour <1%",
      "7-day Sonnet 0%",
    ]);
    expect(team.windows.find(([label]) => label === "7-day Sonnet")?.[2]).toBe("not started");
    expect(team.errors).toEqual(["subscription: 500 Internal Server Error"]);
    for (const [, , reset] of [...main.windows, ...team.windows.slice(0, 3)]) expect(reset).toMatch(/^resets in \d+d/);

    // The badge: the worst five-hour window (27.4 % → green "27%"), each org's line in the title.
    const shown = await badge(popup);
    expect(shown.text).toBe("27%");
    expect(shown.title).toContain("5-hour 27.4% — resets in");
    expect(shown.title).toContain("5-hour <1% — resets in");

    mkdirSync(resolve(SCREENSHOT, ".."), { recursive: true });
    await popup.screenshot({ path: SCREENSHOT as `${string}.png`, fullPage: true });
    await popup.close();
  }, 60_000);

  test("a new port set in the popup: the next poll delivers to the bridge there, and only there", async () => {
    const moved = await startBridge({ port: 0, host: "127.0.0.1", dataDir: join(tmp, "moved") });
    try {
      const before = (await (await fetch(`${bridge.url}/health`)).json()) as { last_received_at: string };
      const popup = await browser.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      expect(await portNote(popup)).toBe(
        `Sends readings to ${bridge.url}. Use the same port as Raycast's “Bridge Port” preference.`,
      );

      // A typo is refused and changes nothing.
      await savePort(popup, "70000");
      expect(await portNote(popup)).toBe("“70000” is not a port number from 1 to 65535.");
      expect(await popup.$eval("#port-note", (n) => n.classList.contains("error"))).toBe(true);
      expect(await storedPort(popup)).toBe(bridge.port);

      // Chrome's own answer: the manifest's port-less loopback pattern covers the new port.
      const covered = await popup.evaluate(
        (origin) =>
          Promise.all(
            [`${origin}/*`, "http://localhost/*", "http://127.0.0.2/*"].map((o) =>
              chrome.permissions.contains({ origins: [o] }),
            ),
          ),
        moved.url,
      );
      expect(covered).toEqual([true, false, false]);

      // Saving stores the port and polls at once: both orgs arrive at the bridge on the new port.
      await savePort(popup, ` ${moved.port} `);
      const delivered = await waitFor("both orgs at the moved bridge", () =>
        snapshotsAt(moved.url).then((s) => (s.length === 2 ? s : undefined)),
      );
      expect(delivered.map((s) => s.account_email)).toEqual(["ada@example.com", "ada@example.com"]);
      expect(await storedPort(popup)).toBe(moved.port);
      await waitFor("the note naming the new port", () =>
        portNote(popup).then((t) => (t.includes(moved.url) ? t : undefined)),
      );
      expect(await popup.$eval("#port-note", (n) => n.classList.contains("error"))).toBe(false);
      expect(await popup.$eval("#content .status", (n) => n.textContent)).toMatch(/^Updated /);
      const after = (await (await fetch(`${bridge.url}/health`)).json()) as { last_received_at: string };
      expect(after.last_received_at).toBe(before.last_received_at);

      // And back: the original bridge receives again.
      await savePort(popup, String(bridge.port));
      await waitFor("a fresh POST at the original bridge", async () => {
        const health = (await (await fetch(`${bridge.url}/health`)).json()) as { last_received_at: string };
        return health.last_received_at !== before.last_received_at || undefined;
      });
      await popup.close();
    } finally {
      await moved.close();
    }
  }, 60_000);

  test("bridge down: the badge says so and the popup keeps the fresh reading", async () => {
    await bridge.close();
    bridgeClosed = true;
    const popup = await browser.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.click("#refresh");
    const error = await waitFor("the bridge error in the popup", () =>
      popup.$eval("#content .status", (n) => n.textContent ?? "").then((t) => (t.includes("bridge") ? t : undefined)),
    );
    const expected = `bridge not reachable at ${bridge.url}/snapshots — start it from Raycast or with npm run bridge, on the port set here`;
    expect(error).toBe(expected);
    expect(await badge(popup)).toEqual({ text: "!", title: `Claude Plan Meter: ${expected}` });
    expect(await popup.$$eval(".window", (n) => n.length)).toBe(8);
    await popup.close();
  }, 60_000);
});

(SKIP ? describe.skip : describe)("the shipped companion folder, unchanged", () => {
  test("loads in Chromium with its own manifest and reports an unreachable claude.ai", async () => {
    requireChromium();
    const tmp = mkdtempSync(join(tmpdir(), "companion-shipped-"));
    // Every name resolves to nothing, so the real claude.ai is never contacted from a test.
    const browser = await launchWith(COMPANION_DIR, join(tmp, "profile"), "MAP * ~NOTFOUND");
    try {
      const worker = await browser.waitForTarget((t) => t.type() === "service_worker", { timeout: 20_000 });
      // Node's URL has no origin for chrome-extension://, hence the pattern.
      const id = /^chrome-extension:\/\/([a-p]{32})\/background\.js$/.exec(worker.url())?.[1];
      // The manifest's key pins the id: the one the bridge answers by default, on every machine.
      expect(id).toBe(COMPANION_EXTENSION_ID);
      const origin = `chrome-extension://${id}`;
      const popup = await browser.newPage();
      const problems: string[] = [];
      popup.on("console", (m) => {
        if (m.type() === "error" || m.type() === "warn") problems.push(m.text());
      });
      popup.on("pageerror", (e) => problems.push(String(e)));
      await popup.goto(`${origin}/popup.html`);
      const status = await waitFor("the poll's error in the popup", () =>
        popup.$eval("#content", (n) => n.textContent ?? "").then((t) => (t.includes("claude.ai") ? t : undefined)),
      );
      expect(status).toMatch(/^claude\.ai account: not reachable \(/);
      expect((await badge(popup)).text).toBe("!");
      const manifest = await popup.evaluate(() => chrome.runtime.getManifest());
      expect(manifest.host_permissions).toEqual(["https://claude.ai/*", "http://127.0.0.1/*"]);
      expect(await popup.$eval("#port", (n) => (n as HTMLInputElement).value)).toBe("63762");
      expect(await portNote(popup)).toBe(
        "Sends readings to http://127.0.0.1:63762. Use the same port as Raycast's “Bridge Port” preference.",
      );
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 60_000);
});

/** Runs fetch inside an extension's page, so the request carries that extension's Origin; 0 = the browser refused it. */
function fetchFrom(page: Page, url: string, init: { method?: string; contentType?: string; body?: string } = {}) {
  return page.evaluate(
    async (u, i) => {
      try {
        const headers: Record<string, string> = i.contentType ? { "Content-Type": i.contentType } : {};
        const res = await fetch(u, { method: i.method ?? "GET", headers, body: i.body });
        return { status: res.status, body: await res.text() };
      } catch (error) {
        return { status: 0, body: String(error) };
      }
    },
    url,
    init,
  );
}

/** `npm run bridge -- ARGS` as a child process; resolves once it listens. */
function runBridgeCli(args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/bridge/main.ts", ...args], {
    cwd: resolve(__dirname, "../.."),
  });
  const url = new Promise<string>((done, fail) => {
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)[\s\S]*request log /.exec(out);
      if (match) done(match[1]);
    });
    child.once("exit", (code) => fail(new Error(`bridge exited ${code} before listening`)));
  });
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once("exit", () => done());
      child.kill("SIGTERM");
    });
  return { url, stop };
}

(SKIP ? describe.skip : describe)("the bridge answers the companion, not any other extension", () => {
  let tmp: string;
  let claude: FakeClaude;
  let bridge: RunningBridge;
  let browser: Browser;
  let companionId: string;
  let otherId: string;
  const requests: string[] = [];
  const state = async (url: string) => ({
    snapshots: await (await fetch(`${url}/snapshots`)).text(),
    history: await (await fetch(`${url}/history`)).text(),
  });

  beforeAll(async () => {
    requireChromium();
    tmp = mkdtempSync(join(tmpdir(), "companion-access-e2e-"));
    claude = await startFakeClaude(FAKE_HOST);
    bridge = await startBridge({
      port: 0,
      host: "127.0.0.1",
      dataDir: join(tmp, "bridge"),
      requestLog: (line) => requests.push(line),
    });
    companionId = copyCompanion(join(tmp, "companion"), claude.origin).id;
    otherId = writeOtherExtension(join(tmp, "other")).id;
    browser = await launchWith(
      [join(tmp, "companion"), join(tmp, "other")],
      join(tmp, "profile"),
      `MAP ${FAKE_HOST} 127.0.0.1`,
    );
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await claude?.close();
    await bridge?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  test("the companion delivers; the other extension's GET and POST get 403 and change nothing", async () => {
    expect(companionId).toBe(COMPANION_EXTENSION_ID);
    const settings = await browser.newPage();
    await settings.goto(`chrome-extension://${companionId}/popup.html`);
    await savePort(settings, String(bridge.port));
    await waitFor("the port in storage", () => storedPort(settings).then((p) => (p === bridge.port ? p : undefined)));
    await settings.close();
    const login = await browser.newPage();
    await login.goto(`${claude.origin}/login`);
    await login.close();
    const popup = await browser.newPage();
    await popup.goto(`chrome-extension://${companionId}/popup.html`);
    await popup.click("#refresh");
    await waitFor("both orgs at the bridge", () =>
      snapshotsAt(bridge.url).then((s) => (s.length === 2 ? s : undefined)),
    );
    // Signed out from here on, the companion posts nothing more (a poll answered 401 posts nothing), so
    // "nothing changed" below can be exact; a poll already in flight gets a second to land.
    const cdp = await popup.createCDPSession();
    await cdp.send("Network.clearBrowserCookies");
    await popup.close();
    await new Promise((done) => setTimeout(done, 1000));
    const before = await state(bridge.url);
    expect(requests).toContainEqual(expect.stringMatching(new RegExp(`^\\S+ POST /snapshots 200 ${companionId}$`)));

    const page = await browser.newPage();
    await page.goto(`chrome-extension://${otherId}/page.html`);
    const forged = JSON.stringify([
      {
        org_uuid: ORG_MAIN,
        account_email: "mallory@example.com",
        fetched_at: new Date().toISOString(),
        usage: { five_hour: { utilization: 1, resets_at: null } },
      },
    ]);
    const from = requests.length;
    const get = await fetchFrom(page, `${bridge.url}/snapshots`);
    const post = await fetchFrom(page, `${bridge.url}/snapshots`, {
      method: "POST",
      contentType: "application/json",
      body: forged,
    });
    // A "simple" POST skips the preflight and reaches the handler itself.
    const plain = await fetchFrom(page, `${bridge.url}/snapshots`, {
      method: "POST",
      contentType: "text/plain",
      body: forged,
    });
    await page.close();

    // GET and the simple POST read the 403 and the reason (their origin may read why it was refused).
    for (const answer of [get, plain]) {
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, refused_extension: otherId });
      expect(answer.body).not.toContain("ada@example.com");
    }
    // The JSON POST needs a preflight, which is refused: the browser never sends the POST.
    expect(post.status).toBe(0);
    const fromOther = requests.slice(from).filter((line) => line.endsWith(` ${otherId}`));
    expect(fromOther.map((line) => line.split(" ").slice(1).join(" "))).toEqual([
      `GET /snapshots 403 ${otherId}`,
      `OPTIONS /snapshots 403 ${otherId}`,
      `POST /snapshots 403 ${otherId}`,
    ]);
    expect(await state(bridge.url)).toEqual(before);
  }, 60_000);

  test("time and shapes are the bridge's: tomorrow is a 400, an older reading is ignored, a non-UUID org is a 400", async () => {
    const before = await state(bridge.url);
    const [stored] = (await snapshotsAt(bridge.url)).filter((s) => s.org_uuid === ORG_MAIN);
    const post = async (changes: Record<string, unknown>) => {
      const res = await fetch(`${bridge.url}/snapshots`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Origin: `chrome-extension://${companionId}` },
        body: JSON.stringify([{ ...stored, ...changes }]),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    const tomorrow = new Date(Date.now() + 24 * 60 * 60_000).toISOString();
    const future = await post({ fetched_at: tomorrow, usage: { five_hour: { utilization: 1, resets_at: null } } });
    expect(future.status).toBe(400);
    expect(future.body.error).toMatch(
      /^snapshots\[0\]\.fetched_at: .* is more than 5 minutes ahead of the bridge's clock/,
    );
    for (const org of [ORG_MAIN, ORG_TEAM]) {
      const history = async (url: string) => (await fetch(`${url}/history?org=${org}`)).text();
      expect(JSON.parse(await history(bridge.url)).history).not.toEqual({});
    }
    expect(await state(bridge.url)).toEqual(before);

    const older = new Date(Date.parse(String(stored.fetched_at)) - 60_000).toISOString();
    expect(await post({ fetched_at: older })).toEqual({ status: 200, body: { ok: true, accepted: 0, ignored: 1 } });
    expect(await post({ org_uuid: "99" })).toEqual({
      status: 400,
      body: { ok: false, error: "snapshots[0].org_uuid: expected a UUID" },
    });
    expect(await state(bridge.url)).toEqual(before);
  }, 60_000);

  test("npm run bridge -- --allow-extension <its id> lets it in; the log file has a line per request and no secret", async () => {
    const logFile = join(tmp, "allowed.log");
    const cli = runBridgeCli([
      "--port",
      "0",
      "--data-dir",
      join(tmp, "allowed"),
      "--allow-extension",
      otherId,
      "--log",
      logFile,
    ]);
    try {
      const url = await cli.url;
      const page = await browser.newPage();
      await page.goto(`chrome-extension://${otherId}/page.html`);
      const body = JSON.stringify([
        {
          org_uuid: ORG_MAIN,
          account_email: "ada@example.com",
          fetched_at: new Date().toISOString(),
          usage: { five_hour: { utilization: 12, resets_at: null } },
          errors: ["sessionKey=e2e-session"],
        },
      ]);
      const post = await fetchFrom(page, `${url}/snapshots`, { method: "POST", contentType: "application/json", body });
      expect(post).toEqual({ status: 200, body: JSON.stringify({ ok: true, accepted: 1, ignored: 0 }) });
      const get = await fetchFrom(page, `${url}/snapshots`);
      expect(get.status).toBe(200);
      expect(JSON.parse(get.body).snapshots).toHaveLength(1);
      await page.close();
    } finally {
      await cli.stop();
    }
    const lines = readFileSync(logFile, "utf8").trim().split("\n");
    expect(lines.map((line) => line.split(" ").slice(1).join(" "))).toEqual([
      `OPTIONS /snapshots 204 ${otherId}`,
      `POST /snapshots 200 ${otherId}`,
      `GET /snapshots 200 ${otherId}`,
    ]);
    for (const line of lines) expect(line).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z /);
    const text = readFileSync(logFile, "utf8");
    for (const secret of ["e2e-session", "ada@example.com", ORG_MAIN]) expect(text).not.toContain(secret);
  }, 60_000);
});
