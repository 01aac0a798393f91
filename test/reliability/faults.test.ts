/**
 * Faults: upstream errors and broken connections on the OAuth source, a state disk that is read-only,
 * full or interrupted mid-write. The last good data must survive every one of them, shown as stale with
 * the reason, and no token may appear in anything shown or stored.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import fsPromises from "node:fs/promises";
import { connect, createServer as createNetServer, type AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { STATE_FILE } from "../../src/bridge/store";
import { BRIDGE } from "../../src/build/bundles";
import { describeFailures, mergeSnapshots } from "../../src/core/merge";
import { toJsonReport } from "../../src/core/report";
import type { Snapshot } from "../../src/core/snapshot";
import { buildView } from "../../src/core/view";
import { bridgeReader } from "../../src/sources/bridge";
import { keepLastGood, loadSnapshots } from "../../src/sources/load";
import { USAGE_PATH } from "../../src/sources/oauth-http";
import { oauthReader } from "../../src/sources/oauth";
import { stateKeys } from "../../src/sources/oauth-state";
import { FileStore } from "../../src/sources/store";
import {
  orgUuid,
  postJson,
  raw,
  tempDir,
  testBridge,
  wireSnapshot,
  type RawRequest,
  type TestBridge,
} from "../bridge/harness";
import { freshScript } from "../bundles";
import { fixture, NOW } from "../fixtures";
import {
  startFakeAnthropic,
  startFixtureAnthropic,
  type FakeAnthropic,
  type FakeResponse,
} from "../sources/fake-anthropic";
import { FAKE_ACCESS_TOKEN, FAKE_REFRESH_TOKEN, makeTempHome, type TempHome } from "../sources/temp-home";

const MIN = 60_000;
const SECRETS = [FAKE_ACCESS_TOKEN, FAKE_REFRESH_TOKEN];

let fake: FakeAnthropic;
let home: TempHome;
let clock: Date;
let statePath: string;
/** Everything shown to the user in a test, checked for secrets afterwards. */
let shown: string[];

beforeEach(async () => {
  fake = await startFixtureAnthropic();
  home = makeTempHome();
  clock = new Date(NOW);
  statePath = join(home.dir, "state", "state.json");
  shown = [];
});

afterEach(async () => {
  jest.restoreAllMocks();
  await fake.close();
  const state = existsSync(statePath) ? readFileSync(statePath, "utf8") : "";
  for (const text of [...shown, state]) for (const secret of SECRETS) expect(text).not.toContain(secret);
  home.remove();
});

const at = (minutes: number) => new Date(NOW.getTime() + minutes * MIN);

/** One launch of the OAuth source, rendered through merge and the view as every surface does. */
async function launch(timeouts: { timeoutMs?: number; connectTimeoutMs?: number } = {}) {
  const reader = oauthReader({
    store: new FileStore(statePath),
    env: {},
    homeDir: home.dir,
    baseUrl: fake.baseUrl,
    now: () => clock,
    platform: "linux",
    ...timeouts,
  });
  const { snapshots, failures } = await loadSnapshots([reader]);
  const view = buildView(mergeSnapshots(snapshots, { now: clock, staleAfterMs: 10 * MIN }), clock);
  const report = toJsonReport(
    view,
    failures.map((f) => f.message),
  );
  shown.push(JSON.stringify(report));
  return { snapshot: (snapshots[0] ?? null) as Snapshot | null, failure: failures[0]?.message ?? null, report };
}

/** The OAuth source's stored reading (each store value is itself a JSON string). */
function storedReading(): { fetchedAt: string; usage: Record<string, unknown> } {
  const state = JSON.parse(readFileSync(statePath, "utf8"));
  return JSON.parse(state[stateKeys(join(home.dir, ".claude")).reading]);
}

