import { mergeSnapshots, type Account } from "../../src/core/merge";
import type { Snapshot, SourceKind } from "../../src/core/snapshot";
import { parseUsage } from "../../src/core/usage";

const NOW = new Date("2026-11-24T12:00:00Z");
const OPTIONS = { now: NOW, staleAfterMs: 10 * 60_000 };
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000);
const win = (utilization: number) => ({ utilization, resets_at: "2026-11-24T18:00:00Z" });

interface Spec {
  source?: SourceKind;
  label: string;
  org?: string | null;
  email?: string | null;
  age: number;
  usage: Record<string, unknown>;
  errors?: string[];
}

function snap({ source = "bridge", label, org = null, email = null, age, usage, errors = [] }: Spec): Snapshot {
  return {
    source,
    sourceLabel: label,
    orgUuid: org,
    orgName: org ? `Org ${org}` : null,
    accountEmail: email,
    fetchedAt: minutesAgo(age),
    usage: parseUsage(usage),
    overage: null,
    subscription: null,
    errors,
  };
}

const percents = (a: Account) => Object.fromEntries(a.windows.map((w) => [w.key, `${w.percent}@${w.sourceLabel}`]));
const states = (a: Account) => Object.fromEntries(a.sources.map((s) => [s.sourceLabel, s.status]));

const bridgeA = (age: number, usage: Record<string, unknown>, errors: string[] = []) =>
  snap({ label: "Chrome bridge", org: "org-a", email: "ada@example.com", age, usage, errors });
const oauthA = (age: number, usage: Record<string, unknown>, errors: string[] = []) =>
  snap({ source: "oauth", label: "Claude Code", org: "org-a", email: "ada@example.com", age, usage, errors });

interface Case {
  name: string;
  snapshots: Snapshot[];
  accounts: number;
  windows?: Record<string, string>;
  sources?: Record<string, string>;
  errors?: string[];
  id?: string;
}

const cases: Case[] = [
  {
    name: "same org from two sources: one account, freshest reading per window, each keeps its source",
    snapshots: [
      bridgeA(1, { five_hour: win(40), seven_day: win(70) }),
      oauthA(3, { five_hour: win(38), seven_day: win(69), seven_day_opus: win(90) }),
    ],
    accounts: 1,
    windows: { five_hour: "40@Chrome bridge", seven_day: "70@Chrome bridge", seven_day_opus: "90@Claude Code" },
    sources: { "Chrome bridge": "ok", "Claude Code": "ok" },
    id: "org:org-a",
  },
  {
    name: "freshest wins whichever source it is",
    snapshots: [bridgeA(20, { five_hour: win(40) }), oauthA(1, { five_hour: win(55) })],
    accounts: 1,
    windows: { five_hour: "55@Claude Code" },
    sources: { "Chrome bridge": "stale", "Claude Code": "ok" },
  },
  {
    name: "different orgs stay apart, even with the same email",
    snapshots: [
      bridgeA(1, { five_hour: win(40) }),
      snap({ label: "Chrome bridge", org: "org-b", email: "ada@example.com", age: 1, usage: { five_hour: win(5) } }),
    ],
    accounts: 2,
  },
  {
    name: "a window error is replaced by a fresher reading from another source",
    snapshots: [bridgeA(5, { five_hour: { utilization: "bad", resets_at: null } }), oauthA(1, { five_hour: win(44) })],
    accounts: 1,
    windows: { five_hour: "44@Claude Code" },
    errors: [],
  },
  {
    name: "a window error fresher than the other source's reading stays visible",
    snapshots: [bridgeA(1, { five_hour: { utilization: "bad", resets_at: null } }), oauthA(5, { five_hour: win(44) })],
    accounts: 1,
    windows: { five_hour: "44@Claude Code" },
    errors: ["five_hour"],
  },
  {
    name: "one source failing: its last reading serves what the other lacks, its state says error",
    snapshots: [
      bridgeA(1, { five_hour: win(40) }),
      oauthA(30, { five_hour: win(20), seven_day_opus: win(91) }, ["rate limited by api.anthropic.com (HTTP 429)"]),
    ],
    accounts: 1,
    windows: { five_hour: "40@Chrome bridge", seven_day_opus: "91@Claude Code" },
    sources: { "Chrome bridge": "ok", "Claude Code": "error" },
  },
  {
    name: "OAuth without an org (profile named none) joins the org with the same email",
    snapshots: [
      bridgeA(2, { five_hour: win(40) }),
      snap({
        source: "oauth",
        label: "Claude Code",
        email: "ADA@example.com",
        age: 1,
        usage: { five_hour: win(41), seven_day: win(60) },
      }),
    ],
    accounts: 1,
    windows: { five_hour: "41@Claude Code", seven_day: "60@Claude Code" },
    sources: { "Chrome bridge": "ok", "Claude Code": "ok" },
    id: "org:org-a",
  },
  {
    name: "OAuth without an org stays apart when its email belongs to several orgs",
    snapshots: [
      bridgeA(2, { five_hour: win(40) }),
      snap({ label: "Chrome bridge", org: "org-b", email: "ada@example.com", age: 2, usage: { five_hour: win(5) } }),
      snap({ source: "oauth", label: "Claude Code", email: "ada@example.com", age: 1, usage: { five_hour: win(41) } }),
    ],
    accounts: 3,
  },
  {
    name: "OAuth with neither org nor email stays its own account",
    snapshots: [
      bridgeA(2, { five_hour: win(40) }),
      snap({ source: "oauth", label: "Claude Code", age: 1, usage: { five_hour: win(41) } }),
    ],
    accounts: 2,
  },
];

describe("mergeSnapshots rules", () => {
  test.each(cases)("$name", ({ snapshots, accounts, windows, sources, errors, id }) => {
    const merged = mergeSnapshots(snapshots, OPTIONS);
    expect(merged).toHaveLength(accounts);
    const [first] = merged;
    if (windows) expect(percents(first)).toEqual(windows);
    if (sources) expect(states(first)).toEqual(sources);
    if (errors) expect(first.errors.map((e) => e.window)).toEqual(errors);
    if (id) expect(first.id).toBe(id);
  });

  test("a merged account carries org name and email from whichever source knows them", () => {
    const [account] = mergeSnapshots(
      [
        snap({ source: "oauth", label: "Claude Code", email: "ada@example.com", age: 1, usage: {} }),
        bridgeA(3, { five_hour: win(1) }),
      ],
      OPTIONS,
    );
    expect(account).toMatchObject({ orgUuid: "org-a", orgName: "Org org-a", accountEmail: "ada@example.com" });
    expect(account.fetchedAt).toEqual(minutesAgo(1));
  });
});
