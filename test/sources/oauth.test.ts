import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { loadSnapshots } from "../../src/sources/load";
import { PROFILE_PATH, USAGE_PATH } from "../../src/sources/oauth-http";
import { oauthReader, type OAuthReaderOptions } from "../../src/sources/oauth";
import { FileStore } from "../../src/sources/store";
import type { Snapshot } from "../../src/core/snapshot";
import { fixture, NOW } from "../fixtures";
import { startFixtureAnthropic, type FakeAnthropic } from "./fake-anthropic";
import { credentialsText, FAKE_ACCESS_TOKEN, FAKE_REFRESH_TOKEN, makeTempHome, type TempHome } from "./temp-home";

const MIN = 60_000;
const OPAQUE_TOKEN = "opaque-access-0123456789abcdef";

let fake: FakeAnthropic;
let home: TempHome;
let clock: Date;
let statePath: string;
/** Everything the source showed the user, checked for secrets after every test. */
let shown: string[];

beforeEach(async () => {
  fake = await startFixtureAnthropic();
  home = makeTempHome();
  clock = new Date(NOW);
  statePath = join(home.dir, "state", "claude-plan-meter", "state.json");
  shown = [];
});

afterEach(async () => {
  await fake.close();
  const state = existsSync(statePath) ? readFileSync(statePath, "utf8") : "";
  for (const secret of [FAKE_ACCESS_TOKEN, FAKE_REFRESH_TOKEN, OPAQUE_TOKEN]) {
    for (const text of [...shown, state]) expect(text).not.toContain(secret);
  }
  home.remove();
});

const at = (minutes: number) => new Date(NOW.getTime() + minutes * MIN);

/** One launch: a fresh store over the same state file and a fresh reader, as a new process has. */
async function launch(overrides: Partial<OAuthReaderOptions> = {}) {
  const reader = oauthReader({
    store: new FileStore(statePath),
    env: {},
    homeDir: home.dir,
    baseUrl: fake.baseUrl,
    now: () => clock,
    platform: "linux",
    ...overrides,
  });
  const { snapshots, failures } = await loadSnapshots([reader]);
  const failure = failures[0]?.message ?? null;
  shown.push(JSON.stringify(snapshots), failure ?? "");
  return { snapshot: (snapshots[0] ?? null) as Snapshot | null, failure };
}

