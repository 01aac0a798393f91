/**
 * Snapshots as plain JSON and back, for caches that store text (Raycast's Cache behind
 * useCachedPromise). Every Date becomes an ISO string on the way in and is revived by field on
 * the way out; the types make a new Date field a compile error here rather than a string at runtime.
 */
import type { Snapshot } from "./snapshot";

/** T with every Date as its ISO string, recursively: what JSON.stringify makes of it. */
type Jsonified<T> = T extends Date
  ? string
  : T extends Array<infer U>
    ? Jsonified<U>[]
    : T extends object
      ? { [K in keyof T]: Jsonified<T[K]> }
      : T;

export type StoredSnapshot = Jsonified<Snapshot>;

export function storeSnapshots(snapshots: Snapshot[]): StoredSnapshot[] {
  return JSON.parse(JSON.stringify(snapshots)) as StoredSnapshot[];
}

function date(text: string): Date;
function date(text: string | null): Date | null;
function date(text: string | null): Date | null {
  return text === null ? null : new Date(text);
}

export function reviveSnapshots(stored: StoredSnapshot[]): Snapshot[] {
  return stored.map((s) => ({
    ...s,
    fetchedAt: date(s.fetchedAt),
    usage: {
      ...s.usage,
      windows: s.usage.windows.map((w) => ({ ...w, resetsAt: date(w.resetsAt) })),
      extraUsage: s.usage.extraUsage && {
        ...s.usage.extraUsage,
        disabledUntil: date(s.usage.extraUsage.disabledUntil),
      },
    },
  }));
}
