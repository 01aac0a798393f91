/**
 * Who may call the bridge, whose clock counts, what it stores, and what it logs (issue 16), against a
 * real bridge on loopback.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { STATE_FILE } from "../../src/bridge/store";
import { fixture, NOW } from "../fixtures";
import {
  closeAll,
  EXTENSION_ORIGIN,
  orgUuid,
  OTHER_EXTENSION_ID,
  OTHER_EXTENSION_ORIGIN,
  postJson,
  raw,
  testBridge,
  wireSnapshot,
  type TestBridge,
} from "./harness";

afterAll(closeAll);

const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
const ago = (minutes: number) => iso(NOW.getTime() - minutes * MINUTE);

/** Everything the bridge would serve or has written: nothing a refused request does may change it. */
async function everything(bridge: TestBridge) {
  await bridge.flush();
  return {
    snapshots: (await raw(bridge.port, { path: "/snapshots" })).text,
    history: (await raw(bridge.port, { path: "/history" })).text,
    file: readFileSync(join(bridge.dataDir, STATE_FILE), "utf8"),
  };
}

async function seeded(options: Parameters<typeof testBridge>[0] = {}) {
  const bridge = await testBridge(options);
  await postJson(bridge.port, fixture("bridge-post.json"));
  await postJson(bridge.port, [wireSnapshot("org-c", ago(2), 30)]);
  return bridge;
}