describe("oauthReader against a fake api.anthropic.com", () => {
  test("success: usage and profile in one round, with Claude Code's headers", async () => {
    const { snapshot, failure } = await launch();
    expect(failure).toBeNull();
    expect(snapshot).toMatchObject({
      source: "oauth",
      sourceLabel: "Claude Code",
      orgUuid: "0b8e7d1c-0000-4000-8000-00000000b001",
      orgName: "Ada's Individual Org",
      accountEmail: "ada@example.com",
      fetchedAt: NOW,
      errors: [],
    });
    expect(snapshot?.usage.windows.map((w) => w.key)).toHaveLength(6);
    expect(snapshot?.usage.windows.find((w) => w.key === "seven_day_opus")?.percent).toBe(91);
    expect(snapshot?.usage.extraUsage).toMatchObject({ enabled: true, used: 12.34, limit: 50 });
    expect(fake.requests.map((r) => r.path).sort()).toEqual([PROFILE_PATH, USAGE_PATH].sort());
    for (const request of fake.requests) {
      expect(request.method).toBe("GET");
      expect(request.headers).toMatchObject({
        authorization: `Bearer ${FAKE_ACCESS_TOKEN}`,
        "anthropic-beta": "oauth-2025-04-20",
        accept: "application/json",
      });
      expect(request.headers["user-agent"]).toMatch(/^claude-code\/\d+\.\d+\.\d+$/);
    }
  });

  test("the base URL comes from CLAUDE_PLAN_METER_OAUTH_BASE_URL", async () => {
    const { failure } = await launch({ baseUrl: undefined, env: { CLAUDE_PLAN_METER_OAUTH_BASE_URL: fake.baseUrl } });
    expect(failure).toBeNull();
    expect(fake.count(USAGE_PATH)).toBe(1);
  });

  test("a reading younger than a minute is reused; the profile is asked once per login", async () => {
    await launch();
    clock = at(0.5);
    expect((await launch()).snapshot?.fetchedAt).toEqual(NOW);
    expect(fake.count(USAGE_PATH)).toBe(1);
    clock = at(1);
    expect((await launch()).snapshot?.fetchedAt).toEqual(at(1));
    expect(fake.count(USAGE_PATH)).toBe(2);
    expect(fake.count(PROFILE_PATH)).toBe(1);
    // Claude Code refreshed (or switched) its login: the profile is asked again for the new token.
    home.writeCredentials(credentialsText({ accessToken: "sk-ant-oat01-NEW-LOGIN-TOKEN" }));
    clock = at(2);
    await launch();
    expect(fake.count(PROFILE_PATH)).toBe(2);
  });

  test("a stored reading dated ahead of this clock is not believed: asked anew, and the fresh reading replaces it", async () => {
    clock = new Date("2099-12-31T00:00:00Z");
    await launch(); // the clock was wrong when this reading was stored
    clock = new Date(NOW);
    const { snapshot } = await launch();
    expect(snapshot?.fetchedAt).toEqual(NOW);
    expect(fake.count(USAGE_PATH)).toBe(2);
    // Offline now: what is served is the true reading, never the one from 2099.
    fake.answer(USAGE_PATH, { status: 500 });
    clock = at(2);
    expect((await launch()).snapshot?.fetchedAt).toEqual(NOW);
  });

  test("steady state: never more than one usage request a minute, polled every 20 s for 10 min", async () => {
    const times: number[] = [];
    fake.answer(USAGE_PATH, () => {
      times.push((clock.getTime() - NOW.getTime()) / MIN);
      return { body: fixture("usage-oauth-percent.json") };
    });
    for (let s = 0; s <= 600; s += 20) {
      clock = new Date(NOW.getTime() + s * 1000);
      expect((await launch()).failure).toBeNull();
    }
    expect(times).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  const errorCases: Array<[string, Parameters<FakeAnthropic["answer"]>[1], RegExp]> = [
    [
      "401",
      { status: 401, body: { error: "invalid token" } },
      /rejected Claude Code's token \(HTTP 401\): run `claude` once/,
    ],
    ["403", { status: 403, body: {} }, /rejected Claude Code's token \(HTTP 403\)/],
    [
      "429",
      { status: 429, headers: { "retry-after": "0" } },
      /^rate limited by 127\.0\.0\.1:\d+ \(HTTP 429\); next try at 12:01 \(in 1m\)$/,
    ],
    ["500", { status: 500 }, /127\.0\.0\.1:\d+ had a server error \(HTTP 500\); next try at 12:01/],
    [
      "503 with Retry-After",
      { status: 503, headers: { "retry-after": "600" } },
      /server error \(HTTP 503\); next try at 12:10 \(in 10m\)/,
    ],
    ["404", { status: 404 }, /unexpected HTTP 404 from 127\.0\.0\.1:\d+\/api\/oauth\/usage/],
    ["malformed JSON", { raw: "{ not json" }, /\/api\/oauth\/usage sent a body that is not JSON/],
    [
      "a 2 MiB answer",
      { raw: JSON.stringify({ five_hour: null, padding: "x".repeat(2 * 1024 * 1024) }) },
      /^127\.0\.0\.1:\d+\/api\/oauth\/usage sent an answer over 1 MiB; refused, nothing was read from it; next try at 12:01/,
    ],
    [
      "not a usage object",
      { body: [1, 2] },
      /unexpected \/api\/oauth\/usage body: usage payload: expected an object, got an array/,
    ],
  ];

  test.each(errorCases)("%s: a distinct message and nothing to show yet", async (_name, response, message) => {
    fake.answer(USAGE_PATH, response);
    const { snapshot, failure } = await launch();
    expect(snapshot).toBeNull();
    expect(failure).toMatch(message);
  });

  test("timeout: no headers within the connect deadline", async () => {
    fake.answer(USAGE_PATH, { hang: true });
    const started = Date.now();
    const { failure } = await launch({ timeoutMs: 5000, connectTimeoutMs: 150 });
    expect(failure).toMatch(/^127\.0\.0\.1:\d+ did not answer within 0\.15 s; next try at 12:01/);
    expect(Date.now() - started).toBeLessThan(4000);
  });

  test("timeout: a body that stalls runs into the total deadline", async () => {
    fake.answer(USAGE_PATH, { stallBody: true });
    const { failure } = await launch({ timeoutMs: 300, connectTimeoutMs: 100 });
    expect(failure).toMatch(/^127\.0\.0\.1:\d+ did not finish answering within 0\.3 s; next try at 12:01/);
  });

  test("nothing listening: cannot reach the host", async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port: p } = probe.address() as { port: number };
        probe.close(() => resolve(p));
      });
    });
    const { failure } = await launch({ baseUrl: `http://127.0.0.1:${port}` });
    expect(failure).toMatch(/^cannot reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\); next try at 12:01/);
  });

  test("a malformed window is an error for that window only, naming the field", async () => {
    fake.answer(USAGE_PATH, {
      body: { five_hour: { utilization: "42", resets_at: null }, seven_day: { utilization: 5, resets_at: null } },
    });
    const { snapshot } = await launch();
    expect(snapshot?.usage.windows.map((w) => w.key)).toEqual(["seven_day"]);
    expect(snapshot?.usage.errors).toEqual([{ window: "five_hour", message: expect.stringMatching(/^utilization: /) }]);
  });

  test("a malformed profile keeps the usage and names the field", async () => {
    fake.answer(PROFILE_PATH, { body: { organization: { uuid: 7 } } });
    const { snapshot } = await launch();
    expect(snapshot?.usage.windows).toHaveLength(6);
    expect(snapshot?.orgUuid).toBeNull();
    expect(snapshot?.errors).toEqual([
      expect.stringMatching(/^profile: unexpected \/api\/oauth\/profile body: organization\.uuid: /),
    ]);
  });

  test("a profile without an organization still gives the email (merged by email)", async () => {
    fake.answer(PROFILE_PATH, { body: { account: { email: "ada@example.com" } } });
    const { snapshot } = await launch();
    expect(snapshot).toMatchObject({ orgUuid: null, accountEmail: "ada@example.com", errors: [] });
  });

  test("expired token: no request at all, and what to do", async () => {
    home.writeCredentials(credentialsText({ expiresAt: NOW.getTime() - 3 * 60 * MIN }));
    const { snapshot, failure } = await launch();
    expect(snapshot).toBeNull();
    expect(failure).toBe("Claude Code's token expired 3 h ago (Tue 24 Nov, 09:00): run `claude` once to refresh it");
    expect(fake.requests).toHaveLength(0);
  });

  test("expired after a good reading: the last reading is served, stale, with the reason", async () => {
    await launch();
    home.writeCredentials(credentialsText({ expiresAt: at(5).getTime() }));
    clock = at(30);
    const { snapshot } = await launch();
    expect(snapshot?.fetchedAt).toEqual(NOW);
    expect(snapshot?.errors).toEqual([
      expect.stringMatching(/token expired 25 min ago .*run `claude` once to refresh it$/),
    ]);
    expect(fake.count(USAGE_PATH)).toBe(1);
  });

  test("no credentials: log in with `claude`, no request", async () => {
    home.remove();
    home = makeTempHome(null);
    const { failure } = await launch();
    expect(failure).toBe("No Claude Code login found in ~/.claude/.credentials.json: log in with `claude`");
    expect(fake.requests).toHaveLength(0);
  });

  test("while backing off, the last good reading is served with when the next try is", async () => {
    await launch();
    fake.answer(USAGE_PATH, { status: 429, headers: { "retry-after": "0" } });
    clock = at(2);
    const first = await launch();
    expect(first.snapshot?.fetchedAt).toEqual(NOW);
    expect(first.snapshot?.usage.windows).toHaveLength(6);
    expect(first.snapshot?.errors).toEqual([expect.stringMatching(/^rate limited .*; next try at 12:03 \(in 1m\)$/)]);
    clock = at(2.5);
    const second = await launch();
    expect(second.snapshot?.errors).toEqual([expect.stringMatching(/^rate limited .*; next try at 12:03 \(in <1m\)$/)]);
    expect(fake.count(USAGE_PATH)).toBe(2);
    // Recovery clears the backoff.
    fake.answer(USAGE_PATH, { body: fixture("usage-oauth-percent.json") });
    clock = at(3);
    expect((await launch()).snapshot).toMatchObject({ fetchedAt: at(3), errors: [] });
  });

  test("429 with Retry-After: 0 for an hour, a run every minute: six requests, on the ladder", async () => {
    const times: number[] = [];
    fake.answer(USAGE_PATH, () => {
      times.push((clock.getTime() - NOW.getTime()) / MIN);
      return { status: 429, headers: { "retry-after": "0" } };
    });
    for (let minute = 0; minute <= 60; minute++) {
      clock = at(minute);
      const { snapshot, failure } = await launch();
      expect(snapshot).toBeNull();
      expect(failure).toMatch(/^rate limited by .* \(HTTP 429\); next try at /);
    }
    expect(times).toEqual([0, 1, 3, 8, 18, 38]);
    expect(fake.count(PROFILE_PATH)).toBe(1);
  });

  test("a rejected token is not retried until the deadline, unless Claude Code logged in anew", async () => {
    fake.answer(USAGE_PATH, { status: 401 });
    await launch();
    clock = at(0.5);
    await launch();
    expect(fake.count(USAGE_PATH)).toBe(1);
    home.writeCredentials(credentialsText({ accessToken: "sk-ant-oat01-FRESH-LOGIN" }));
    fake.answer(USAGE_PATH, { body: fixture("usage-oauth-percent.json") });
    expect((await launch()).failure).toBeNull();
    expect(fake.count(USAGE_PATH)).toBe(2);
  });

  test("a bad base URL override is a set-up error, not a failed request", async () => {
    const { failure } = await launch({ baseUrl: undefined, env: { CLAUDE_PLAN_METER_OAUTH_BASE_URL: "ftp://x" } });
    expect(failure).toBe("CLAUDE_PLAN_METER_OAUTH_BASE_URL: not an http(s) URL: ftp://x");
    expect(existsSync(statePath)).toBe(false);
  });
});

