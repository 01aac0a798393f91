import { backoffLine, mayPoll, nextState, readState } from "../../src/companion/state";
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
      backoff: { failures: 0, nextTryAt: null },
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
    const older: Partial<typeof state> = { ...state };
    delete older.backoff;
    expect(readState(older)?.backoff).toEqual({ failures: 0, nextTryAt: null });
    expect(readState({ snapshots: "x" })).toBeNull();
  });

  test("a 429 backs scheduled polls off on the escalating ladder, at least Retry-After; a clean poll clears it", () => {
    const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
    const throttled = { error: "claude.ai account: 429", throttle: { retryAfterMs: 0 } };
    const first = nextState(null, throttled, NOW);
    expect(first.backoff).toEqual({ failures: 1, nextTryAt: at(1).toISOString() });
    expect([mayPoll(first, at(0.5)), mayPoll(first, at(1))]).toEqual([false, true]);
    const second = nextState(first, throttled, at(1));
    expect(second.backoff).toEqual({ failures: 2, nextTryAt: at(3).toISOString() });
    const asked = nextState(second, { ...throttled, throttle: { retryAfterMs: 600_000 } }, at(3));
    expect(asked.backoff).toEqual({ failures: 3, nextTryAt: at(13).toISOString() });
    expect(backoffLine(asked, at(3))).toBe("claude.ai asked to slow down (429): next try 12:13 (in 10m)");
    const partial = nextState(
      asked,
      {
        snapshots: [withFiveHour(5)],
        problems: ["Team Org: usage 429"],
        error: null,
        throttle: { retryAfterMs: null },
      },
      at(13),
    );
    expect(partial.backoff.failures).toBe(4);
    const clean = nextState(partial, { snapshots: [withFiveHour(5)], problems: [], error: null }, at(40));
    expect(clean.backoff).toEqual({ failures: 0, nextTryAt: null });
    expect([mayPoll(clean, at(40)), mayPoll(null, NOW), backoffLine(clean, at(40))]).toEqual([true, true, null]);
  });
});