describe("which extensions are answered", () => {
  test("the pinned companion: GET, POST and the preflight, with CORS for its origin only", async () => {
    const bridge = await testBridge();
    const origin = { Origin: EXTENSION_ORIGIN };
    const post = await postJson(bridge.port, [wireSnapshot("org-a", ago(1))], origin);
    expect(post.status).toBe(200);
    expect(post.headers["access-control-allow-origin"]).toBe(EXTENSION_ORIGIN);
    const get = await raw(bridge.port, { path: "/snapshots", headers: origin });
    expect(get.status).toBe(200);
    const preflight = await raw(bridge.port, {
      method: "OPTIONS",
      path: "/snapshots",
      headers: { ...origin, "Access-Control-Request-Method": "POST" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers["access-control-allow-origin"]).toBe(EXTENSION_ORIGIN);
  });

  test("another extension gets 403 on GET, POST and the preflight, naming its id and how to allow it; nothing changes", async () => {
    const bridge = await seeded();
    const before = await everything(bridge);
    const origin = { Origin: OTHER_EXTENSION_ORIGIN };
    const answers = [
      await raw(bridge.port, { path: "/snapshots", headers: origin }),
      await raw(bridge.port, { path: "/history", headers: origin }),
      await raw(bridge.port, { path: "/health", headers: origin }),
      await postJson(bridge.port, [wireSnapshot("org-a", ago(0), 99)], origin),
      await raw(bridge.port, {
        method: "OPTIONS",
        path: "/snapshots",
        headers: {
          ...origin,
          "Access-Control-Request-Method": "POST",
          "Access-Control-Request-Private-Network": "true",
        },
      }),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(403);
      const body = answer.json();
      expect(body).toMatchObject({ ok: false, refused_extension: OTHER_EXTENSION_ID });
      expect(body.error).toContain(`extension ${OTHER_EXTENSION_ID} is not allowed`);
      expect(body.error).toContain(`--allow-extension ${OTHER_EXTENSION_ID}`);
      expect(body.error).toContain("CLAUDE_PLAN_METER_ALLOWED_EXTENSIONS");
      expect(body.error).toContain("Allowed Extensions");
      // Its origin may read why it was refused; it is never granted a method or the private network.
      expect(answer.headers["access-control-allow-methods"]).toBeUndefined();
      expect(answer.headers["access-control-allow-private-network"]).toBeUndefined();
      expect(answer.text).not.toContain("ada@example.com");
    }
    expect(await everything(bridge)).toEqual(before);
  });

  test("an extension named in allowedExtensions is answered like the companion", async () => {
    const bridge = await testBridge({ allowedExtensions: [OTHER_EXTENSION_ID] });
    const origin = { Origin: OTHER_EXTENSION_ORIGIN };
    expect((await postJson(bridge.port, [wireSnapshot("org-a", ago(1))], origin)).json()).toEqual({
      ok: true,
      accepted: 1,
      ignored: 0,
    });
    const get = await raw(bridge.port, { path: "/snapshots", headers: origin });
    expect(get.status).toBe(200);
    expect(get.headers["access-control-allow-origin"]).toBe(OTHER_EXTENSION_ORIGIN);
    // The companion stays allowed.
    expect((await raw(bridge.port, { path: "/snapshots", headers: { Origin: EXTENSION_ORIGIN } })).status).toBe(200);
  });

  test("no Origin (the terminal view, the status line, curl) is served as before; a web page is refused", async () => {
    const bridge = await seeded();
    expect((await raw(bridge.port, { path: "/snapshots" })).status).toBe(200);
    const page = await raw(bridge.port, { path: "/snapshots", headers: { Origin: "https://evil.example" } });
    expect(page.status).toBe(403);
    expect(page.headers["access-control-allow-origin"]).toBeUndefined();
  });
});

describe("time is the bridge's", () => {
  test("a snapshot dated tomorrow is a 400 naming the field; no org's snapshot or history changes", async () => {
    const bridge = await seeded();
    const before = await everything(bridge);
    const tomorrow = iso(NOW.getTime() + 24 * 60 * MINUTE);
    const res = await postJson(bridge.port, [wireSnapshot("org-c", ago(0), 31), wireSnapshot("org-c", tomorrow, 1)]);
    expect(res.status).toBe(400);
    expect(res.json().error).toBe(
      `snapshots[1].fetched_at: ${tomorrow} is more than 5 minutes ahead of the bridge's clock (${NOW.toISOString()}); nothing was stored`,
    );
    expect(await everything(bridge)).toEqual(before);
    for (const org of [
      "0b8e7d1c-0000-4000-8000-00000000b001",
      "0b8e7d1c-0000-4000-8000-00000000b002",
      orgUuid("org-c"),
    ]) {
      const history = (await raw(bridge.port, { path: `/history?org=${org}` })).json().history;
      expect(Object.keys(history as object).length).toBeGreaterThan(0);
    }
  });

  test("up to five minutes ahead is clock skew, accepted", async () => {
    const bridge = await testBridge();
    const res = await postJson(bridge.port, [wireSnapshot("org-a", iso(NOW.getTime() + 5 * MINUTE), 20)]);
    expect(res.json()).toEqual({ ok: true, accepted: 1, ignored: 0 });
  });

  test("a reading older than the stored one is ignored and counted as such; the rest of the batch is stored", async () => {
    const bridge = await testBridge();
    await postJson(bridge.port, [wireSnapshot("org-a", ago(1), 50)]);
    const res = await postJson(bridge.port, [wireSnapshot("org-a", ago(10), 20), wireSnapshot("org-b", ago(10), 5)]);
    expect(res.json()).toEqual({ ok: true, accepted: 1, ignored: 1 });
    const served = (await raw(bridge.port, { path: "/snapshots" })).json().snapshots as Record<string, unknown>[];
    expect(
      served.map((s) => [s.org_uuid, (s.usage as { five_hour: { utilization: number } }).five_hour.utilization]),
    ).toEqual([
      [orgUuid("org-a"), 50],
      [orgUuid("org-b"), 5],
    ]);
    // The same reading again is not older: it is stored (a re-post after a restart).
    expect((await postJson(bridge.port, [wireSnapshot("org-a", ago(1), 50)])).json()).toEqual({
      ok: true,
      accepted: 1,
      ignored: 0,
    });
  });

  test("a state file holding a reading from the future drops it on load, with a warning", async () => {
    const first = await testBridge();
    await postJson(first.port, [wireSnapshot("org-a", ago(1), 50), wireSnapshot("org-b", ago(1), 5)]);
    await first.close();
    const file = join(first.dataDir, STATE_FILE);
    const doc = JSON.parse(readFileSync(file, "utf8"));
    doc.snapshots[0].snapshot.fetched_at = "2099-12-31T00:00:00.000Z";
    doc.history[`org:${orgUuid("org-b")}|five_hour`].push({
      at: Date.parse("2099-12-31T00:00:00Z"),
      percent: 1,
      resetsAt: null,
    });
    writeFileSync(file, JSON.stringify(doc));
    const second = await testBridge({ dataDir: first.dataDir });
    expect(second.logs).toEqual([
      expect.stringMatching(/dropped snapshots\[0\] \(fetched_at 2099-12-31T00:00:00\.000Z is ahead/),
    ]);
    const served = (await raw(second.port, { path: "/snapshots" })).json().snapshots as Record<string, unknown>[];
    expect(served.map((s) => s.org_uuid)).toEqual([orgUuid("org-b")]);
    const history = (await raw(second.port, { path: "/history" })).json().history as Record<string, { at: number }[]>;
    expect(history[`org:${orgUuid("org-b")}|five_hour`].map((s) => s.at)).toEqual([NOW.getTime() - MINUTE]);
  });
});

describe("what is stored is what it claims to be", () => {
  const withField = (field: string, value: unknown) => [{ ...wireSnapshot("org-a", ago(1)), [field]: value }];

  test.each([
    ["an org id that is not a UUID", withField("org_uuid", "99"), "snapshots[0].org_uuid: expected a UUID"],
    ["a date as the org id", withField("org_uuid", "2026-02-31T00:00:00Z"), "snapshots[0].org_uuid: expected a UUID"],
    [
      "an email that is not an address",
      withField("account_email", "mallory"),
      "snapshots[0].account_email: expected an email address or null",
    ],
    [
      "a right-to-left override in the org name",
      withField("org_name", "Team \u202Egro"),
      "snapshots[0].org_name: contains a control or bidi-override character",
    ],
    [
      "a BEL in the browser",
      withField("browser", "chrome\u0007"),
      "snapshots[0].browser: contains a control or bidi-override character",
    ],
    [
      "an escape deep in the usage body",
      [{ ...wireSnapshot("org-a", ago(1)), usage: { limits: [{ kind: "x\u001b[2J", percent: 1 }] } }],
      "snapshots[0].usage.limits[0].kind: contains a control",
    ],
    [
      "a 3000-character key in the usage body",
      [{ ...wireSnapshot("org-a", ago(1)), usage: { ["k".repeat(3000)]: 1 } }],
      "snapshots[0].usage.kkkk",
    ],
    [
      "a 3000-character subscription status",
      withField("subscription", { status: "s".repeat(3000) }),
      "snapshots[0].subscription.status: text longer than 2000 characters",
    ],
  ])("%s is a 400 naming the field, and nothing is stored", async (_what, body, message) => {
    const bridge = await seeded();
    const before = await everything(bridge);
    const res = await postJson(bridge.port, body);
    expect(res.status).toBe(400);
    expect(res.json().error).toContain(message);
    expect(await everything(bridge)).toEqual(before);
  });

  test("a null org and a null email are still accepted (an account-level reading)", async () => {
    const bridge = await testBridge();
    const body = [{ ...wireSnapshot("org-a", ago(1)), org_uuid: null, account_email: null }];
    expect((await postJson(bridge.port, body)).status).toBe(200);
  });
});

describe("the request log", () => {
  test("one line per request: time, method, path, status and the caller's id or none; never a body or header value", async () => {
    const bridge = await testBridge();
    const secret = "sk-ant-oat01-SECRET";
    await postJson(bridge.port, [{ ...wireSnapshot("org-a", ago(1)), errors: [secret] }], {
      Origin: EXTENSION_ORIGIN,
      Cookie: `sessionKey=${secret}`,
    });
    await raw(bridge.port, { path: `/history?org=${orgUuid("org-a")}&token=${secret}` });
    await raw(bridge.port, {
      path: "/snapshots",
      headers: { Origin: OTHER_EXTENSION_ORIGIN, Authorization: `Bearer ${secret}` },
    });
    await raw(bridge.port, { path: "/nope" });
    await new Promise((done) => setTimeout(done, 50));
    const at = NOW.toISOString();
    expect(bridge.requests).toEqual([
      `${at} POST /snapshots 200 ${EXTENSION_ORIGIN.slice("chrome-extension://".length)}`,
      `${at} GET /history 200 none`,
      `${at} GET /snapshots 403 ${OTHER_EXTENSION_ID}`,
      `${at} GET /nope 404 none`,
    ]);
    expect(bridge.requests.join("\n")).not.toContain("SECRET");
    expect(bridge.logs).toEqual([]);
  });
});