describe("OAuth source: upstream faults after a good reading", () => {
  const echo = { error: `invalid bearer ${FAKE_ACCESS_TOKEN}`, cookie: "sessionKey=sk-ant-sid01-COOKIE" };
  const faults: Array<[string, FakeResponse, RegExp]> = [
    ["401 echoing the token", { status: 401, body: echo }, /rejected Claude Code's token \(HTTP 401\)/],
    ["403", { status: 403, body: echo }, /rejected Claude Code's token \(HTTP 403\)/],
    ["429", { status: 429, headers: { "retry-after": "0" } }, /rate limited by .* \(HTTP 429\)/],
    ["500", { status: 500, body: echo }, /server error \(HTTP 500\)/],
    ["503 with Retry-After", { status: 503, headers: { "retry-after": "120" } }, /server error \(HTTP 503\)/],
    [
      "connection reset before the headers",
      { reset: "before-headers" },
      /cannot reach .* \((ECONNRESET|other side closed|.*socket.*)\)/i,
    ],
    ["connection reset mid-body", { reset: "mid-body" }, /cannot reach .*|terminated|not JSON/],
    ["no answer (timeout)", { hang: true }, /did not answer within 0\.2 s/],
    ["a body that stalls (timeout)", { stallBody: true }, /did not finish answering within 0\.5 s/],
    ["malformed JSON", { raw: '{"five_hour": {"utilization": 4' }, /sent a body that is not JSON/],
    ["JSON that is not a usage object", { body: ["five_hour", 99] }, /expected an object, got an array/],
    ["an empty 200", { raw: "" }, /sent a body that is not JSON/],
  ];

  test.each(faults)("%s: last good reading kept, shown stale with the reason", async (_name, response, message) => {
    expect((await launch()).failure).toBeNull();
    const good = storedReading();
    expect(good.fetchedAt).toBe(NOW.toISOString());
    fake.answer(USAGE_PATH, response);
    clock = at(15);
    const { snapshot, failure, report } = await launch({ timeoutMs: 500, connectTimeoutMs: 200 });
    expect(failure).toBeNull();
    expect(snapshot?.fetchedAt).toEqual(NOW);
    expect(snapshot?.errors).toEqual([expect.stringMatching(message)]);
    expect(snapshot?.errors[0]).toMatch(/; next try at /);
    expect(storedReading()).toEqual(good);
    expect(report.accounts[0]).toMatchObject({
      stale: true,
      fetched_at: NOW.toISOString(),
      sources: [{ source: "Claude Code", status: "error" }],
    });
    expect(report.accounts[0].windows).toHaveLength(6);
    expect(JSON.stringify(report)).not.toMatch(/COOKIE|sessionKey|invalid bearer/);
  });

  test("a redirect is refused, and the token never follows it", async () => {
    const elsewhere = await startFakeAnthropic();
    try {
      fake.answer(USAGE_PATH, { status: 302, headers: { location: `${elsewhere.baseUrl}${USAGE_PATH}` } });
      const { failure } = await launch();
      expect(failure).toMatch(/^cannot reach /);
      expect(elsewhere.requests).toHaveLength(0);
    } finally {
      await elsewhere.close();
    }
  });
});

describe("OAuth state on a failing disk", () => {
  const fsError = (code: string) => Object.assign(new Error(`${code}: simulated, ${statePath}`), { code });

  test("a state dir that cannot be created: the fresh reading is still shown, with a note", async () => {
    writeFileSync(join(home.dir, "state"), "a file where the directory should be");
    const { snapshot, failure } = await launch();
    expect(failure).toBeNull();
    expect(snapshot?.usage.windows).toHaveLength(6);
    expect(snapshot?.errors).toEqual([
      expect.stringMatching(
        /^cannot save this source's state \((ENOTDIR|EEXIST)\): readings are not kept between launches$/,
      ),
    ]);
  });

  test.each(["EROFS", "EACCES", "ENOSPC"])(
    "%s while saving: the reading is shown, the old state file and no temp file remain",
    async (code) => {
      expect((await launch()).failure).toBeNull();
      const before = readFileSync(statePath, "utf8");
      const realWrite = fs.writeFileSync;
      jest.spyOn(fs, "writeFileSync").mockImplementation((path, data, options) => {
        // A full disk leaves part of the temp file behind before failing.
        realWrite(path, String(data).slice(0, 10), options);
        throw fsError(code);
      });
      clock = at(2);
      const { snapshot } = await launch();
      expect(snapshot?.fetchedAt).toEqual(at(2));
      expect(snapshot?.errors).toEqual([
        `cannot save this source's state (${code}): readings are not kept between launches`,
      ]);
      expect(readFileSync(statePath, "utf8")).toBe(before);
      expect(readdirSync(join(home.dir, "state"))).toEqual(["state.json"]);
    },
  );

  test("a failure while nothing can be saved still says why, and what it could not save", async () => {
    jest.spyOn(fs, "writeFileSync").mockImplementation(() => {
      throw fsError("EROFS");
    });
    fake.answer(USAGE_PATH, { status: 500 });
    const { failure } = await launch();
    expect(failure).toMatch(/server error \(HTTP 500\); next try at .*; cannot save this source's state \(EROFS\)/);
  });

  test("a crash between the temp write and the rename leaves the state file valid", async () => {
    expect((await launch()).failure).toBeNull();
    const good = storedReading();
    jest.spyOn(fs, "renameSync").mockImplementation(() => {
      throw fsError("EIO");
    });
    clock = at(2);
    await launch();
    jest.restoreAllMocks();
    expect(storedReading()).toEqual(good);
    // What a killed process leaves: a stray, truncated temp file. The next launch ignores it and works.
    writeFileSync(`${statePath}.99999.tmp`, '{"oauth.reading');
    clock = at(4);
    const { snapshot, failure } = await launch();
    expect(failure).toBeNull();
    expect(snapshot).toMatchObject({ fetchedAt: at(4), errors: [] });
    expect(storedReading().fetchedAt).toBe(at(4).toISOString());
  });

  test("a corrupt state file is read as empty and replaced by the next good reading", async () => {
    fs.mkdirSync(join(home.dir, "state"), { recursive: true });
    writeFileSync(statePath, '{"oauth.reading:/x": "{\\"fetchedAt\\": 12');
    const { snapshot, failure } = await launch();
    expect(failure).toBeNull();
    expect(snapshot?.errors).toEqual([]);
    expect(storedReading().fetchedAt).toBe(NOW.toISOString());
  });
});

describe("bridge: hostile requests never reach or change the stored data", () => {
  const COOKIE = "sessionKey=sk-ant-sid01-COOKIE-VALUE-FOR-TESTS";
  const BEARER = `Bearer ${FAKE_ACCESS_TOKEN}`;
  let bridge: TestBridge;
  let good: string;

  beforeEach(async () => {
    bridge = await testBridge();
    expect((await postJson(bridge.port, fixture("bridge-post.json"))).status).toBe(200);
    good = (await raw(bridge.port, { path: "/snapshots" })).text;
  });
  afterEach(async () => {
    // Whatever was refused, the stored data is exactly what it was, on disk too after a restart.
    expect((await raw(bridge.port, { path: "/snapshots" })).text).toBe(good);
    await bridge.close();
    const again = await testBridge({ dataDir: bridge.dataDir });
    expect((await raw(again.port, { path: "/snapshots" })).text).toBe(good);
    await again.close();
    const logs = [...bridge.logs, ...again.logs].join("\n");
    for (const secret of [FAKE_ACCESS_TOKEN, "COOKIE-VALUE"]) expect(logs).not.toContain(secret);
  });

  const hostile = (port: number): Array<[string, RawRequest, number]> => [
    ["a foreign Host (DNS rebinding)", { headers: { Host: `evil.example:${port}` } }, 403],
    ["a rebinding name that resolves to loopback", { headers: { Host: `127.0.0.1.nip.io:${port}` } }, 403],
    ["Host without the port", { headers: { Host: "localhost" } }, 403],
    ["Host with another port", { headers: { Host: `127.0.0.1:${port === 1 ? 2 : 1}` } }, 403],
    ["0.0.0.0 as Host", { headers: { Host: `0.0.0.0:${port}` } }, 403],
    ["a web page Origin", { headers: { Origin: "https://evil.example" } }, 403],
    ["Origin null (sandboxed iframe, file://)", { headers: { Origin: "null" } }, 403],
    ["a loopback web Origin", { headers: { Origin: `http://127.0.0.1:${port}` } }, 403],
    ["a malformed extension Origin", { headers: { Origin: "chrome-extension://evil" } }, 403],
    ["a Firefox extension Origin", { headers: { Origin: "moz-extension://abcdefghijklmnopabcdefghijklmnop" } }, 403],
  ];

  test("GET /snapshots refused for every hostile Host and Origin, revealing nothing", async () => {
    for (const [name, request, status] of hostile(bridge.port)) {
      const res = await raw(bridge.port, { ...request, path: "/snapshots" });
      expect([name, res.status]).toEqual([name, status]);
      expect(res.text).not.toMatch(/ada@example\.com|0b8e7d1c/);
      expect(res.headers["access-control-allow-origin"]).toBeUndefined();
    }
  });

  test("POST /snapshots refused for every hostile Host and Origin", async () => {
    const body = JSON.stringify([wireSnapshot("0b8e7d1c-0000-4000-8000-00000000b001", "2026-11-24T11:59:59Z", 1)]);
    for (const [name, request, status] of hostile(bridge.port)) {
      const headers = { "Content-Type": "application/json", ...request.headers };
      const res = await raw(bridge.port, { method: "POST", path: "/snapshots", headers, body });
      expect([name, res.status]).toEqual([name, status]);
    }
  });

  const fresh = (extra: Record<string, unknown> = {}) => [
    { ...wireSnapshot("0b8e7d1c-0000-4000-8000-00000000b001", "2026-11-24T11:59:59Z", 1), ...extra },
  ];
  test.each<[string, Record<string, string>, string | Buffer, number]>([
    [
      "text/plain (a form-less web page's simple request)",
      { "Content-Type": "text/plain" },
      JSON.stringify(fresh()),
      415,
    ],
    ["no content type", {}, JSON.stringify(fresh()), 415],
    ["form encoding", { "Content-Type": "application/x-www-form-urlencoded" }, "a=1", 415],
    ["1 MiB + 1 byte", { "Content-Type": "application/json" }, Buffer.alloc(2 ** 20 + 1, 0x20), 413],
    ["truncated JSON", { "Content-Type": "application/json" }, JSON.stringify(fresh()).slice(0, 50), 400],
    ["a bad date", { "Content-Type": "application/json" }, JSON.stringify(fresh({ fetched_at: "now" })), 400],
    ["negative-only junk", { "Content-Type": "application/json" }, '{"__proto__":{"polluted":1}}', 400],
    [
      "usage nested 100 000 deep",
      { "Content-Type": "application/json" },
      JSON.stringify(fresh({ usage: {} })).replace('"usage":{}', `"usage":{"x":${"[".repeat(1e5)}${"]".repeat(1e5)}}`),
      400,
    ],
  ])("%s: refused, nothing stored", async (_name, headers, body, status) => {
    const res = await raw(bridge.port, { method: "POST", path: "/snapshots", headers, body });
    expect(res.status).toBe(status);
    expect(res.json()).toMatchObject({ ok: false, error: expect.any(String) });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test("a token or cookie inside a posted snapshot is never served or stored", async () => {
    const leaky = fresh({
      errors: [`usage: 401 with ${BEARER}`, `cookie ${COOKIE} rejected`],
      usage: { five_hour: { utilization: 1, resets_at: null }, debug: { cookie: COOKIE, authorization: BEARER } },
      cookie: COOKIE,
    });
    expect((await postJson(bridge.port, leaky)).status).toBe(200);
    const served = (await raw(bridge.port, { path: "/snapshots" })).text;
    await bridge.close();
    const stored = readdirSync(bridge.dataDir)
      .map((f) => readFileSync(join(bridge.dataDir, f), "utf8"))
      .join("\n");
    for (const text of [served, stored]) {
      expect(text).not.toContain("sk-ant-");
      expect(text).not.toContain("COOKIE-VALUE");
    }
    expect(JSON.parse(served).snapshots[0].errors).toEqual([
      "usage: 401 with Bearer [redacted]",
      "cookie sessionKey=[redacted] rejected",
    ]);
    // Restore the state the afterEach expects: the accepted snapshot legitimately replaced the first org's.
    bridge = await testBridge({ dataDir: bridge.dataDir });
    good = (await raw(bridge.port, { path: "/snapshots" })).text;
  });

  test("a token spelled in JSON \\u escapes is cut out too (the text shows no hint, the parsed value does)", async () => {
    const body = JSON.stringify(fresh({ errors: [`usage: 401 with ${BEARER}`] }))
      .replace("Bearer", "\\u0042earer")
      .replace("sk-ant-", "\\u0073k-ant-");
    expect(body).not.toMatch(/sk-ant-|bearer/i);
    const res = await raw(bridge.port, {
      method: "POST",
      path: "/snapshots",
      headers: { "Content-Type": "application/json" },
      body,
    });
    expect(res.status).toBe(200);
    const served = (await raw(bridge.port, { path: "/snapshots" })).text;
    await bridge.close();
    const stored = readFileSync(join(bridge.dataDir, STATE_FILE), "utf8");
    for (const text of [served, stored]) expect(text).not.toContain("FAKE-TOKEN");
    expect(JSON.parse(served).snapshots[0].errors).toEqual(["usage: 401 with Bearer [redacted]"]);
    bridge = await testBridge({ dataDir: bridge.dataDir });
    good = (await raw(bridge.port, { path: "/snapshots" })).text;
  });
});

describe("bridge processes: slow clients, a broken disk, crashes and races", () => {
  const ROOT = resolve(__dirname, "../..");
  jest.setTimeout(90_000);

  async function freePort(): Promise<number> {
    const probe = createNetServer();
    await new Promise<void>((done) => probe.listen(0, "127.0.0.1", done));
    const { port } = probe.address() as AddressInfo;
    await new Promise((done) => probe.close(done));
    return port;
  }

  interface Child {
    process: ChildProcess;
    stdout: string;
    stderr: string;
    exit: Promise<number | null>;
  }
  /** A bridge process in its own process group, so the whole `npm run` tree can be stopped by its id. */
  function spawnBridge(command: string[], port: number, dataDir: string): Child {
    const child = spawn(command[0], [...command.slice(1), "--port", String(port), "--data-dir", dataDir], {
      cwd: ROOT,
      detached: true,
      env: { ...process.env, NO_COLOR: "1" },
    });
    const run: Child = {
      process: child,
      stdout: "",
      stderr: "",
      exit: new Promise((done) => child.once("exit", (code) => done(code))),
    };
    child.stdout?.on("data", (d: Buffer) => (run.stdout += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (run.stderr += d.toString()));
    return run;
  }
  const NPM_BRIDGE = ["npm", "run", "-s", "bridge", "--"];
  const NODE_BRIDGE = [process.execPath, freshScript(BRIDGE)];
  const stopGroup = (child: Child, signal: NodeJS.Signals = "SIGTERM") => {
    if (child.process.exitCode === null && child.process.pid) process.kill(-child.process.pid, signal);
  };
  async function listening(child: Child): Promise<void> {
    for (let i = 0; i < 300 && !child.stdout.includes("listening on"); i += 1) {
      if (child.process.exitCode !== null) throw new Error(`bridge exited: ${child.stderr}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }

  test("two bridges racing for one port: one serves, the other exits 1 with a clear message", async () => {
    const port = await freePort();
    const [a, b] = [spawnBridge(NPM_BRIDGE, port, tempDir()), spawnBridge(NPM_BRIDGE, port, tempDir())];
    try {
      const loser = await Promise.race([a.exit.then(() => a), b.exit.then(() => b)]);
      const winner = loser === a ? b : a;
      expect(await loser.exit).toBe(1);
      expect(loser.stderr.trim()).toBe(
        `claude-plan-meter bridge: port ${port} on 127.0.0.1 is already in use — is a bridge already running? ` +
          `(check http://127.0.0.1:${port}/health, or pick another port with --port)`,
      );
      await listening(winner);
      expect((await raw(port)).json()).toMatchObject({ ok: true });
    } finally {
      stopGroup(a);
      stopGroup(b);
      await Promise.all([a.exit, b.exit]);
    }
  });

  test("killed (SIGKILL) in the middle of a POST flood: the restarted bridge finds a valid state file", async () => {
    const port = await freePort();
    const dataDir = tempDir();
    const first = spawnBridge(NODE_BRIDGE, port, dataDir);
    await listening(first);
    // Four clients post as fast as they can; the bridge is killed while their writes are in flight.
    let accepted = 0;
    let killed = false;
    const client = async (id: number) => {
      for (let i = 0; first.process.exitCode === null && first.process.signalCode === null; i += 1) {
        const at = new Date(NOW.getTime() + i * 1000).toISOString();
        const res = await postJson(port, [wireSnapshot(`org-${id}`, at, i % 100)]).catch(() => null);
        // Killed once a write has landed (writes are write-behind) while more are in flight.
        if (res?.status === 200 && ++accepted >= 60 && !killed && existsSync(join(dataDir, STATE_FILE))) {
          killed = true;
          stopGroup(first, "SIGKILL");
        }
      }
    };
    await Promise.all([0, 1, 2, 3].map(client));
    await first.exit;
    const second = spawnBridge(NODE_BRIDGE, port, dataDir);
    try {
      await listening(second);
      const { snapshots } = (await raw(port, { path: "/snapshots" })).json() as { snapshots: unknown[] };
      expect(snapshots.length).toBeGreaterThan(0);
      expect(second.stderr).not.toMatch(/corrupt|warning/);
      const state = JSON.parse(readFileSync(join(dataDir, STATE_FILE), "utf8"));
      expect(state.version).toBe(1);
    } finally {
      stopGroup(second);
      await second.exit;
    }
  });

  test("a slow-loris body is cut off at the request deadline; others are served meanwhile", async () => {
    const bridge = await testBridge({ headersTimeoutMs: 500, requestTimeoutMs: 1500 });
    try {
      await postJson(bridge.port, fixture("bridge-post.json"));
      const before = (await raw(bridge.port, { path: "/snapshots" })).text;
      const socket = connect(bridge.port, "127.0.0.1");
      let received = "";
      socket.on("data", (d) => (received += d.toString()));
      socket.write(
        `POST /snapshots HTTP/1.1\r\nHost: 127.0.0.1:${bridge.port}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n[`,
      );
      const trickle = setInterval(() => socket.write(" "), 100);
      const closed = new Promise((done) => socket.on("close", done));
      const started = Date.now();
      expect((await raw(bridge.port)).status).toBe(200);
      await closed;
      clearInterval(trickle);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(received).toMatch(/^HTTP\/1\.1 408/);
      expect((await raw(bridge.port, { path: "/snapshots" })).text).toBe(before);
    } finally {
      await bridge.close();
    }
  });

  test("a data dir that cannot be created: one clear line, exit 1", async () => {
    const blocker = join(tempDir(), "not-a-dir");
    writeFileSync(blocker, "");
    const child = spawnBridge(NODE_BRIDGE, 0, join(blocker, "data"));
    expect(await child.exit).toBe(1);
    expect(child.stderr.trim().split("\n")).toHaveLength(1);
    expect(child.stderr).toMatch(/^claude-plan-meter bridge: .*(ENOTDIR|EEXIST)/);
  });

  test("a burst of concurrent POSTs is answered from memory and coalesced into a few writes", async () => {
    const bridge = await testBridge();
    try {
      const renames = jest.spyOn(fsPromises, "rename");
      const orgs = Array.from({ length: 40 }, (_, i) => `org-${i}`);
      const answers = await Promise.all(
        orgs.map((org) => postJson(bridge.port, [wireSnapshot(org, "2026-11-24T11:59:00Z")])),
      );
      expect(answers.map((a) => a.status)).toEqual(orgs.map(() => 200));
      await bridge.flush();
      expect(renames.mock.calls.length).toBeLessThan(orgs.length / 2);
      const onDisk = JSON.parse(readFileSync(join(bridge.dataDir, STATE_FILE), "utf8"));
      expect(onDisk.snapshots.map((s: { snapshot: { org_uuid: string } }) => s.snapshot.org_uuid).sort()).toEqual(
        orgs.map(orgUuid).sort(),
      );
    } finally {
      await bridge.close();
    }
  });

  test("a crash between the temp write and the rename leaves the last good state file", async () => {
    const bridge = await testBridge();
    try {
      await postJson(bridge.port, fixture("bridge-post.json"));
      await bridge.flush();
      const good = readFileSync(join(bridge.dataDir, STATE_FILE), "utf8");
      let tempWritten = false;
      jest.spyOn(fsPromises, "rename").mockImplementation(async (from) => {
        tempWritten = JSON.parse(readFileSync(from, "utf8")).version === 1;
        throw Object.assign(new Error("EIO: simulated crash before rename"), { code: "EIO" });
      });
      expect((await postJson(bridge.port, [wireSnapshot("org-new", "2026-11-24T11:59:59Z", 5)])).status).toBe(200);
      await bridge.flush();
      expect(tempWritten).toBe(true);
      expect(readFileSync(join(bridge.dataDir, STATE_FILE), "utf8")).toBe(good);
    } finally {
      jest.restoreAllMocks();
      await bridge.close();
    }
  });

  test.each(["ENOSPC", "EROFS"])(
    "%s on every write: POSTs still answered from memory, the file keeps its last good state, the bridge keeps serving",
    async (code) => {
      const bridge = await testBridge();
      try {
        await postJson(bridge.port, fixture("bridge-post.json"));
        await bridge.flush();
        const onDisk = readFileSync(join(bridge.dataDir, STATE_FILE), "utf8");
        jest.spyOn(fsPromises, "rename").mockRejectedValue(Object.assign(new Error(`${code}: simulated`), { code }));
        const answers = await Promise.all(
          ["a", "b", "c", "d"].map((org) => postJson(bridge.port, [wireSnapshot(org, "2026-11-24T11:59:00Z")])),
        );
        expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
        await bridge.flush();
        const served = (await raw(bridge.port, { path: "/snapshots" })).json().snapshots as { org_uuid: string }[];
        expect(served.map((s) => s.org_uuid)).toEqual(expect.arrayContaining(["a", "b", "c", "d"].map(orgUuid)));
        expect(readFileSync(join(bridge.dataDir, STATE_FILE), "utf8")).toBe(onDisk);
        expect(readdirSync(bridge.dataDir)).toEqual([STATE_FILE]);
        expect(bridge.logs.join("\n")).toContain(`warning: cannot save`);
        expect(bridge.logs.join("\n")).toContain(code);
        // The disk recovers: the retry on the next change writes everything memory kept.
        jest.restoreAllMocks();
        expect((await postJson(bridge.port, [wireSnapshot("e", "2026-11-24T11:59:59Z", 5)])).status).toBe(200);
        await bridge.flush();
        const stored = JSON.parse(readFileSync(join(bridge.dataDir, STATE_FILE), "utf8")).snapshots.map(
          (s: { snapshot: { org_uuid: string } }) => s.snapshot.org_uuid,
        );
        expect(stored).toEqual(expect.arrayContaining(["a", "b", "c", "d", "e"].map(orgUuid)));
      } finally {
        jest.restoreAllMocks();
        await bridge.close();
      }
    },
  );
});

describe("bridge down mid-refresh", () => {
  /** Two rounds over the bridge and the OAuth source, as the data hook runs them, then the view at `clock`. */
  async function rounds(bridgeUrl: string, breakBridge: () => Promise<void>) {
    const readers = () => [
      bridgeReader({ url: bridgeUrl, timeoutMs: 300 }),
      oauthReader({
        store: new FileStore(statePath),
        env: {},
        homeDir: home.dir,
        baseUrl: fake.baseUrl,
        now: () => clock,
        platform: "linux",
      }),
    ];
    const first = keepLastGood([], await loadSnapshots(readers()));
    expect(first.map((s) => s.source).sort()).toEqual(["bridge", "bridge", "oauth"]);
    await breakBridge();
    clock = at(15);
    const round = await loadSnapshots(readers());
    const shownNow = keepLastGood(first, round);
    const view = buildView(mergeSnapshots(shownNow, { now: clock, staleAfterMs: 10 * MIN }), clock);
    const report = toJsonReport(view, describeFailures(round.failures));
    shown.push(JSON.stringify(report));
    return { round, report };
  }

  async function check(bridgeUrl: string, breakBridge: () => Promise<void>, why: RegExp) {
    const { round, report } = await rounds(bridgeUrl, breakBridge);
    expect(round.failures).toEqual([
      expect.objectContaining({ source: "bridge", message: expect.stringMatching(why) }),
    ]);
    expect(report.source_errors).toEqual([expect.stringMatching(why)]);
    const [shared, bridgeOnly] = report.accounts;
    // The org both sources know: fresh from OAuth, the bridge's part still there and marked failing.
    expect(shared).toMatchObject({ org_uuid: "0b8e7d1c-0000-4000-8000-00000000b001", stale: false });
    expect(shared.sources.map((s: { kind: string; status: string }) => [s.kind, s.status])).toEqual([
      ["oauth", "ok"],
      ["bridge", "error"],
    ]);
    // The org only the bridge knows: its last good numbers, stale, with the reason.
    expect(bridgeOnly).toMatchObject({
      org_uuid: "0b8e7d1c-0000-4000-8000-00000000b002",
      stale: true,
      fetched_at: "2026-11-24T11:59:31.000Z",
      sources: [
        {
          kind: "bridge",
          status: "error",
          errors: ["overage: 404 Not Found", expect.stringMatching(new RegExp(`^not refreshed: .*${why.source}`))],
        },
      ],
    });
    expect(bridgeOnly.windows.find((w: { key: string }) => w.key === "five_hour")).toMatchObject({ percent: 0.42 });
  }

  test("the bridge process stops between two refreshes", async () => {
    const bridge = await testBridge();
    await postJson(bridge.port, fixture("bridge-post.json"));
    await check(bridge.url, () => bridge.close(), /bridge not running on 127\.0\.0\.1:\d+/);
  });

  test("the bridge resets the connection in the middle of its answer", async () => {
    const standIn = await startFakeAnthropic();
    try {
      standIn.answer("/snapshots", { body: { snapshots: fixture("bridge-post.json") } });
      await check(standIn.baseUrl, async () => standIn.answer("/snapshots", { reset: "mid-body" }), /bridge/);
    } finally {
      await standIn.close();
    }
  });

  test("the bridge stops answering (hung) mid-refresh", async () => {
    const standIn = await startFakeAnthropic();
    try {
      standIn.answer("/snapshots", { body: { snapshots: fixture("bridge-post.json") } });
      await check(
        standIn.baseUrl,
        async () => standIn.answer("/snapshots", { hang: true }),
        /did not answer within 0\.3 s/,
      );
    } finally {
      await standIn.close();
    }
  });

  test("failing again replaces the reason instead of piling reasons up", () => {
    const snapshot = { source: "bridge", errors: ["overage: 404 Not Found"] } as unknown as Snapshot;
    const fail = (message: string) => ({
      snapshots: [],
      failures: [{ source: "bridge" as const, sourceLabel: "Browser companion", message }],
    });
    const once = keepLastGood([snapshot], fail("bridge not running"));
    const twice = keepLastGood(once, fail("did not answer"));
    expect(twice[0].errors).toEqual(["overage: 404 Not Found", "not refreshed: did not answer"]);
    expect(keepLastGood(twice, { snapshots: [], failures: [] })).toEqual([]);
  });
});
