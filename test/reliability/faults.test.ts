/**
 * Faults: upstream errors and broken connections on the OAuth source, a state disk that is read-only,
 * full or interrupted mid-write. The last good data must survive every one of them, shown as stale with
 * the reason, and no token may appear in anything shown or stored.
 */
import fs from "node:fs";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { mergeSnapshots } from "../../src/core/merge";
import { toJsonReport } from "../../src/core/report";
import type { Snapshot } from "../../src/core/snapshot";
import { buildView } from "../../src/core/view";
import { loadSnapshots } from "../../src/sources/load";
import { PROFILE_PATH, USAGE_PATH } from "../../src/sources/oauth-http";
import { oauthReader } from "../../src/sources/oauth";
import { stateKeys } from "../../src/sources/oauth-state";
import { FileStore } from "../../src/sources/store";
import { fixture, NOW } from "../fixtures";
import { startFakeAnthropic, type FakeAnthropic, type FakeResponse } from "../sources/fake-anthropic";
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
  fake = await startFakeAnthropic();
  fake.answer(USAGE_PATH, { body: fixture("usage-oauth-percent.json") });
  fake.answer(PROFILE_PATH, { body: fixture("oauth-profile.json") });
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
