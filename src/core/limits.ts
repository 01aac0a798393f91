/**
 * The newer `limits[]` array: model-scoped weekly caps that often have no legacy key and bind first.
 * session → five_hour, weekly_all → seven_day, weekly_scoped → seven_day_<slug of the model/surface>.
 */
import { describeZodError, limitEntrySchema, type WireLimit } from "./usage-schema";
import { printable } from "./text";
import { isKnownWindow, slug, windowLabels } from "./windows";
import type { WindowError, WindowReading } from "./usage";

// A Map, not an object literal: a kind named "constructor" or "__proto__" must not find Object's own members.
const KIND_TO_KEY: ReadonlyMap<string, string> = new Map([
  ["session", "five_hour"],
  ["weekly_all", "seven_day"],
]);

function scopeName(scope: WireLimit["scope"]): string | null {
  if (!scope) return null;
  return printable("model" in scope ? scope.model.display_name : scope.surface.display_name);
}

/** Key and labels for one entry; `known` is false for kinds this version does not understand. */
function identify(entry: WireLimit): Pick<WindowReading, "key" | "label" | "shortLabel" | "known"> | null {
  const mapped = KIND_TO_KEY.get(entry.kind);
  if (mapped) return { key: mapped, ...windowLabels(mapped), known: true };
  const name = scopeName(entry.scope);
  const nameSlug = name ? slug(name) : "";
  if (entry.kind === "weekly_scoped") {
    if (!name || !nameSlug) return null;
    const key = `seven_day_${nameSlug}`;
    const labels = isKnownWindow(key) ? windowLabels(key) : { label: `7-day ${name}`, shortLabel: name };
    return { key, ...labels, known: true };
  }
  const key = [slug(entry.kind), nameSlug].filter(Boolean).join("_");
  if (!key) return null;
  const base = windowLabels(slug(entry.kind));
  return name
    ? { key, label: `${base.label} ${name}`, shortLabel: name, known: false }
    : { key, ...base, known: false };
}

export function parseLimits(raw: unknown): { windows: WindowReading[]; errors: WindowError[] } {
  const windows: WindowReading[] = [];
  const errors: WindowError[] = [];
  if (raw === undefined || raw === null) return { windows, errors };
  if (!Array.isArray(raw)) {
    errors.push({ window: "limits", message: "limits: expected an array" });
    return { windows, errors };
  }
  raw.forEach((item, index) => {
    const parsed = limitEntrySchema.safeParse(item);
    if (!parsed.success) {
      errors.push({ window: `limits[${index}]`, message: describeZodError(parsed.error) });
      return;
    }
    const entry = parsed.data;
    if (entry.percent === null) return;
    const identity = identify(entry);
    if (!identity) {
      errors.push({ window: `limits[${index}]`, message: `${entry.kind}: scope has no usable name` });
      return;
    }
    const resetsAt = entry.resets_at ? new Date(entry.resets_at) : null;
    windows.push({ ...identity, percent: entry.percent, resetsAt });
  });
  return { windows, errors };
}

/**
 * One window per key: the legacy value stands and a limit only fills what it lacks (a missing
 * `resets_at`, or the whole window). Two limits on one key keep the more pressing percent.
 */
export function fillFromLimits(legacy: WindowReading[], limits: WindowReading[]): WindowReading[] {
  if (limits.length === 0) return legacy; // legacy keys are an object's keys: one window each already
  const byKey = new Map(legacy.map((w) => [w.key, w]));
  const fromLimits = new Map<string, WindowReading>();
  for (const limit of limits) {
    const existing = byKey.get(limit.key);
    if (existing) {
      if (existing.resetsAt === null && limit.resetsAt !== null)
        byKey.set(limit.key, { ...existing, resetsAt: limit.resetsAt });
      continue;
    }
    const seen = fromLimits.get(limit.key);
    if (!seen || limit.percent > seen.percent) fromLimits.set(limit.key, limit);
  }
  return [...byKey.values(), ...fromLimits.values()];
}
