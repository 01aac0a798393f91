import {
  deliveredSources,
  failingSources,
  mayOfferStartBridge,
  noDataReasons,
  NOT_CONNECTED,
  setupOffers,
  sourceStatuses,
  type SourceRound,
  type SourceStatus,
} from "../../src/core/sources";
import type { Snapshot, SourceFailure } from "../../src/core/snapshot";
import { parseUsage } from "../../src/core/usage";
import { NOW } from "../fixtures";

const BRIDGE = { source: "bridge", sourceLabel: "Browser companion" } as const;
const OAUTH = { source: "oauth", sourceLabel: "Claude Code" } as const;
const TEN_MINUTES = 10 * 60_000;

function snapshot(source: "bridge" | "oauth", ageMs: number, errors: string[] = []): Snapshot {
  return {
    source,
    sourceLabel: source === "oauth" ? "Claude Code" : "Chrome bridge",
    orgUuid: "org",
    orgName: null,
    accountEmail: null,
    fetchedAt: new Date(NOW.getTime() - ageMs),
    usage: parseUsage({ five_hour: { utilization: 10, resets_at: null } }),
    overage: null,
    subscription: null,
    errors,
  };
}

function round(over: Partial<SourceRound>): SourceRound {
  return {
    sources: [BRIDGE, OAUTH],
    failures: [],
    snapshots: [],
    delivered: [],
    now: NOW,
    staleAfterMs: TEN_MINUTES,
    ...over,
  };
}

const health = (statuses: SourceStatus[]) => statuses.map((s) => [s.source, s.health, s.reason]);

const NOT_RUNNING: SourceFailure = { ...BRIDGE, message: "bridge not running", kind: "not_set_up" };
const NO_LOGIN: SourceFailure = { ...OAUTH, message: "No Claude Code login found", kind: "not_set_up" };

test("a first run: no companion, no login: both not set up, and nothing is an error", () => {
  const statuses = sourceStatuses(round({ failures: [NOT_RUNNING, NO_LOGIN] }));
  expect(health(statuses)).toEqual([
    ["bridge", "not_set_up", "bridge not running"],
    ["oauth", "not_set_up", "No Claude Code login found"],
  ]);
  expect(failingSources(statuses)).toEqual([]);
  expect(mayOfferStartBridge(statuses)).toBe(false);
  expect(noDataReasons(statuses)).toEqual([NOT_CONNECTED]);
});

test("a source that delivered before and now fails the same way is failing, not 'not set up'", () => {
  const statuses = sourceStatuses(round({ failures: [NOT_RUNNING], delivered: ["bridge"] }));
  expect(health(statuses)[0]).toEqual(["bridge", "failing", "bridge not running"]);
  expect(mayOfferStartBridge(statuses)).toBe(true);
  expect(noDataReasons(statuses)).toEqual(["Browser companion: bridge not running"]);
});

test("a plain error is failing even on the first round", () => {
  const failure: SourceFailure = { ...OAUTH, message: "api.anthropic.com answered 500" };
  expect(health(sourceStatuses(round({ sources: [OAUTH], failures: [failure] })))).toEqual([
    ["oauth", "failing", "api.anthropic.com answered 500"],
  ]);
});

test("working, and stale with the reason the source gave", () => {
  const statuses = sourceStatuses(
    round({ snapshots: [snapshot("bridge", 30_000), snapshot("oauth", 20 * 60_000, ["429; next try at 14:05"])] }),
  );
  expect(health(statuses)).toEqual([
    ["bridge", "working", null],
    ["oauth", "stale", "429; next try at 14:05"],
  ]);
});

test("the sources that ever delivered accumulate", () => {
  expect(deliveredSources([], [])).toEqual([]);
  expect(deliveredSources(["oauth"], [snapshot("bridge", 0)])).toEqual(["bridge", "oauth"]);
  expect(deliveredSources(["bridge", "oauth"], [])).toEqual(["bridge", "oauth"]);
});

describe("set-up offers fit the machine", () => {
  const firstRun = sourceStatuses(round({ failures: [NOT_RUNNING, NO_LOGIN] }));

  test("a Mac without consent: Connect Claude Code and the companion", () => {
    expect(setupOffers(firstRun, { mac: true, keychainConsent: false })).toEqual([
      "connect_claude_code",
      "set_up_companion",
    ]);
  });

  test("a Mac whose Keychain holds no login (consent given), or not a Mac: only `claude` can log in", () => {
    expect(setupOffers(firstRun, { mac: true, keychainConsent: true })).toEqual([
      "log_in_claude_code",
      "set_up_companion",
    ]);
    expect(setupOffers(firstRun, { mac: false, keychainConsent: false })).toEqual([
      "log_in_claude_code",
      "set_up_companion",
    ]);
  });

  test("a refused Keychain offers asking again, even with consent given", () => {
    const refused: SourceFailure = { ...OAUTH, message: "macOS denied access", kind: "keychain_denied" };
    const statuses = sourceStatuses(round({ sources: [OAUTH], failures: [refused] }));
    expect(statuses[0]).toMatchObject({ health: "failing", keychainDenied: true });
    expect(setupOffers(statuses, { mac: true, keychainConsent: true })).toEqual(["connect_claude_code"]);
  });

  test("working sources need nothing; a disabled source is not offered", () => {
    const working = sourceStatuses(round({ sources: [OAUTH], snapshots: [snapshot("oauth", 0)] }));
    expect(setupOffers(working, { mac: true, keychainConsent: false })).toEqual([]);
  });
});
