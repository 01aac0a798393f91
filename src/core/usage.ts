/**
 * Parses a usage payload (either endpoint) window by window: one malformed window becomes an error
 * for that window and everything else still renders.
 */
import type * as z from "zod/mini";
import {
  describeZodError,
  extraUsageSchema,
  MAX_NESTING,
  nestedDeeperThan,
  spendSchema,
  windowSchema,
} from "./usage-schema";
import { isKnownWindow, NON_WINDOW_KEYS, windowLabels } from "./windows";
import { fillFromLimits, parseLimits } from "./limits";
import { extraUsageFrom, type ExtraUsage } from "./money";

export interface WindowReading {
  key: string;
  label: string;
  shortLabel: string;
  /** Percentage points exactly as the server sent them. */
  percent: number;
  resetsAt: Date | null;
  /** false for a window this version does not know (shown humanised, flagged as new). */
  known: boolean;
}

export interface WindowError {
  window: string;
  message: string;
}

export interface ParsedUsage {
  windows: WindowReading[];
  errors: WindowError[];
  extraUsage: ExtraUsage | null;
}

/** Thrown when the payload as a whole is not a usage object; per-window problems never throw. */
export class UsageShapeError extends Error {}

// Keys that could poison prototypes if ever copied onto a plain object; never treated as windows.
const HOSTILE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describeType(value: unknown): string {
  if (value === null) return "null";
  return Array.isArray(value) ? "an array" : typeof value;
}

/** Unknown keys count as windows only when they look like one; other unknown fields are ignored. */
function looksLikeWindow(value: unknown): boolean {
  return isPlainObject(value) && ("utilization" in value || "resets_at" in value);
}

/** Whether `key` can name a window at all (the payload's other fields, or a key that could poison a prototype). */
const mayBeWindow = (key: string) => !NON_WINDOW_KEYS.has(key) && !HOSTILE_KEYS.has(key);

function readingFrom(key: string, percent: number, resetsAt: Date | null): WindowReading {
  return { key, ...windowLabels(key), percent, resetsAt, known: isKnownWindow(key) };
}

/**
 * Windows already read into numbers and instants (Claude Code's stdin, the last-readings file), as
 * parseUsage reads the same windows from a usage body: labels from the key, one window per key, and
 * no window under a key that names another field.
 */
export function windowsFrom(
  parts: ReadonlyArray<{ key: string; percent: number; resetsAt: Date | null }>,
): WindowReading[] {
  const seen = new Set<string>();
  return parts.flatMap(({ key, percent, resetsAt }) => {
    if (!mayBeWindow(key) || seen.has(key)) return [];
    seen.add(key);
    return [readingFrom(key, percent, resetsAt)];
  });
}

function parseOptional<T>(schema: z.ZodMiniType<T>, key: string, value: unknown, errors: WindowError[]): T | null {
  if (value === null || value === undefined) return null;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  errors.push({ window: key, message: describeZodError(result.error) });
  return null;
}

/** The windows of a usage payload (its legacy keys and `limits`) with their errors. */
export type ParsedWindows = Pick<ParsedUsage, "windows" | "errors">;

/**
 * The windows of a payload already proven a plain object nested at most MAX_NESTING deep, as the
 * bridge's snapshot schema proves: what it records in history, without re-checking the shape or
 * reading the money (parseUsage does both).
 */
export function parseCheckedWindows(raw: Record<string, unknown>): ParsedWindows {
  const readings: WindowReading[] = [];
  const errors: WindowError[] = [];
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    if (!mayBeWindow(key) || value === null || value === undefined) continue;
    if (!isKnownWindow(key) && !looksLikeWindow(value)) continue;
    const wire = parseOptional(windowSchema, key, value, errors);
    if (wire)
      readings.push(readingFrom(key, wire.utilization, wire.resets_at === null ? null : new Date(wire.resets_at)));
  }
  const limits = parseLimits(raw.limits);
  errors.push(...limits.errors);
  return { windows: fillFromLimits(readings, limits.windows), errors };
}

export function parseUsage(raw: unknown): ParsedUsage {
  if (!isPlainObject(raw)) {
    throw new UsageShapeError(`usage payload: expected an object, got ${describeType(raw)}`);
  }
  if (nestedDeeperThan(raw, MAX_NESTING)) {
    throw new UsageShapeError(`usage payload: nested deeper than ${MAX_NESTING} levels`);
  }
  const { windows, errors } = parseCheckedWindows(raw);
  const extra = parseOptional(extraUsageSchema, "extra_usage", raw.extra_usage, errors);
  const spend = parseOptional(spendSchema, "spend", raw.spend, errors);
  return { windows, errors, extraUsage: extraUsageFrom(extra, spend) };
}
