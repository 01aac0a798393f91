import { judgingClock } from "../../src/core/clock";
import { describeFailures, mergeSnapshots } from "../../src/core/merge";
import type { Snapshot } from "../../src/core/snapshot";
import { parseUsage } from "../../src/core/usage";

const now = new Date("2026-11-24T12:00:00Z");
const options = { now, staleAfterMs: 10 * 60_000 };
const win = (utilization: unknown, resets_at: string | null = "2030-01-01T00:00:00Z") => ({ utilization, resets_at });

type SnapOverrides = Partial<Omit<Snapshot, "usage">> & { usage?: unknown };

function snap(overrides: SnapOverrides): Snapshot {
  const { usage, ...rest } = overrides;
  return {
    source: "bridge",
    sourceLabel: "Chrome bridge",
    orgUuid: "org-1",
    orgName: null,
    accountEmail: "ada@example.com",
    fetchedAt: new Date("2026-11-24T11:59:00Z"),
    usage: parseUsage(usage ?? {}),
    overage: null,
    subscription: null,
    errors: [],
    ...rest,
  };
}

const oauth = (overrides: SnapOverrides) => snap({ source: "oauth", sourceLabel: "Claude Code", ...overrides });

test("same org from two sources is one account; the freshest reading of each window wins", () => {
  const [account, ...rest] = mergeSnapshots(
    [
      snap({ usage: { five_hour: win(40), seven_day: win(70) }, fetchedAt: new Date("2026-11-24T11:58:00Z") }),
      oauth({ usage: { five_hour: win(45) }, fetchedAt: new Date("2026-11-24T11:59:30Z"), orgName: "Ada's Org" }),
    ],
    options,
  );
  expect(rest).toEqual([]);
  const byKey = Object.fromEntries(account.windows.map((w) => [w.key, w]));
  expect(byKey.five_hour).toMatchObject({ percent: 45, sourceLabel: "Claude Code" });
  expect(byKey.seven_day).toMatchObject({ percent: 70, sourceLabel: "Chrome bridge" });
  expect(account).toMatchObject({ orgName: "Ada's Org", fetchedAt: new Date("2026-11-24T11:59:30Z"), stale: false });
  expect(account.sources.map((s) => [s.sourceLabel, s.status])).toEqual([
    ["Claude Code", "ok"],
    ["Chrome bridge", "ok"],
  ]);
});

test("different orgs stay apart, in first-seen order", () => {
  const accounts = mergeSnapshots([snap({ orgUuid: "b" }), snap({ orgUuid: "a" }), oauth({ orgUuid: "b" })], options);
  expect(accounts.map((a) => a.orgUuid)).toEqual(["b", "a"]);
});

test("without an org, snapshots group by email (case-insensitive), else by source", () => {
  const accounts = mergeSnapshots(
    [
      snap({ orgUuid: null, accountEmail: "Ada@Example.com" }),
      oauth({ orgUuid: null, accountEmail: "ada@example.com" }),
      snap({ orgUuid: null, accountEmail: null, sourceLabel: "file x.json" }),
    ],
    options,
  );
  expect(accounts.map((a) => a.id)).toEqual(["email:ada@example.com", "source:file x.json"]);
});

test("a window error is dropped when a fresher source has the window, kept otherwise", () => {
  const broken = { five_hour: win("91%"), seven_day: win("x") };
  const [account] = mergeSnapshots(
    [
      snap({ usage: broken, fetchedAt: new Date("2026-11-24T11:58:00Z") }),
      oauth({ usage: { five_hour: win(50) }, fetchedAt: new Date("2026-11-24T11:59:00Z") }),
    ],
    options,
  );
  expect(account.windows.map((w) => w.key)).toEqual(["five_hour"]);
  expect(account.errors.map((e) => e.window)).toEqual(["seven_day"]);
});

