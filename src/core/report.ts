/** The JSON document of `npm start -- --json` (and "Copy as JSON"): the public contract for scripts. */
import type { Forecast } from "./forecast";
import type { LocalAttribution } from "./ledger/attribute";
import { spanJson } from "./ledger/json";
import type { AccountView, UsageView, WindowView } from "./view";

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** Percent per hour to two decimals: a script wants the pace, not floating-point noise. */
const rate = (r: number | null): number | null => (r === null ? null : Math.round(r * 100) / 100);

function forecastJson(f: Forecast) {
  return { verdict: f.verdict, rate_per_hour: rate(f.ratePerHour), limit_at: iso(f.limitAt) };
}

const NONE: LocalAttribution = new Map();

function windowJson(w: WindowView, local: LocalAttribution) {
  const spent = local.get(w);
  return {
    key: w.key,
    label: w.label,
    percent: w.percent,
    resets_at: iso(w.resetsAt),
    severity: w.severity,
    known: w.known,
    state: w.state,
    source: w.sourceLabel,
    fetched_at: iso(w.fetchedAt),
    forecast: forecastJson(w.forecast),
    // What Claude Code on this machine spent in the window's span, from its logs; null when not read.
    local: spent ? spanJson(spent) : null,
  };
}

function accountJson(a: AccountView, local: LocalAttribution) {
  const extra = a.extraUsage;
  return {
    account_email: a.accountEmail,
    org_uuid: a.orgUuid,
    org_name: a.orgName,
    source: [...new Set(a.sources.map((s) => s.sourceLabel))].join(" + "),
    fetched_at: iso(a.fetchedAt),
    stale: a.stale,
    // The contract sorts strictly by percent; the UI order (comparePressure) also weighs state.
    windows: [...a.windows].sort((x, y) => y.percent - x.percent).map((w) => windowJson(w, local)),
    errors: a.errors.map((e) => ({ window: e.window, message: e.message })),
    extra_usage: extra && {
      enabled: extra.enabled,
      used: extra.used,
      limit: extra.limit,
      currency: extra.currency,
      percent: extra.percent,
      disabled_reason: extra.disabledReason,
      out_of_credits: extra.outOfCredits,
      disabled_until: iso(extra.disabledUntil),
    },
    sources: a.sources.map((s) => ({
      source: s.sourceLabel,
      kind: s.source,
      status: s.status,
      fetched_at: iso(s.fetchedAt),
      errors: s.errors,
    })),
  };
}

export function toJsonReport(view: UsageView, failures: string[] = [], local: LocalAttribution = NONE) {
  return {
    generated_at: view.now.toISOString(),
    accounts: view.accounts.map((a) => accountJson(a, local)),
    source_errors: failures,
  };
}
