import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { request } from "node:http";
import { join } from "node:path";
import { STATE_FILE } from "../../src/bridge/store";
import { MAX_BODY_BYTES, startBridge } from "../../src/bridge/server";
import { fixture, NOW } from "../fixtures";
import { closeAll, EXTENSION_ORIGIN, orgUuid, postJson, raw, tempDir, testBridge, wireSnapshot } from "./harness";

afterAll(closeAll);

const snapshotsOf = async (port: number) =>
  (await raw(port, { path: "/snapshots" })).json().snapshots as Record<string, unknown>[];

describe("POST /snapshots", () => {
  test("accepts ClaudeMeter's body unchanged and serves the latest per org", async () => {
    const bridge = await testBridge();
    const res = await postJson(bridge.port, fixture("bridge-post.json"));
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ ok: true, accepted: 2, ignored: 0 });
    const snapshots = await snapshotsOf(bridge.port);
    expect(snapshots.map((s) => s.org_uuid)).toEqual([
      "0b8e7d1c-0000-4000-8000-00000000b001",
      "0b8e7d1c-0000-4000-8000-00000000b002",
    ]);
    expect(snapshots[0]).toMatchObject({
      account_email: "ada@example.com",
      fetched_at: "2026-11-24T11:59:30.000Z",
      received_at: NOW.toISOString(),
      stale: false,
      usage: { five_hour: { utilization: 42, resets_at: "2030-11-24T18:42:00.000000+00:00" } },
    });
    expect(snapshots[1]).toMatchObject({ overage: null, subscription: null, errors: ["overage: 404 Not Found"] });
  });

  test("drops unknown top-level keys and never stores payment details", async () => {
    const bridge = await testBridge();
    const body = [
      {
        ...wireSnapshot("org-a", "2026-11-24T11:59:00Z"),
        cookie: "sessionKey=secret",
        overage: null,
        subscription: { status: "active", payment_method: { last4: "4242" } },
      },
    ];
    expect((await postJson(bridge.port, body)).status).toBe(200);
    const [stored] = await snapshotsOf(bridge.port);
    expect(stored).not.toHaveProperty("cookie");
    expect(stored.subscription).toEqual({ status: "active" });
    await bridge.flush();
    const file = readFileSync(join(bridge.dataDir, STATE_FILE), "utf8");
    expect(file).not.toContain("secret");
    expect(file).not.toContain("4242");
  });

  test("accepts absent overage/subscription and a null email", async () => {
    const bridge = await testBridge();
    const snapshot = { ...wireSnapshot("org-b", "2026-11-24T11:59:00Z"), account_email: null };
    expect(snapshot).not.toHaveProperty("overage");
    expect(snapshot).not.toHaveProperty("subscription");
    expect((await postJson(bridge.port, [snapshot])).json()).toEqual({ ok: true, accepted: 1, ignored: 0 });
    expect((await snapshotsOf(bridge.port))[0]).toMatchObject({ account_email: null, overage: null });
  });

  test("a reading older than the stored one does not replace it", async () => {
    const bridge = await testBridge();
    await postJson(bridge.port, [wireSnapshot("org-a", "2026-11-24T11:59:00Z", 50)]);
    await postJson(bridge.port, [wireSnapshot("org-a", "2026-11-24T11:50:00Z", 20)]);
    const [stored] = await snapshotsOf(bridge.port);
    expect(stored.usage).toMatchObject({ five_hour: { utilization: 50 } });
  });

  test("marks snapshots stale by their fetched_at", async () => {
    let now = NOW;
    const bridge = await testBridge({ now: () => now });
    await postJson(bridge.port, [wireSnapshot("org-a", "2026-11-24T11:59:00Z")]);
    now = new Date("2026-11-24T12:30:00Z");
    expect((await snapshotsOf(bridge.port))[0]).toMatchObject({ stale: true, received_at: NOW.toISOString() });
  });

  test("a GET answer is reused only while it holds: each stale flag turns on time, a POST or a clock set back shows at once", async () => {
    let now = new Date("2026-11-24T12:00:00Z");
    const bridge = await testBridge({ now: () => now, staleAfterMs: 10 * 60_000 });
    await postJson(bridge.port, [wireSnapshot("org-a", "2026-11-24T11:59:00Z", 50)]);
    await postJson(bridge.port, [wireSnapshot("org-b", "2026-11-24T11:55:00Z", 10)]);
    const staleness = async () =>
      (await snapshotsOf(bridge.port)).map((s) => [
        (s.usage as { five_hour: { utilization: number } }).five_hour.utilization,
        s.stale,
      ]);
    expect(await staleness()).toEqual([
      [50, false],
      [10, false],
    ]);
    now = new Date("2026-11-24T12:05:00Z"); // org-b's last fresh millisecond
    expect(await staleness()).toEqual([
      [50, false],
      [10, false],
    ]);
    now = new Date("2026-11-24T12:05:00.001Z");
    expect(await staleness()).toEqual([
      [50, false],
      [10, true],
    ]);
    now = new Date("2026-11-24T12:09:00.001Z");
    expect(await staleness()).toEqual([
      [50, true],
      [10, true],
    ]);
    now = new Date("2026-11-24T12:04:00Z"); // the clock set back
    expect(await staleness()).toEqual([
      [50, false],
      [10, false],
    ]);
    await postJson(bridge.port, [wireSnapshot("org-a", "2026-11-24T12:03:00Z", 70)]);
    expect(await staleness()).toEqual([
      [70, false],
      [10, false],
    ]);
  });

  test.each([
    [[{ ...wireSnapshot("o", "yesterday") }], "snapshots[0].fetched_at: expected an ISO-8601 timestamp"],
    [[{ ...wireSnapshot("o", "2026-11-24T11:59:00Z"), usage: "full" }], "snapshots[0].usage:"],
    [[wireSnapshot("o", "2026-11-24T11:59:00Z"), { org_uuid: orgUuid("p") }], "snapshots[1].fetched_at:"],
    [{ org_uuid: "not-an-array" }, "snapshots: "],
    ["{not json", "body: not valid JSON"],
    ["", "body: not valid JSON"],
  ])("400 names the bad field and leaves stored data alone: %j", async (body, message) => {
    const bridge = await testBridge();
    await postJson(bridge.port, fixture("bridge-post.json"));
    await bridge.flush();
    const before = readFileSync(join(bridge.dataDir, STATE_FILE), "utf8");
    const beforeGet = await raw(bridge.port, { path: "/snapshots" });
    const res = await postJson(bridge.port, body);
    expect(res.status).toBe(400);
    expect(res.json()).toEqual({ ok: false, error: expect.stringContaining(message) });
    await bridge.flush();
    expect(readFileSync(join(bridge.dataDir, STATE_FILE), "utf8")).toBe(before);
    expect((await raw(bridge.port, { path: "/snapshots" })).text).toBe(beforeGet.text);
  });

  test.each([["text/plain"], ["application/x-www-form-urlencoded"], ["multipart/form-data; boundary=x"]])(
    "415 for %s",
    async (contentType) => {
      const bridge = await testBridge();
      const res = await postJson(bridge.port, fixture("bridge-post.json"), { "Content-Type": contentType });
      expect(res.status).toBe(415);
      expect(res.json()).toEqual({ ok: false, error: "content-type must be application/json" });
      expect(await snapshotsOf(bridge.port)).toEqual([]);
    },
  );

  test("415 without a content type; charset parameter accepted", async () => {
    const bridge = await testBridge();
    const body = JSON.stringify([wireSnapshot("o", "2026-11-24T11:59:00Z")]);
    expect((await raw(bridge.port, { method: "POST", path: "/snapshots", body })).status).toBe(415);
    const ok = await postJson(bridge.port, body, { "Content-Type": "Application/JSON; charset=utf-8" });
    expect(ok.status).toBe(200);
  });

  test("413 when Content-Length says over 1 MiB, before any of the body is read", async () => {
    const bridge = await testBridge();
    const body = `[${" ".repeat(MAX_BODY_BYTES)}]`;
    const res = await postJson(bridge.port, body);
    expect(res.status).toBe(413);
    expect(res.headers.connection).toBe("close");
    expect(res.json()).toEqual({ ok: false, error: `body over ${MAX_BODY_BYTES} bytes` });
  });

  test("413 on a chunked body that grows past 1 MiB: the bridge stops reading and closes", async () => {
    const bridge = await testBridge();
    await postJson(bridge.port, [wireSnapshot("org-a", "2026-11-24T11:59:00Z")]);
    const outcome = await new Promise<{ status: number; sent: number }>((resolve, reject) => {
      let sent = 0;
      const req = request({
        host: "127.0.0.1",
        port: bridge.port,
        method: "POST",
        path: "/snapshots",
        headers: { Host: `127.0.0.1:${bridge.port}`, "Content-Type": "application/json" },
        agent: false,
      });
      req.on("response", (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, sent });
        req.destroy();
      });
      req.on("error", reject);
      const chunk = Buffer.alloc(64 * 1024, " ");
      // Keeps sending (up to 64 MiB) until the bridge answers; it must answer long before that.
      const pump = () => {
        while (sent < 64 * MAX_BODY_BYTES && !req.destroyed) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once("drain", pump);
        }
      };
      req.write("[");
      pump();
    });
    expect(outcome.status).toBe(413);
    expect(outcome.sent).toBeLessThan(16 * MAX_BODY_BYTES);
    expect(await snapshotsOf(bridge.port)).toHaveLength(1);
  });

  test("concurrent POSTs are all stored, in memory and on disk", async () => {
    const bridge = await testBridge();
    const orgs = Array.from({ length: 25 }, (_, i) => `org-${String(i).padStart(2, "0")}`);
    const results = await Promise.all(
      orgs.map((org, i) => postJson(bridge.port, [wireSnapshot(org, "2026-11-24T11:59:00Z", i)])),
    );
    expect(results.map((r) => r.status)).toEqual(orgs.map(() => 200));
    expect((await snapshotsOf(bridge.port)).map((s) => s.org_uuid).sort()).toEqual(orgs.map(orgUuid).sort());
    await bridge.flush();
    const onDisk = JSON.parse(readFileSync(join(bridge.dataDir, STATE_FILE), "utf8"));
    expect(onDisk.snapshots).toHaveLength(orgs.length);
  });
});

