import { KeychainAccessError, type KeychainReader } from "../../src/sources/credentials";
import {
  ABANDONED_AFTER_MS,
  gatedKeychain,
  grantKeychainConsent,
  hasKeychainConsent,
  KEYCHAIN_ACCESS_KEY,
  loadKeychainAccess,
  REFUSAL_BACKOFF_MS,
} from "../../src/sources/keychain-access";
import { loadSnapshots } from "../../src/sources/load";
import { oauthReader } from "../../src/sources/oauth";
import { MemoryStore } from "../../src/sources/store";
import { NOW } from "../fixtures";
import { startFixtureAnthropic } from "./fake-anthropic";
import { makeTempHome, type TempHome } from "./temp-home";

let clock: Date;
let store: MemoryStore;
let answer: () => Promise<string | null>;
let keychain: KeychainReader & { readGenericPassword: jest.Mock };

beforeEach(() => {
  clock = NOW;
  store = new MemoryStore();
  answer = async () => "item";
  keychain = { readGenericPassword: jest.fn(() => answer()) };
});

const gated = () => gatedKeychain({ store, keychain, now: () => clock });
const at = (ms: number) => (clock = new Date(NOW.getTime() + ms));
const read = () => gated().readGenericPassword("Claude Code-credentials");
const refusalOf = () =>
  read().then(
    () => null,
    (e: KeychainAccessError) => [e.refusal, e.message],
  );

test("consent is remembered, and kept through bad stored text", () => {
  expect(hasKeychainConsent(store)).toBe(false);
  grantKeychainConsent(store, NOW);
  expect(hasKeychainConsent(store)).toBe(true);
  store.set(KEYCHAIN_ACCESS_KEY, "{not json");
  expect(loadKeychainAccess(store).consentAt).toBeNull();
});

test("a read that works passes the item through", async () => {
  await expect(read()).resolves.toBe("item");
  expect(loadKeychainAccess(store)).toMatchObject({ refusals: 0, retryAt: null, readingSince: null });
});

test("a refusal backs off 1 h, 4 h, then a day, and says when the next try is", async () => {
  answer = async () => {
    throw new KeychainAccessError("denied", "macOS denied access to Claude Code’s Keychain item");
  };
  expect(await refusalOf()).toEqual([
    "denied",
    "macOS denied access to Claude Code’s Keychain item; not asking again before 13:00 (in 1h). Choose “Connect Claude Code” to ask now",
  ]);
  at(REFUSAL_BACKOFF_MS[0] - 1);
  expect((await refusalOf())?.[0]).toBe("denied");
  expect(keychain.readGenericPassword).toHaveBeenCalledTimes(1);

  at(REFUSAL_BACKOFF_MS[0]);
  await refusalOf();
  expect(keychain.readGenericPassword).toHaveBeenCalledTimes(2);
  expect(loadKeychainAccess(store).retryAt).toEqual(new Date(clock.getTime() + REFUSAL_BACKOFF_MS[1]));
  at(REFUSAL_BACKOFF_MS[0] + REFUSAL_BACKOFF_MS[1]);
  await refusalOf();
  expect(loadKeychainAccess(store).retryAt).toEqual(new Date(clock.getTime() + REFUSAL_BACKOFF_MS[2]));
  expect(keychain.readGenericPassword).toHaveBeenCalledTimes(3);
});

test("choosing Connect again ends the wait; a success clears the count", async () => {
  answer = async () => {
    throw new KeychainAccessError("cancelled", "the macOS Keychain prompt was canceled");
  };
  await refusalOf();
  at(60_000);
  grantKeychainConsent(store, clock);
  answer = async () => "item";
  await expect(read()).resolves.toBe("item");
  expect(loadKeychainAccess(store)).toMatchObject({ refusals: 0, refusal: null, retryAt: null });
});

test("a run killed with the prompt up counts as unanswered on the next run", async () => {
  answer = () => new Promise(() => {}); // the prompt is up; Raycast ends the run
  void read();
  expect(loadKeychainAccess(store).readingSince).toEqual(NOW);
  at(ABANDONED_AFTER_MS + 1);
  expect(await refusalOf()).toEqual([
    "no_answer",
    expect.stringContaining("the macOS Keychain prompt was not answered within 30 s; not asking again before"),
  ]);
  expect(keychain.readGenericPassword).toHaveBeenCalledTimes(1);
});

test("other failures pass through without a backoff", async () => {
  answer = async () => {
    throw new Error("the `security` tool is missing (macOS only)");
  };
  await expect(read()).rejects.toThrow("the `security` tool is missing");
  expect(loadKeychainAccess(store)).toMatchObject({ refusals: 0, retryAt: null, readingSince: null });
});

describe("through the OAuth source, a first run and a refusal are told apart from faults", () => {
  let home: TempHome;
  afterEach(() => home.remove());

  const load = (reader: KeychainReader | null) =>
    loadSnapshots([oauthReader({ store, keychain: reader, env: {}, homeDir: home.dir, platform: "darwin" })]);

  test("no login file and no Keychain consent: not set up, and the hint is the surface's own", async () => {
    home = makeTempHome(null);
    const reader = oauthReader({
      store,
      env: {},
      homeDir: home.dir,
      platform: "darwin",
      keychainHint: "choose “Connect Claude Code”",
    });
    const { failures } = await loadSnapshots([reader]);
    expect(failures).toEqual([
      {
        source: "oauth",
        sourceLabel: "Claude Code",
        kind: "not_set_up",
        message:
          "No Claude Code login found in ~/.claude/.credentials.json: log in with `claude` (choose “Connect Claude Code”)",
      },
    ]);
  });

  test("a refused Keychain read is keychain_denied, with the plain message", async () => {
    home = makeTempHome(null);
    answer = async () => {
      throw new KeychainAccessError("cancelled", "the macOS Keychain prompt was canceled");
    };
    const { failures } = await load(gated());
    expect(failures[0]).toMatchObject({
      kind: "keychain_denied",
      message: expect.stringMatching(/^the macOS Keychain prompt was canceled; not asking again before/),
    });
  });

  test("a refused Keychain with a login file still reads the file", async () => {
    home = makeTempHome();
    answer = async () => {
      throw new KeychainAccessError("denied", "macOS denied access to Claude Code’s Keychain item");
    };
    const fake = await startFixtureAnthropic();
    try {
      const reader = oauthReader({ store, keychain: gated(), env: {}, homeDir: home.dir, baseUrl: fake.baseUrl });
      const { snapshots, failures } = await loadSnapshots([reader]);
      expect(failures).toEqual([]);
      expect(snapshots).toHaveLength(1);
    } finally {
      await fake.close();
    }
  });
});
