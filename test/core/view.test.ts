import { mergeSnapshots } from "../../src/core/merge";
import { toJsonReport } from "../../src/core/report";
import { snapshotsFromDocument } from "../../src/core/snapshot";
import { historyKey } from "../../src/core/history";
import { accountTitle, buildView, pressureOf } from "../../src/core/view";
import { fixture, NOW } from "../fixtures";

const viewOf = (raw: unknown, now = NOW) =>
  buildView(mergeSnapshots(snapshotsFromDocument(raw, "file t.json"), { now, staleAfterMs: 600_000 }), now);

test("windows are most pressing first and the binding window is the worst active one", () => {
  const view = viewOf(fixture("usage-oauth-percent.json"));
  expect(view.accounts[0].windows.map((w) => w.key)).toEqual([
    "seven_day_opus",
    "seven_day",
    "five_hour",
    "seven_day_oauth_apps",
    "seven_day_sonnet",
    "seven_day_cowork",
  ]);
  expect(view.binding).toMatchObject({ key: "seven_day_opus", severity: "warning", state: "active" });
  expect(view.accounts[0].windows.at(-1)).toMatchObject({ state: "not_started", resetLine: "not started" });
});

test("a scoped model cap binds over the legacy windows", () => {
  expect(viewOf(fixture("usage-limits-spend.json")).binding).toMatchObject({ key: "seven_day_fable", percent: 84 });
});

test("reset_pending windows sort after active ones, never bind, and ask for a refresh", () => {
  const view = viewOf({
    five_hour: { utilization: 95, resets_at: "2026-11-24T11:48:00Z" },
    seven_day: { utilization: 30, resets_at: "2026-11-29T06:00:00Z" },
  });
  expect(view.accounts[0].windows.map((w) => [w.key, w.state, w.resetLine])).toEqual([
    ["seven_day", "active", "resets in 4d 18h"],
    ["five_hour", "reset_pending", "reset 12 min ago · refreshing"],
  ]);
  expect(view.binding?.key).toBe("seven_day");
});

test("ties on percent: the sooner reset is more pressing", () => {
  const view = viewOf({
    seven_day: { utilization: 50, resets_at: "2026-11-29T06:00:00Z" },
    five_hour: { utilization: 50, resets_at: "2026-11-24T14:00:00Z" },
  });
  expect(view.accounts[0].windows.map((w) => w.key)).toEqual(["five_hour", "seven_day"]);
});

test("no accounts → no binding window", () => {
  expect(buildView([], NOW)).toEqual({ accounts: [], binding: null, now: NOW });
});

test.each([
  [{ accountEmail: "a@b.c", orgName: "Team", orgUuid: "x" }, "a@b.c · Team"],
  [{ accountEmail: null, orgName: null, orgUuid: "0b8e7d1c-0000-4000-8000-00000000b002" }, "org 0b8e7d1c…b002"],
  [{ accountEmail: "a@b.c", orgName: null, orgUuid: null }, "a@b.c"],
  [{ accountEmail: null, orgName: null, orgUuid: null }, "Claude account"],
])("accountTitle %j", (account, title) => expect(accountTitle(account)).toBe(title));

describe("the JSON report", () => {
  test("windows sorted by percent, state and known flags, money in major units", () => {
    const report = toJsonReport(viewOf(fixture("usage-limits-spend.json")), ["Claude Code: token rejected"]);
    const [account] = report.accounts;
    expect(account.windows.map((w) => [w.key, w.percent, w.state])).toEqual([
      ["seven_day_fable", 84, "active"],
      ["seven_day", 60, "active"],
      ["five_hour", 27.4, "active"],
      ["seven_day_opus", 10, "active"],
    ]);
    expect(account).toMatchObject({
      account_email: null,
      org_uuid: null,
      source: "file t.json",
      fetched_at: null,
      stale: false,
    });
    expect(account.extra_usage).toMatchObject({
      used: 534.11,
      limit: 550,
      currency: "EUR",
      disabled_reason: "out_of_credits",
    });
    expect(report.source_errors).toEqual(["Claude Code: token rejected"]);
  });

  test("percent order even when a reset_pending window has the highest percent", () => {
    const report = toJsonReport(
      viewOf({
        five_hour: { utilization: 95, resets_at: "2026-11-24T11:48:00Z" },
        seven_day: { utilization: 30, resets_at: "2026-11-29T06:00:00Z" },
      }),
    );
    expect(report.accounts[0].windows.map((w) => [w.key, w.state])).toEqual([
      ["five_hour", "reset_pending"],
      ["seven_day", "active"],
    ]);
  });
});

