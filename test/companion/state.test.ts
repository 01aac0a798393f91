import { nextState, readState } from "../../src/companion/state";
import { NOW } from "../fixtures";
import { polled, withFiveHour } from "./states";

describe("companion state", () => {
  test("a failed claude.ai read keeps the last snapshots and their time, and records the error", () => {
    const before = polled([withFiveHour(10)], ["Team Org: usage 429"]);
    const after = nextState(before, { error: "not signed in to claude.ai (401)" }, NOW);
    expect(after).toEqual({
      snapshots: before.snapshots,
      lastSuccessAt: before.lastSuccessAt,
      lastAttemptAt: NOW.toISOString(),
      error: "not signed in to claude.ai (401)",
      problems: ["Team Org: usage 429"],
    });
    expect(nextState(null, { error: "x" }, NOW)).toMatchObject({ snapshots: [], lastSuccessAt: null, problems: [] });
  });

  test("a read that reached claude.ai but not the bridge keeps the fresh snapshots and the bridge's error", () => {
    const fresh = [withFiveHour(50)];
    const state = nextState(polled([withFiveHour(10)]), { snapshots: fresh, problems: [], error: "bridge down" }, NOW);
    expect(state).toMatchObject({ snapshots: fresh, lastSuccessAt: NOW.toISOString(), error: "bridge down" });
  });

  test("storage from another version or garbage reads as no state", () => {
    const state = polled([withFiveHour(10)]);
    expect(readState(JSON.parse(JSON.stringify(state)))).toEqual(state);
    expect(readState(undefined)).toBeNull();
    expect(readState({ snapshots: "x" })).toBeNull();
  });
});
