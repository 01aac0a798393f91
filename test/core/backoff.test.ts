import {
  BACKOFF_LADDER_MS,
  backoffDelayMs,
  formatNextTry,
  mayRequest,
  NO_BACKOFF,
  parseRetryAfter,
  recordFailure,
} from "../../src/core/backoff";

const NOW = new Date("2026-11-24T12:00:00Z");
const MIN = 60_000;
const rateLimited = { kind: "rate_limited" as const, message: "rate limited", retryAfterMs: 0, fingerprint: "fp" };

describe("backoff decisions", () => {
  test("the ladder is 1, 2, 5, 10, 20, 30, 60 min, then stays at 60", () => {
    expect(BACKOFF_LADDER_MS.map((ms) => ms / MIN)).toEqual([1, 2, 5, 10, 20, 30, 60]);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 50].map((n) => backoffDelayMs(n, 0) / MIN)).toEqual([
      1, 2, 5, 10, 20, 30, 60, 60, 60,
    ]);
  });

  test("Retry-After wins when it asks for longer than the floor, capped at a day", () => {
    expect(backoffDelayMs(0, 15 * MIN)).toBe(15 * MIN);
    expect(backoffDelayMs(3, 15 * MIN)).toBe(15 * MIN);
    expect(backoffDelayMs(4, 15 * MIN)).toBe(20 * MIN);
    expect(backoffDelayMs(0, 30 * 24 * 60 * MIN)).toBe(24 * 60 * MIN);
  });

  test("consecutive failures escalate; no request before the deadline", () => {
    let state = NO_BACKOFF;
    let now = NOW;
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      state = recordFailure(state, rateLimited, now);
      const next = state.nextTryAt!;
      waits.push((next.getTime() - now.getTime()) / MIN);
      expect(mayRequest(state, new Date(next.getTime() - 1), "fp")).toBe(false);
      expect(mayRequest(state, next, "fp")).toBe(true);
      now = next;
    }
    expect(waits).toEqual([1, 2, 5, 10, 20, 30, 60, 60]);
  });

  test("a rejected token may be retried at once by a new login, a rate limit may not", () => {
    const rejected = recordFailure(NO_BACKOFF, { ...rateLimited, kind: "rejected" }, NOW);
    expect(mayRequest(rejected, NOW, "fp")).toBe(false);
    expect(mayRequest(rejected, NOW, "new-login")).toBe(true);
    const limited = recordFailure(NO_BACKOFF, rateLimited, NOW);
    expect(mayRequest(limited, NOW, "new-login")).toBe(false);
  });

  test.each([
    [null, null],
    ["", null],
    ["0", 0],
    ["120", 120_000],
    ["Tue, 24 Nov 2026 12:05:00 GMT", 5 * MIN],
    ["Tue, 24 Nov 2026 11:00:00 GMT", 0],
    ["soon", null],
  ])("Retry-After %p → %p ms", (header, ms) => {
    expect(parseRetryAfter(header, NOW)).toBe(ms);
  });

  test("next try in local time, with the countdown", () => {
    expect(formatNextTry(new Date("2026-11-24T12:05:00Z"), NOW)).toBe("12:05 (in 5m)");
    expect(formatNextTry(new Date("2026-11-25T09:00:00Z"), NOW)).toBe("Wed 25 Nov, 09:00 (in 21h)");
  });
});