describe("the forecast weighs on pressure", () => {
  const payload = {
    five_hour: { utilization: 70, resets_at: "2026-11-24T14:00:00Z" },
    seven_day: { utilization: 85, resets_at: "2026-11-29T06:00:00Z" },
  };
  const accounts = mergeSnapshots(snapshotsFromDocument(payload, "file t.json"), { now: NOW, staleAfterMs: 600_000 });
  const id = accounts[0].id;
  const minutesAgo = (m: number) => NOW.getTime() - m * 60_000;
  const resets = (iso: string) => new Date(iso).getTime();
  // Five-hour: 45 %/h over the last 40 min, reaching 100 % in 40 min. Seven-day: flat at 85 %.
  const history = {
    [historyKey(id, "five_hour")]: [40, 30, 20, 10, 0].map((m) => ({
      at: minutesAgo(m),
      percent: 70 - (45 * m) / 60,
      resetsAt: resets("2026-11-24T14:00:00Z"),
    })),
    [historyKey(id, "seven_day")]: [60, 0].map((m) => ({
      at: minutesAgo(m),
      percent: 85,
      resetsAt: resets("2026-11-29T06:00:00Z"),
    })),
  };

  test("without history the 85 % window binds and no window has a forecast", () => {
    const view = buildView(accounts, NOW);
    expect(view.binding?.key).toBe("seven_day");
    expect(view.accounts[0].windows.map((w) => w.forecast.verdict)).toEqual(["insufficient_data", "insufficient_data"]);
  });

  test("a 70 % window hitting 100 % in 40 min outranks an 85 % flat one", () => {
    const view = buildView(accounts, NOW, history);
    expect(view.binding).toMatchObject({ key: "five_hour", forecast: { verdict: "hits_limit" } });
    expect(view.binding?.forecast.limitAt?.toISOString()).toBe("2026-11-24T12:40:00.000Z");
    expect(view.accounts[0].windows.map((w) => w.key)).toEqual(["five_hour", "seven_day"]);
    expect(view.accounts[0].windows[1].forecast.reason).toBe("flat");
  });

  test("pressure counts the pace only up to the reset and only when rising", () => {
    const forecast = buildView(accounts, NOW, history).binding!.forecast;
    expect(pressureOf({ percent: 70, forecast, resetsAt: new Date("2026-11-24T14:00:00Z") }, NOW)).toBeCloseTo(115);
    expect(pressureOf({ percent: 70, forecast, resetsAt: new Date("2026-11-24T12:20:00Z") }, NOW)).toBeCloseTo(85);
    expect(pressureOf({ percent: 70, forecast, resetsAt: null }, NOW)).toBeCloseTo(115);
    const falling = { ...forecast, verdict: "on_pace" as const, ratePerHour: -5 };
    expect(pressureOf({ percent: 70, forecast: falling, resetsAt: null }, NOW)).toBe(70);
  });

  test("a window at the limit still outranks a fast riser", () => {
    const atLimit = { ...payload, seven_day: { utilization: 100, resets_at: "2026-11-29T06:00:00Z" } };
    const view = buildView(
      mergeSnapshots(snapshotsFromDocument(atLimit, "file t.json"), { now: NOW, staleAfterMs: 600_000 }),
      NOW,
      history,
    );
    expect(view.binding).toMatchObject({ key: "seven_day", forecast: { atLimit: true } });
  });
});
