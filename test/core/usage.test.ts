import { parseUsage, UsageShapeError } from "../../src/core/usage";
import { fixture } from "../fixtures";

const byKey = (raw: unknown) => Object.fromEntries(parseUsage(raw).windows.map((w) => [w.key, w]));

describe("parseUsage on the shared fixtures", () => {
  test("OAuth payload: six windows, null window skipped, percents as sent", () => {
    const w = byKey(fixture("usage-oauth-percent.json"));
    expect(Object.keys(w).sort()).toEqual(
      [
        "five_hour",
        "seven_day",
        "seven_day_cowork",
        "seven_day_oauth_apps",
        "seven_day_opus",
        "seven_day_sonnet",
      ].sort(),
    );
    expect(w.seven_day_opus).toMatchObject({ percent: 91, label: "7-day Opus", shortLabel: "Opus", known: true });
    expect(w.seven_day_opus.resetsAt?.toISOString()).toBe("2030-11-28T09:15:00.000Z");
    expect(w.seven_day_cowork).toMatchObject({ percent: 0, resetsAt: null });
  });

  test("small values are never rescaled", () => {
    const w = byKey(fixture("usage-claudeai-small-values.json"));
    expect(w.five_hour.percent).toBe(0.42);
    expect(w.seven_day_opus.percent).toBe(1);
    expect(w.seven_day.percent).toBe(78);
  });

  test("unknown window kept and flagged, malformed window becomes an error, rest renders", () => {
    const parsed = parseUsage(fixture("usage-new-window.json"));
    const keys = parsed.windows.map((w) => w.key);
    expect(keys).toEqual(expect.arrayContaining(["five_hour", "seven_day", "seven_day_haiku"]));
    expect(keys).not.toContain("seven_day_opus");
    expect(parsed.windows.find((w) => w.key === "seven_day_haiku")).toMatchObject({
      known: false,
      label: "7-day Haiku",
    });
    expect(parsed.errors).toEqual([
      { window: "seven_day_opus", message: expect.stringMatching(/^utilization: .*number/) },
    ]);
    expect(parsed.extraUsage).toBeNull();
  });
});

describe("parseUsage edge cases", () => {
  test.each([
    ["an array", [], /expected an object, got an array/],
    ["null", null, /got null/],
    ["a string", "usage", /got string/],
    ["a number", 42, /got number/],
  ])("rejects %s as a whole", (_name, raw, message) => {
    expect(() => parseUsage(raw)).toThrow(UsageShapeError);
    expect(() => parseUsage(raw)).toThrow(message);
  });

  test.each([
    ["string utilization", { utilization: "91%", resets_at: null }, /utilization/],
    ["missing utilization", { resets_at: null }, /utilization/],
    ["unparseable resets_at", { utilization: 5, resets_at: "next tuesday" }, /resets_at: expected an ISO-8601/],
    ["numeric resets_at", { utilization: 5, resets_at: 1234 }, /resets_at/],
    ["window as a number", 42, /expected object/i],
  ])("a known window with %s is an error naming the field", (_name, value, message) => {
    const parsed = parseUsage({ five_hour: value, seven_day: { utilization: 10, resets_at: null } });
    expect(parsed.windows.map((w) => w.key)).toEqual(["seven_day"]);
    expect(parsed.errors[0].window).toBe("five_hour");
    expect(parsed.errors[0].message).toMatch(message);
  });

  test("absent and null windows are skipped, unknown non-window fields ignored", () => {
    const parsed = parseUsage({ five_hour: null, seven_day: undefined, note: "hello", tier: 3, flags: { beta: true } });
    expect(parsed).toEqual({ windows: [], errors: [], extraUsage: null });
  });

  test("unknown key with a broken window shape is reported, not dropped", () => {
    const parsed = parseUsage({ seven_day_design: { utilization: null, resets_at: null } });
    expect(parsed.errors.map((e) => e.window)).toEqual(["seven_day_design"]);
  });

  test("prototype-pollution keys are never windows and pollute nothing", () => {
    const raw = JSON.parse(
      '{"__proto__": {"utilization": 99, "resets_at": null}, "constructor": {"utilization": 1, "resets_at": null}}',
    );
    const parsed = parseUsage(raw);
    expect(parsed.windows).toEqual([]);
    expect(({} as Record<string, unknown>).utilization).toBeUndefined();
  });

  test("values over 100 stay over 100, fractional values stay fractional", () => {
    const w = byKey({
      five_hour: { utilization: 104.5, resets_at: null },
      seven_day: { utilization: 0.01, resets_at: null },
    });
    expect(w.five_hour.percent).toBe(104.5);
    expect(w.seven_day.percent).toBe(0.01);
  });

  test("unknown fields inside a window are dropped, the window kept", () => {
    const w = byKey({ five_hour: { utilization: 5, resets_at: null, tokens: 123 } });
    expect(w.five_hour).toMatchObject({ percent: 5 });
    expect(w.five_hour).not.toHaveProperty("tokens");
  });

  test("a malformed extra_usage is an error, windows still render", () => {
    const parsed = parseUsage({ five_hour: { utilization: 5, resets_at: null }, extra_usage: { is_enabled: "yes" } });
    expect(parsed.windows).toHaveLength(1);
    expect(parsed.errors).toEqual([{ window: "extra_usage", message: expect.stringMatching(/^is_enabled/) }]);
  });
});
