import {
  changesRecord,
  claudeCodeAccount,
  MAX_READINGS,
  newestFetched,
  parseLastReadings,
  recordReadings,
  serializeLastReadings,
} from "../../src/core/last-readings";
import type { Snapshot, SourceKind } from "../../src/core/snapshot";
import { statusInputSnapshot } from "../../src/core/status-input";
import { parseUsage } from "../../src/core/usage";
import { fixture } from "../fixtures";

const NOW = new Date("2030-11-24T12:00:00Z");
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

function reading(
  source: SourceKind,
  at: Date,
  org: string | null = "org-1",
  usage: unknown = fixture("usage-oauth-percent.json"),
): Snapshot {
  return {
    source,
    sourceLabel: source === "oauth" ? "Claude Code" : source === "bridge" ? "Chrome bridge" : "Claude Code status line",
    orgUuid: org,
    orgName: org && "Org",
    accountEmail: org && "ada@example.com",
    fetchedAt: at,
    usage: parseUsage(usage),
    overage: null,
    subscription: null,
    errors: [],
  };
}

const fiveHour = (percent: number) => [{ key: "five_hour", percent, resetsAt: new Date("2030-11-24T15:00:00Z") }];
const stdinReading = (at: Date, account = claudeCodeAccount([])) => statusInputSnapshot(fiveHour(50), at, account);

test("round trip: windows, account, source and time survive; labels are derived again", () => {
  const original = reading("oauth", minutes(-1));
  const [back] = parseLastReadings(JSON.parse(serializeLastReadings([original])));
  expect(back).toMatchObject({ source: "oauth", sourceLabel: "Claude Code", orgUuid: "org-1", fetchedAt: minutes(-1) });
  expect(back.usage.windows).toEqual(original.usage.windows);
});

test("the newest reading per source and account wins; older ones and other accounts stay", () => {
  const recorded = recordReadings(
    [reading("oauth", minutes(-5)), reading("bridge", minutes(-2))],
    [reading("oauth", minutes(-1))],
    NOW,
  );
  expect(recorded.map((s) => [s.source, s.fetchedAt])).toEqual([
    ["oauth", minutes(-1)],
    ["bridge", minutes(-2)],
  ]);
  // An older reading recorded late never replaces a newer one.
  expect(recordReadings(recorded, [reading("oauth", minutes(-9))], NOW)[0].fetchedAt).toEqual(minutes(-1));
  expect(recordReadings(recorded, [reading("oauth", minutes(-1), "org-2")], NOW)).toHaveLength(3);
});

test("bounded: at most MAX_READINGS, none older than a week, no undated reading", () => {
  const many = Array.from({ length: MAX_READINGS + 10 }, (_, i) => reading("bridge", minutes(-i), `org-${i}`));
  const undated = { ...reading("file", NOW), fetchedAt: null };
  const old = reading("oauth", new Date(NOW.getTime() - 8 * 24 * 3_600_000));
  const recorded = recordReadings([], [...many, undated, old], NOW);
  expect(recorded).toHaveLength(MAX_READINGS);
  expect(recorded.every((s) => s.source === "bridge")).toBe(true);
  expect(recorded[0].orgUuid).toBe("org-0");
});

test("a status-line reading of an account of its own goes once Claude Code's account has one as new", () => {
  const own = stdinReading(minutes(-2));
  const withAccount = stdinReading(minutes(-1), claudeCodeAccount([reading("oauth", minutes(-3))]));
  expect(withAccount.orgUuid).toBe("org-1");
  expect(recordReadings([own], [withAccount], NOW).map((s) => s.orgUuid)).toEqual(["org-1"]);
  // …but a newer unattributed one (the profile forgotten) is kept.
  expect(recordReadings([withAccount], [stdinReading(NOW)], NOW)).toHaveLength(2);
});

