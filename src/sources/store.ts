/**
 * Small synchronous key-value state that must survive between short-lived launches (backoff
 * deadlines, history, alert marks). Raycast passes its `Cache`; the terminal view a JSON file.
 */
import { readFileSync } from "node:fs";
import { writeFileAtomically } from "./atomic-file";

export interface KeyValueStore {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  remove(key: string): void;
}

/** @internal */
export class MemoryStore implements KeyValueStore {
  private readonly values = new Map<string, string>();
  get = (key: string) => this.values.get(key);
  set = (key: string, value: string) => void this.values.set(key, value);
  remove = (key: string) => void this.values.delete(key);
}

/** A JSON object on disk, written atomically (temp + rename); an unreadable file starts empty. */
export class FileStore implements KeyValueStore {
  constructor(private readonly path: string) {}

  private read(): Record<string, string> {
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.path, "utf8"));
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
      return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === "string"));
    } catch {
      return {};
    }
  }

  private write(values: Record<string, string>): void {
    writeFileAtomically(this.path, JSON.stringify(values));
  }

  get = (key: string) => this.read()[key];
  set = (key: string, value: string) => this.write({ ...this.read(), [key]: value });
  remove = (key: string) => {
    const { [key]: _removed, ...rest } = this.read(); // eslint-disable-line @typescript-eslint/no-unused-vars
    this.write(rest);
  };
}

/**
 * A JSON value stored under key, through its parser (zod-backed, tolerant per entry); missing or
 * unreadable JSON gives `empty`: derived state (history, alert marks) is rebuilt, never fatal.
 */
export function readStoredJson<T>(store: KeyValueStore, key: string, parse: (json: unknown) => T, empty: T): T {
  const text = store.get(key);
  if (text === undefined) return empty;
  try {
    return parse(JSON.parse(text));
  } catch {
    return empty;
  }
}