test("an older good reading does not hide a fresher error", () => {
  const [account] = mergeSnapshots(
    [
      snap({ usage: { five_hour: win("91%") }, fetchedAt: new Date("2026-11-24T11:59:00Z") }),
      oauth({ usage: { five_hour: win(50) }, fetchedAt: new Date("2026-11-24T11:00:00Z") }),
    ],
    options,
  );
  expect(account.windows[0]).toMatchObject({ percent: 50, sourceLabel: "Claude Code" });
  expect(account.errors.map((e) => e.window)).toEqual(["five_hour"]);
});

test("source states: error when the source reported errors, stale when old", () => {
  const [account] = mergeSnapshots(
    [snap({ errors: ["overage: 404 Not Found"] }), oauth({ fetchedAt: new Date("2026-11-24T11:00:00Z") })],
    options,
  );
  expect(account.sources.map((s) => s.status)).toEqual(["error", "stale"]);
  expect(account.stale).toBe(false);
});

test("an account whose freshest reading is old is stale", () => {
  const [account] = mergeSnapshots([snap({ fetchedAt: new Date("2026-11-24T11:00:00Z") })], options);
  expect(account.stale).toBe(true);
});

test("extra usage and subscription come from the freshest snapshot that has them", () => {
  const [account] = mergeSnapshots(
    [
      snap({
        usage: { extra_usage: { is_enabled: true, used_credits: 100, monthly_limit: 1000, currency: "USD" } },
        subscription: { status: "active", next_charge_date: "2026-12-03", billing_interval: "monthly" },
        fetchedAt: new Date("2026-11-24T11:50:00Z"),
      }),
      oauth({ usage: { five_hour: win(1) } }),
    ],
    options,
  );
  expect(account.extraUsage).toMatchObject({ used: 1, limit: 10, currency: "USD" });
  expect(account.subscription).toMatchObject({ next_charge_date: "2026-12-03" });
});

test("failures read as 'source: message'", () => {
  expect(describeFailures([{ source: "oauth", sourceLabel: "Claude Code", message: "token rejected (401)" }])).toEqual([
    "Claude Code: token rejected (401)",
  ]);
});

test("a reading dated ahead of this clock never wins: its source shows why, a true reading shows its numbers", () => {
  const [account] = mergeSnapshots(
    [
      snap({ usage: { five_hour: win(1) }, fetchedAt: new Date("2099-12-31T00:00:00Z") }),
      oauth({ usage: { five_hour: win(45) }, fetchedAt: new Date("2026-11-24T11:59:30Z") }),
    ],
    options,
  );
  expect(account.windows.map((w) => [w.key, w.percent, w.sourceLabel])).toEqual([["five_hour", 45, "Claude Code"]]);
  expect(account.fetchedAt).toEqual(new Date("2026-11-24T11:59:30Z"));
  expect(account.sources.find((s) => s.source === "bridge")).toMatchObject({
    status: "error",
    fetchedAt: null,
    errors: ["reading dated 2099-12-31T00:00:00.000Z, ahead of this computer's clock: not shown"],
  });
  // Up to five minutes ahead is clock skew between machines, and believed.
  const [skewed] = mergeSnapshots(
    [snap({ usage: { five_hour: win(7) }, fetchedAt: new Date("2026-11-24T12:04:00Z") })],
    options,
  );
  expect(skewed.windows.map((w) => w.percent)).toEqual([7]);
});

test("a chosen instant (--now) moves the evaluation, not the clock that judges the future", () => {
  const clock = new Date("2026-11-24T12:00:00Z");
  const before = new Date("2026-11-24T11:00:00Z");
  const fresh = snap({ usage: { five_hour: win(7) }, fetchedAt: new Date("2026-11-24T11:59:00Z") });
  expect(mergeSnapshots([fresh], { now: before, clock, staleAfterMs: 600_000 })[0].windows).toHaveLength(1);
  expect(mergeSnapshots([fresh], { now: before, staleAfterMs: 600_000 })[0].windows).toHaveLength(0);
});

test("judgingClock is the later of the chosen instant and the real clock", () => {
  const early = new Date("2026-11-24T11:00:00Z");
  const late = new Date("2030-11-24T12:00:00Z");
  expect(judgingClock(early, late)).toEqual(late);
  expect(judgingClock(late, early)).toEqual(late);
});