describe("routes", () => {
  test("GET /health counts snapshots and the last receipt", async () => {
    const bridge = await testBridge();
    expect((await raw(bridge.port)).json()).toEqual({
      ok: true,
      version: expect.any(String),
      snapshots: 0,
      last_received_at: null,
    });
    await postJson(bridge.port, fixture("bridge-post.json"));
    expect((await raw(bridge.port)).json()).toMatchObject({ snapshots: 2, last_received_at: NOW.toISOString() });
  });

  test("404 for unknown paths, 405 with Allow for other methods", async () => {
    const bridge = await testBridge();
    const missing = await raw(bridge.port, { path: "/admin" });
    expect(missing.status).toBe(404);
    expect(missing.json()).toEqual({ ok: false, error: "no such endpoint: /admin" });
    for (const [method, path] of [
      ["DELETE", "/snapshots"],
      ["PUT", "/snapshots"],
      ["POST", "/health"],
    ]) {
      const res = await raw(bridge.port, { method, path });
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBeDefined();
    }
    expect((await raw(bridge.port, { path: "/snapshots?x=1" })).status).toBe(200);
  });
});

describe("Host and Origin guards", () => {
  test("403 unless Host is 127.0.0.1 or localhost with the bridge's port", async () => {
    const bridge = await testBridge();
    const p = bridge.port;
    for (const host of [`127.0.0.1:${p}`, `localhost:${p}`, `LOCALHOST:${p}`]) {
      expect((await raw(p, { headers: { Host: host } })).status).toBe(200);
    }
    for (const host of ["evil.example", `evil.example:${p}`, `127.0.0.1:${p + 1}`, "127.0.0.1", `0.0.0.0:${p}`]) {
      const res = await raw(p, { headers: { Host: host } });
      expect(res.status).toBe(403);
      expect(res.json().error).toMatch(/Host/);
    }
    const post = await postJson(p, fixture("bridge-post.json"), { Host: "evil.example" });
    expect(post.status).toBe(403);
    expect(await snapshotsOf(p)).toEqual([]);
  });

  test("403 for any Origin but a chrome-extension:// one; CORS never answers *", async () => {
    const bridge = await testBridge();
    const p = bridge.port;
    await postJson(p, fixture("bridge-post.json"));
    for (const origin of ["https://evil.example", "null", "http://127.0.0.1:3000", "moz-extension://abc"]) {
      for (const req of [{ path: "/snapshots" }, { path: "/health" }, { method: "OPTIONS", path: "/snapshots" }]) {
        const res = await raw(p, { ...req, headers: { Origin: origin, "Access-Control-Request-Method": "GET" } });
        expect(res.status).toBe(403);
        expect(res.headers["access-control-allow-origin"]).toBeUndefined();
      }
      expect((await postJson(p, [], { Origin: origin })).status).toBe(403);
    }
    const fromExtension = await raw(p, { path: "/snapshots", headers: { Origin: EXTENSION_ORIGIN } });
    expect(fromExtension.status).toBe(200);
    expect(fromExtension.headers["access-control-allow-origin"]).toBe(EXTENSION_ORIGIN);
    expect(fromExtension.headers.vary).toBe("Origin");
    const post = await postJson(p, [wireSnapshot("org-z", "2026-11-24T11:59:00Z")], { Origin: EXTENSION_ORIGIN });
    expect(post.status).toBe(200);
    expect(post.headers["access-control-allow-origin"]).toBe(EXTENSION_ORIGIN);
  });

  test("preflight from the extension, with Private Network Access", async () => {
    const bridge = await testBridge();
    const preflight = (extra: Record<string, string>) =>
      raw(bridge.port, {
        method: "OPTIONS",
        path: "/snapshots",
        headers: { Origin: EXTENSION_ORIGIN, "Access-Control-Request-Method": "POST", ...extra },
      });
    const res = await preflight({
      "Access-Control-Request-Headers": "content-type",
      "Access-Control-Request-Private-Network": "true",
    });
    expect(res.status).toBe(204);
    expect(res.headers).toMatchObject({
      "access-control-allow-origin": EXTENSION_ORIGIN,
      "access-control-allow-methods": "GET, POST",
      "access-control-allow-headers": "Content-Type",
      "access-control-allow-private-network": "true",
    });
    expect((await preflight({})).headers["access-control-allow-private-network"]).toBeUndefined();
    expect((await preflight({ "Access-Control-Request-Method": "DELETE" })).status).toBe(405);
    const plain = await raw(bridge.port, { method: "OPTIONS", path: "/snapshots" });
    expect(plain.status).toBe(204);
    expect(plain.headers["access-control-allow-origin"]).toBeUndefined();
  });
});