test("changesRecord: a new reading, changed windows, or the same one a minute later", () => {
  const first = stdinReading(NOW);
  expect(changesRecord([], first)).toBe(true);
  expect(changesRecord([first], stdinReading(minutes(0.5)))).toBe(false);
  expect(changesRecord([first], stdinReading(minutes(1)))).toBe(true);
  const changed = statusInputSnapshot(fiveHour(51), minutes(0.5), null);
  expect(changesRecord([first], changed)).toBe(true);
});

test("claudeCodeAccount: the newest OAuth reading that names an account", () => {
  expect(claudeCodeAccount([reading("bridge", NOW), reading("oauth", NOW, null)])).toBeNull();
  expect(claudeCodeAccount([reading("oauth", minutes(-9), "old"), reading("oauth", minutes(-1), "new")])).toEqual({
    orgUuid: "new",
    orgName: "Org",
    accountEmail: "ada@example.com",
  });
});

test("newestFetched: over the given sources only", () => {
  const recorded = [reading("statusline", NOW), reading("oauth", minutes(-3)), reading("bridge", minutes(-7))];
  expect(newestFetched(recorded, ["oauth", "bridge"])).toEqual(minutes(-3));
  expect(newestFetched(recorded, ["bridge"])).toEqual(minutes(-7));
  expect(newestFetched(recorded, [])).toBeNull();
});

test.each([
  ["that is not an object", "nope"],
  ["of another version", { version: 3, readings: [] }],
  ["without a readings array", { version: 2 }],
])("a file %s reads as no readings", (_name, raw) => {
  expect(parseLastReadings(raw)).toEqual([]);
});

test("a bad entry is dropped alone; text from the file is made printable", () => {
  const good = JSON.parse(serializeLastReadings([reading("oauth", NOW)])).readings[0];
  const raw = {
    version: 2,
    readings: [
      { ...good, fetched_at: "yesterday" },
      { ...good, source: "carrier-pigeon" },
      { ...good, windows: "not windows" },
      { ...good, windows: [{ key: "five_hour", percent: -1, resets_at: null }] },
      { ...good, org_name: "Evil\u001b]0;pwned\u0007" },
    ],
  };
  const parsed = parseLastReadings(raw);
  expect(parsed).toHaveLength(1);
  expect(parsed[0].orgName).toBe("Evil\uFFFD]0;pwned\uFFFD");
});

test("a window key that names another field or could poison a prototype is no window; one window per key", () => {
  const good = JSON.parse(serializeLastReadings([reading("oauth", NOW)])).readings[0];
  const window = (key: string, percent: number) => ({ key, percent, resets_at: null });
  const raw = {
    version: 2,
    readings: [
      {
        ...good,
        windows: [window("five_hour", 1), window("__proto__", 2), window("limits", 3), window("five_hour", 4)],
      },
    ],
  };
  expect(parseLastReadings(raw)[0].usage.windows.map((w) => [w.key, w.percent])).toEqual([["five_hour", 1]]);
});

test("a file written as version 1 (usage bodies, ISO instants) reads as it did", () => {
  const raw = {
    version: 1,
    readings: [
      {
        source: "statusline",
        source_label: "Claude Code status line",
        org_uuid: null,
        org_name: null,
        account_email: null,
        fetched_at: "2030-11-24T11:59:00.000Z",
        usage: {
          five_hour: { utilization: 42, resets_at: "2030-11-26T17:02:00.000Z" },
          seven_day_fable: { utilization: 84, resets_at: null },
        },
      },
      { source: "oauth", source_label: "Claude Code", fetched_at: "yesterday", usage: {} },
    ],
  };
  const [back, ...rest] = parseLastReadings(raw);
  expect(rest).toEqual([]);
  expect(back).toMatchObject({ source: "statusline", orgUuid: null, fetchedAt: minutes(-1) });
  expect(back.usage.windows).toEqual(parseUsage(raw.readings[0].usage).windows);
  // Written again as version 2, it reads back the same.
  expect(parseLastReadings(JSON.parse(serializeLastReadings([back])))).toEqual([back]);
});
