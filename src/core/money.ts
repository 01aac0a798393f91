/**
 * Metered extra usage. `spend` carries explicit currency and exponent and is preferred; `extra_usage`
 * amounts are minor units of its currency (cents, but yen have none), currency possibly null or lowercase.
 */
import type { WireExtraUsage, WireMoney, WireOverage, WireSpend } from "./schema";

export interface ExtraUsage {
  enabled: boolean;
  /** Major units (e.g. dollars), or null when the server gave no amount. */
  used: number | null;
  limit: number | null;
  /** Upper-case ISO 4217 code, or null when the server gave none. */
  currency: string | null;
  percent: number | null;
  /** Server reason, e.g. "out_of_credits". */
  disabledReason: string | null;
  outOfCredits: boolean | null;
  disabledUntil: Date | null;
}

const DEFAULT_MINOR_DIGITS = 2;

/** @internal */
export function normaliseCurrency(code: string | null | undefined): string | null {
  const upper = code?.trim().toUpperCase();
  return upper && /^[A-Z]{3}$/.test(upper) ? upper : null;
}

/**
 * Building an Intl.NumberFormat costs far more than formatting with one (it dominated a refresh
 * cycle's CPU time), so one per locale and currency is kept. Keys are bounded: currencies are normalised
 * ISO codes (normaliseCurrency), and a code Intl refuses throws here and is never cached.
 */
const currencyFormats = new Map<string, Intl.NumberFormat>();

function currencyFormat(locale: string | undefined, currency: string): Intl.NumberFormat {
  const key = `${locale ?? ""}|${currency}`;
  let format = currencyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "currency", currency });
    currencyFormats.set(key, format);
  }
  return format;
}

const digitsByCurrency = new Map<string, number>();

/** Minor-unit digits of a currency from Intl (USD 2, JPY 0, KWD 3); 2 when unknown. @internal */
export function minorDigits(currency: string | null): number {
  if (!currency) return DEFAULT_MINOR_DIGITS;
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    try {
      digits = currencyFormat("en", currency).resolvedOptions().maximumFractionDigits ?? DEFAULT_MINOR_DIGITS;
    } catch {
      digits = DEFAULT_MINOR_DIGITS;
    }
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

function fromMinor(amount: number | null | undefined, currency: string | null): number | null {
  if (amount === null || amount === undefined) return null;
  return amount / 10 ** minorDigits(currency);
}

function fromWireMoney(money: WireMoney | null | undefined): number | null {
  return money ? money.amount_minor / 10 ** money.exponent : null;
}

/** "€534.11", "¥1,200"; without a currency a plain number with two decimals. */
export function formatMoney(amount: number, currency: string | null, locale?: string): string {
  if (!currency)
    return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount);
  try {
    return currencyFormat(locale, currency).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}

/** Humanises a server reason code: "out_of_credits" → "Out of credits". */
export function humaniseReason(reason: string): string {
  const words = reason.replace(/_/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function extraUsageFrom(extra: WireExtraUsage | null, spend: WireSpend | null): ExtraUsage | null {
  if (!extra && !spend) return null;
  const base = {
    outOfCredits: extra?.disabled_reason === "out_of_credits" || spend?.disabled_reason === "out_of_credits" || null,
    disabledUntil: null,
  };
  if (spend) {
    return {
      ...base,
      enabled: spend.enabled ?? extra?.is_enabled ?? false,
      used: fromWireMoney(spend.used),
      limit: fromWireMoney(spend.limit),
      currency: normaliseCurrency(spend.used?.currency ?? spend.limit?.currency),
      percent: spend.percent ?? extra?.utilization ?? null,
      disabledReason: spend.disabled_reason ?? extra?.disabled_reason ?? null,
    };
  }
  const wire = extra as WireExtraUsage;
  const currency = normaliseCurrency(wire.currency);
  return {
    ...base,
    enabled: wire.is_enabled,
    used: fromMinor(wire.used_credits, currency),
    limit: fromMinor(wire.monthly_limit, currency),
    currency,
    percent: wire.utilization ?? null,
    disabledReason: wire.disabled_reason ?? null,
  };
}

/** Folds claude.ai's overage endpoint (bridge only) into the usage payload's view of extra usage. */
export function withOverage(extra: ExtraUsage | null, overage: WireOverage | null): ExtraUsage | null {
  if (!overage) return extra;
  const currency = extra?.currency ?? normaliseCurrency(overage.currency);
  return {
    enabled: extra?.enabled ?? overage.is_enabled,
    used: extra?.used ?? fromMinor(overage.used_credits, currency),
    limit: extra?.limit ?? fromMinor(overage.monthly_credit_limit, currency),
    currency,
    percent: extra?.percent ?? null,
    disabledReason: extra?.disabledReason ?? overage.disabled_reason ?? null,
    outOfCredits: overage.out_of_credits ?? extra?.outOfCredits ?? null,
    disabledUntil: overage.disabled_until ? new Date(overage.disabled_until) : null,
  };
}