describe("durability", () => {
  test("snapshots survive a restart", async () => {
    const first = await testBridge();
    await postJson(first.port, fixture("bridge-post.json"));
    const before = await snapshotsOf(first.port);
    await first.close();
    const second = await testBridge({ dataDir: first.dataDir });
    expect(await snapshotsOf(second.port)).toEqual(before);
    expect((await raw(second.port)).json()).toMatchObject({ snapshots: 2, last_received_at: NOW.toISOString() });
  });

  test.each([
    ["not JSON", "{{{ truncated"],
    ["the wrong shape", JSON.stringify({ version: 1, snapshots: { org_uuid: 5 } })],
    ["an unknown version", JSON.stringify({ version: 99, snapshots: [] })],
  ])("a state file holding %s is moved aside with a warning; the bridge starts empty", async (_what, content) => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, STATE_FILE), content);
    const bridge = await testBridge({ dataDir });
    expect(bridge.logs).toEqual([expect.stringMatching(/^warning: .*bridge-state\.json is corrupt .*moved it to /)]);
    expect(await snapshotsOf(bridge.port)).toEqual([]);
    const aside = readdirSync(dataDir).filter((f) => f.startsWith(`${STATE_FILE}.corrupt-`));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dataDir, aside[0]), "utf8")).toBe(content);
    expect((await postJson(bridge.port, fixture("bridge-post.json"))).status).toBe(200);
  });

  test("writes a quiet spell's change at once and a burst once per interval, the latest state included", async () => {
    const bridge = await testBridge({ saveIntervalMs: 2000 });
    const statePath = join(bridge.dataDir, STATE_FILE);
    const onDisk = () => {
      try {
        return JSON.parse(readFileSync(statePath, "utf8")).snapshots[0].snapshot.usage.five_hour.utilization;
      } catch {
        return null; // not written yet
      }
    };
    const post = (minute: number) =>
      postJson(bridge.port, [wireSnapshot("org-a", `2026-11-24T11:${String(minute).padStart(2, "0")}:00Z`, minute)]);
    const until = async (done: () => boolean) => {
      while (!done()) await new Promise((wait) => setTimeout(wait, 20));
    };
    await post(1);
    await until(() => onDisk() === 1);
    for (let minute = 2; minute <= 10; minute += 1) expect((await post(minute)).status).toBe(200);
    // Within the interval after the first write the burst waits in memory (served already)...
    expect(onDisk()).toBe(1);
    expect((await snapshotsOf(bridge.port))[0].usage).toMatchObject({ five_hour: { utilization: 10 } });
    // ...and one write then carries the latest of it, without any flush.
    await until(() => onDisk() === 10);
    // A stop (flush) does not wait out the interval.
    await post(11);
    await bridge.flush();
    expect(onDisk()).toBe(11);
  });

  test("a failed write keeps the answer and memory's data, leaves the last good file, and is retried", async () => {
    const bridge = await testBridge();
    await postJson(bridge.port, [wireSnapshot("org-a", "2026-11-24T11:59:00Z", 50)]);
    await bridge.flush();
    const statePath = join(bridge.dataDir, STATE_FILE);
    const good = readFileSync(statePath, "utf8");
    // A non-empty directory where the file should be: rename() over it fails.
    rmSync(statePath);
    mkdirSync(statePath);
    writeFileSync(join(statePath, "blocker"), "");
    const res = await postJson(bridge.port, [wireSnapshot("org-a", "2026-11-24T11:59:30Z", 60)]);
    expect(res.status).toBe(200);
    await bridge.flush();
    expect((await snapshotsOf(bridge.port))[0].usage).toMatchObject({ five_hour: { utilization: 60 } });
    expect(bridge.logs.join("\n")).toMatch(/^warning: cannot save .*bridge-state\.json .*will retry/m);
    expect(readdirSync(bridge.dataDir)).toEqual([STATE_FILE]); // no orphaned temp file
    // The disk recovers: the next change writes the whole latest state, the earlier one included.
    rmSync(statePath, { recursive: true });
    writeFileSync(statePath, good);
    await postJson(bridge.port, [wireSnapshot("org-b", "2026-11-24T11:59:40Z", 5)]);
    await bridge.flush();
    const onDisk = JSON.parse(readFileSync(statePath, "utf8"));
    const utilization = Object.fromEntries(
      onDisk.snapshots.map((s: { snapshot: { org_uuid: string; usage: { five_hour: { utilization: number } } } }) => [
        s.snapshot.org_uuid,
        s.snapshot.usage.five_hour.utilization,
      ]),
    );
    expect(utilization).toEqual({ [orgUuid("org-a")]: 60, [orgUuid("org-b")]: 5 });
  });
});

describe("listening", () => {
  test("refuses a non-loopback address", async () => {
    await expect(startBridge({ port: 0, host: "0.0.0.0", dataDir: tempDir() })).rejects.toThrow(/loopback only/);
  });

  test("a second bridge on a taken port fails with EADDRINUSE", async () => {
    const bridge = await testBridge();
    await expect(testBridge({ port: bridge.port })).rejects.toMatchObject({ code: "EADDRINUSE" });
  });

  test("a client that trickles its headers is cut off (slow-loris)", async () => {
    const bridge = await testBridge({ headersTimeoutMs: 300, requestTimeoutMs: 600 });
    const socket = connect(bridge.port, "127.0.0.1");
    let received = "";
    socket.on("data", (d) => (received += d.toString()));
    socket.write(`GET /health HTTP/1.1\r\nHost: 127.0.0.1:${bridge.port}\r\n`);
    const trickle = setInterval(() => socket.write("X-Slow: 1\r\n"), 100);
    await new Promise((resolve) => socket.on("close", resolve));
    clearInterval(trickle);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });
});
