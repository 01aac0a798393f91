/** The shared fixtures (../shared/fixtures beside the project root), read as parsed JSON. */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const FIXTURES_DIR = resolve(__dirname, "../../shared/fixtures");

export function fixturePath(name: string): string {
  return join(FIXTURES_DIR, name);
}

export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(fixturePath(name), "utf8"));
}

/** A fixed instant well before the fixtures' 2030 resets and after their 2026 fetches. */
export const NOW = new Date("2026-11-24T12:00:00Z");