describe("the token never leaks", () => {
  test("an error that quotes the token or the bearer header is redacted, in messages and in the state", async () => {
    const leaky: typeof fetch = async (_url, init) => {
      const auth = new Headers(init?.headers).get("authorization");
      throw new Error(`boom: ${auth} ${FAKE_ACCESS_TOKEN} ${FAKE_REFRESH_TOKEN}`);
    };
    const { failure } = await launch({ fetchImpl: leaky });
    expect(failure).toMatch(
      /^cannot reach 127\.0\.0\.1:\d+ \(boom: Bearer \[redacted\] \[redacted\] \[redacted\]\); next try at/,
    );
    expect(readFileSync(statePath, "utf8")).toContain("boom: Bearer [redacted]");
  });

  test("a token of any shape is cut out verbatim", async () => {
    home.writeCredentials(credentialsText({ accessToken: OPAQUE_TOKEN }));
    const leaky: typeof fetch = async () => {
      throw new Error(`server said: ${OPAQUE_TOKEN} is invalid`);
    };
    const { failure } = await launch({ fetchImpl: leaky });
    expect(failure).toMatch(/\(server said: \[redacted\] is invalid\)/);
  });

  test("nothing the source shows or stores carries a token, across every outcome", async () => {
    const responses = [
      { status: 401 },
      { status: 429, headers: { "retry-after": "0" } },
      { status: 500 },
      { raw: `{"echo": "${FAKE_ACCESS_TOKEN}"` },
      { body: fixture("usage-oauth-percent.json") },
    ];
    for (const [i, response] of responses.entries()) {
      fake.answer(USAGE_PATH, response);
      clock = at(i * 120);
      await launch();
    }
    expect(fake.count(USAGE_PATH)).toBe(responses.length);
    // the afterEach check runs over every message and the state file
  });
});
