import { NO_BACKOFF, recordFailure } from "../../src/core/backoff";
import { loadBackoff, saveBackoff } from "../../src/sources/backoff";
import { MemoryStore } from "../../src/sources/store";

const NOW = new Date("2026-11-24T12:00:00Z");
const rateLimited = { kind: "rate_limited" as const, message: "rate limited", retryAfterMs: 0, fingerprint: "fp" };

describe("backoff state in the store", () => {
  test("round-trips, and a success removes it", () => {
    const store = new MemoryStore();
    const state = recordFailure(NO_BACKOFF, rateLimited, NOW);
    saveBackoff(store, "k", state);
    expect(loadBackoff(store, "k")).toEqual(state);
    saveBackoff(store, "k", NO_BACKOFF);
    expect(store.get("k")).toBeUndefined();
  });

  test.each(["not json", "{}", JSON.stringify({ ...NO_BACKOFF, failures: 1, nextTryAt: "garbage" })])(
    "unreadable state %p counts as none",
    (text) => {
      const store = new MemoryStore();
      store.set("k", text);
      expect(loadBackoff(store, "k")).toEqual(NO_BACKOFF);
    },
  );
});
