import { extraUsageFrom, formatMoney, minorDigits, normaliseCurrency, withOverage } from "../../src/core/money";
import { parseUsage } from "../../src/core/usage";
import { fixture } from "../fixtures";

const extra = (fields: Record<string, unknown>) =>
  parseUsage({
    extra_usage: {
      is_enabled: true,
      monthly_limit: null,
      used_credits: null,
      utilization: null,
      currency: null,
      ...fields,
    },
  }).extraUsage;

describe("extra_usage amounts are minor units of their currency", () => {
  test.each([
    ["USD", 1234, 5000, 12.34, 50],
    ["usd", 1234, 5000, 12.34, 50],
    ["EUR", 99.5, 1000, 0.995, 10],
    ["JPY", 1200, 5000, 1200, 5000],
    ["KWD", 1500, 10000, 1.5, 10],
    [null, 1234, 5000, 12.34, 50],
  ])("%s %p/%p → %p/%p", (currency, used, limit, usedMajor, limitMajor) => {
    const e = extra({ currency, used_credits: used, monthly_limit: limit });
    expect(e?.used).toBeCloseTo(usedMajor, 6);
    expect(e?.limit).toBeCloseTo(limitMajor, 6);
    expect(e?.currency).toBe(currency ? currency.toUpperCase() : null);
  });

  test.each([
    ["USD", 2],
    ["JPY", 0],
    ["KWD", 3],
    [null, 2],
    ["XYZ", 2],
  ])("minor digits of %s = %p", (currency, digits) => expect(minorDigits(currency)).toBe(digits));

  test.each([
    ["usd", "USD"],
    [" eur ", "EUR"],
    ["", null],
    ["dollars", null],
    [null, null],
  ])("normaliseCurrency(%p) = %p", (input, output) => expect(normaliseCurrency(input)).toBe(output));
});

describe("spend is preferred over extra_usage", () => {
  test("the shared fixture: EUR 534.11 of 550, out of credits", () => {
    expect(parseUsage(fixture("usage-limits-spend.json")).extraUsage).toEqual({
      enabled: false,
      used: 534.11,
      limit: 550,
      currency: "EUR",
      percent: 97,
      disabledReason: "out_of_credits",
      outOfCredits: true,
      disabledUntil: null,
    });
  });

  test("exponent 0 and missing limit", () => {
    const e = extraUsageFrom(null, {
      used: { amount_minor: 1200, currency: "jpy", exponent: 0 },
      limit: null,
      percent: null,
      enabled: true,
      disabled_reason: null,
    });
    expect(e).toMatchObject({
      used: 1200,
      limit: null,
      currency: "JPY",
      enabled: true,
      percent: null,
      outOfCredits: null,
    });
  });

  test("spend percent falls back to extra_usage utilization", () => {
    const e = extraUsageFrom(
      { is_enabled: true, utilization: 12.5 },
      { used: { amount_minor: 100, currency: "USD", exponent: 2 }, enabled: null },
    );
    expect(e).toMatchObject({ percent: 12.5, enabled: true, used: 1 });
  });

  test("neither block → null", () => expect(extraUsageFrom(null, null)).toBeNull());
});

describe("overage folds into extra usage", () => {
  const overage = fixture("overage.json") as Parameters<typeof withOverage>[1];

  test("fills amounts and state when the usage payload has none", () => {
    expect(withOverage(null, overage)).toEqual({
      enabled: true,
      used: 12.34,
      limit: 50,
      currency: "USD",
      percent: null,
      disabledReason: null,
      outOfCredits: false,
      disabledUntil: null,
    });
  });

  test("keeps the usage payload's amounts, adds out_of_credits and disabled_until", () => {
    const base = extra({ currency: "EUR", used_credits: 100, monthly_limit: 200, utilization: 50 });
    const merged = withOverage(base, {
      is_enabled: false,
      out_of_credits: true,
      disabled_until: "2026-12-01T00:00:00Z",
      disabled_reason: "out_of_credits",
    });
    expect(merged).toMatchObject({
      used: 1,
      limit: 2,
      currency: "EUR",
      outOfCredits: true,
      disabledReason: "out_of_credits",
    });
    expect(merged?.disabledUntil?.toISOString()).toBe("2026-12-01T00:00:00.000Z");
  });

  test("no overage leaves extra usage as is", () => {
    const base = extra({ currency: "USD" });
    expect(withOverage(base, null)).toBe(base);
  });
});

test.each([
  [12.34, "USD", "$12.34"],
  [534.11, "EUR", "€534.11"],
  [1200, "JPY", "¥1,200"],
  [12.3, null, "12.30"],
  [5, "QQQ", "QQQ 5.00"],
])("formatMoney(%p, %p) = %s", (amount, currency, text) => {
  expect(formatMoney(amount, currency, "en-US").replace(/\u00a0/g, " ")).toBe(text);
});
