/**
 * Mutable state behind the double (cache files, local storage, clipboard, preferences, launch
 * context). One instance per jest module registry, i.e. per test file; `resetRaycastDouble()`
 * in control.ts returns it to a fresh install between tests.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface CacheNamespace {
  entries: Map<string, string>;
  subscribers: Set<(key: string | undefined, data: string | undefined) => void>;
}

export const state = {
  /** Cache contents by namespace; every `new Cache({ namespace })` shares its namespace's entries, as on disk. */
  caches: new Map<string, CacheNamespace>(),
  localStorage: new Map<string, string | number | boolean>(),
  clipboard: undefined as string | undefined,
  preferenceOverrides: {} as Record<string, unknown>,
  /** Created on first use (most tests never touch it) and removed by the next reset. */
  supportPath: undefined as string | undefined,
};

export function cacheNamespace(name: string): CacheNamespace {
  let ns = state.caches.get(name);
  if (!ns) {
    ns = { entries: new Map(), subscribers: new Set() };
    state.caches.set(name, ns);
  }
  return ns;
}

export function supportPath(): string {
  state.supportPath ??= mkdtempSync(join(tmpdir(), "raycast-double-support-"));
  return state.supportPath;
}

export function removeSupportPath(): void {
  if (state.supportPath) rmSync(state.supportPath, { recursive: true, force: true });
  state.supportPath = undefined;
}
