import { BADGE_COLOURS, badgeFor } from "../../src/companion/badge";
import { nextState } from "../../src/companion/state";
import { NOW } from "../fixtures";
import { polled, snapshot, TEAM, twoOrgs, withFiveHour } from "./states";

const text = (percent: number) => badgeFor(polled([withFiveHour(percent)]), NOW).text;
const colour = (percent: number) => badgeFor(polled([withFiveHour(percent)]), NOW).color;

describe("badgeFor", () => {
  test("shows percentage points as the server says them, never rescaled", () => {
    expect([text(0), text(0.42), text(1), text(27.4), text(99.6), text(100), text(104.5)]).toEqual([
      "0%",
      "<1%",
      "1%",
      "27%",
      "99%",
      "100%",
      "105%",
    ]);
  });

  test("green below 80, amber from 80, red from 100; dark text on amber", () => {
    expect(badgeFor(polled([withFiveHour(85)]), NOW).textColor).toBe("#1f1f1f");
    expect(badgeFor(polled([withFiveHour(100)]), NOW).textColor).toBe("#ffffff");
    expect([colour(79.9), colour(80), colour(99.9), colour(100)]).toEqual([
      BADGE_COLOURS.ok,
      BADGE_COLOURS.warning,
      BADGE_COLOURS.warning,
      BADGE_COLOURS.critical,
    ]);
  });

  test("the worst five-hour window of all orgs, with every org's line in the title", () => {
    const badge = badgeFor(twoOrgs(), NOW);
    expect(badge.text).toBe("27%");
    expect(badge.color).toBe(BADGE_COLOURS.ok);
    expect(badge.title.split("\n")).toEqual([
      "Claude Plan Meter",
      "5-hour 27.4% — resets in 1461d 6h (ada@example.com · Ada's Individual Org)",
      "5-hour <1% — resets in 1461d 6h (ada@example.com · Team Org)",
      "updated 40 s ago (Tue 24 Nov, 11:59)",
    ]);
    // The Fable cap at 84 % binds, but the badge is the five-hour number by design.
    expect(badge.text).not.toBe("84%");
  });

  test("a payload with only limits[] still has a five-hour window (session)", () => {
    const usage = { five_hour: null, seven_day: null, limits: [{ kind: "session", percent: 91, resets_at: null }] };
    expect(badgeFor(polled([snapshot(usage)]), NOW)).toMatchObject({ text: "91%", color: BADGE_COLOURS.warning });
  });

  test("a five-hour reading older than its reset is not the worst; none at all shows a dash", () => {
    const past = withFiveHour(99, "2026-11-24T11:00:00Z");
    const current = snapshot({ five_hour: { utilization: 12, resets_at: "2030-11-24T18:42:00Z" } }, TEAM);
    expect(badgeFor(polled([past, current]), NOW).text).toBe("12%");
    const none = badgeFor(polled([snapshot({ five_hour: null, seven_day: { utilization: 5, resets_at: null } })]), NOW);
    expect(none).toMatchObject({ text: "–", color: BADGE_COLOURS.none });
    expect(none.title).toMatch(/^Claude Plan Meter: no 5-hour window in the last reading\nupdated 40 s ago/);
  });

  test("a failure is `!` with the reason; before any poll the title says it is waiting", () => {
    const failed = nextState(twoOrgs(), { error: "bridge not reachable at http://127.0.0.1:63762/snapshots" }, NOW);
    expect(badgeFor(failed, NOW)).toEqual({
      text: "!",
      color: BADGE_COLOURS.critical,
      textColor: "#ffffff",
      title: "Claude Plan Meter: bridge not reachable at http://127.0.0.1:63762/snapshots",
    });
    expect(badgeFor(null, NOW)).toEqual({
      text: "",
      color: BADGE_COLOURS.none,
      textColor: "#ffffff",
      title: "Claude Plan Meter: waiting for the first reading",
    });
  });

  test("orgs that produced no reading are named in the title", () => {
    const badge = badgeFor(polled([withFiveHour(5)], ["Team Org: usage 429"]), NOW);
    expect(badge.title).toContain("\nTeam Org: usage 429\n");
  });

  test("while backing off after a 429 the title says when it asks again", () => {
    const state = nextState(twoOrgs(), { error: "claude.ai account: 429", throttle: { retryAfterMs: null } }, NOW);
    expect(badgeFor(state, NOW).title).toBe(
      "Claude Plan Meter: claude.ai account: 429\nclaude.ai asked to slow down (429): next try 12:01 (in 1m)",
    );
  });
});
