/**
 * The window catalogue, severity, state and percent display.
 *
 * Scale rule (docs/FACTS.md §1): `utilization` and `percent` are percentage points on both endpoints,
 * may be fractional and may exceed 100. We never rescale: 1 is 1 %, 0.42 is 0.42 %. A fraction
 * heuristic (`u <= 1 → × 100`) would turn a window that has just reset into a false "100 % exhausted".
 */
import { printable } from "./text";

export type Severity = "ok" | "warning" | "critical";
export type WindowState = "active" | "not_started" | "reset_pending";

interface CatalogueEntry {
  label: string;
  shortLabel: string;
}

const KNOWN_WINDOWS: Readonly<Record<string, CatalogueEntry>> = {
  five_hour: { label: "5-hour", shortLabel: "5h" },
  seven_day: { label: "7-day", shortLabel: "7d" },
  seven_day_sonnet: { label: "7-day Sonnet", shortLabel: "Sonnet" },
  seven_day_opus: { label: "7-day Opus", shortLabel: "Opus" },
  seven_day_oauth_apps: { label: "7-day OAuth apps", shortLabel: "OAuth" },
  seven_day_omelette: { label: "7-day Omelette", shortLabel: "Omelette" },
  seven_day_cowork: { label: "7-day Cowork", shortLabel: "Cowork" },
};

/** Keys of the usage payload that are not windows. */
export const NON_WINDOW_KEYS = new Set(["extra_usage", "spend", "limits"]);

export function isKnownWindow(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(KNOWN_WINDOWS, key);
}

const PREFIXES: ReadonlyArray<[string, string, string]> = [
  ["seven_day_", "7-day ", ""],
  ["five_hour_", "5-hour ", "5h "],
];

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Label for any window key; unknown keys are humanised (`seven_day_haiku` → "7-day Haiku"). */
export function windowLabels(key: string): CatalogueEntry {
  if (isKnownWindow(key)) return KNOWN_WINDOWS[key];
  for (const [prefix, label, short] of PREFIXES) {
    if (key.startsWith(prefix) && key.length > prefix.length) {
      const rest = capitalise(printable(key.slice(prefix.length).replace(/_/g, " ")));
      return { label: label + rest, shortLabel: short + rest };
    }
  }
  const human = capitalise(printable(key.replace(/_/g, " ").trim())) || "Unnamed window";
  return { label: human, shortLabel: human };
}

/** `Fable 2.5` → `fable_2_5`: the key fragment for a model or surface display name. */
export function slug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

const WARNING_AT = 80;
export const CRITICAL_AT = 100;

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { ok: 0, warning: 1, critical: 2 };

/** ok < 80 ≤ warning < 100 ≤ critical, from the percent alone. */
export function severityOf(percent: number): Severity {
  if (percent >= CRITICAL_AT) return "critical";
  if (percent >= WARNING_AT) return "warning";
  return "ok";
}

/**
 * not_started: nothing counted yet (0 with no reset clock) — never "resets now".
 * reset_pending: the reading predates its own reset, so its percent is no longer current.
 */
export function stateOf(percent: number, resetsAt: Date | null, now: Date): WindowState {
  if (resetsAt === null) return percent === 0 ? "not_started" : "active";
  return resetsAt.getTime() <= now.getTime() ? "reset_pending" : "active";
}

function trimmed(value: number, decimals: number): string {
  const text = value.toFixed(decimals);
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

/**
 * "0%", "<1%" for (0, 1), otherwise rounded to one decimal ("27.4%", "91%", "104.5%"); `compact`
 * rounds to a whole number (menu bar). A value below 100 never rounds up to a false "100%".
 */
export function formatPercent(percent: number, compact = false): string {
  if (percent === 0) return "0%";
  if (percent > 0 && percent < 1) return "<1%";
  const decimals = compact ? 0 : 1;
  const rounded = Number(percent.toFixed(decimals));
  const shown = percent < CRITICAL_AT && rounded >= CRITICAL_AT ? CRITICAL_AT - 10 ** -decimals : rounded;
  return `${trimmed(shown, decimals)}%`;
}

/** A 20-cell text bar (`██████░░░░…`), capped at full; over 100 % shows full. */
export function progressBar(percent: number, cells = 20): string {
  const filled = Math.max(0, Math.min(cells, Math.round((percent / 100) * cells)));
  const shown = percent > 0 && filled === 0 ? 1 : filled;
  return "█".repeat(shown) + "░".repeat(cells - shown);
}
