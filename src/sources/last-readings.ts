/**
 * The "last readings" file (see src/core/last-readings.ts): beside `npm start`'s state file, so the
 * terminal view, the status line, its background refresh and the Raycast commands (Raycast's Node on
 * the same Mac reads the same path) share it. Read synchronously — it is a few KiB and the status line
 * cannot afford more than a file read — and written atomically (temp file + rename), so a reader
 * never sees half a file and a crash mid-write leaves the previous one.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseLastReadings, recordReadings, serializeLastReadings } from "../core/last-readings";
import type { Snapshot, SourceKind } from "../core/snapshot";
import { writeFileAtomically } from "./atomic-file";
import type { SourceReader } from "./load";
import { defaultStatePath } from "./state-path";

const LAST_READINGS_FILE = "last-readings.json";
/** Its readings are served under their own sources' labels; this names the reader itself. */
const LAST_READINGS_LABEL = "Last readings";

/** `last-readings.json` in the state directory (XDG state dir, or the macOS support dir). */
export function lastReadingsPath(...args: Parameters<typeof defaultStatePath>): string {
  return join(dirname(defaultStatePath(...args)), LAST_READINGS_FILE);
}

/** The recorded readings; a missing, unreadable or foreign file reads as none. */
export function readLastReadings(path: string): Snapshot[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return [];
  }
  try {
    return parseLastReadings(JSON.parse(text));
  } catch {
    return [];
  }
}

/**
 * Records `fresh` (see recordReadings) and returns the file's new readings; throws when it cannot write.
 * @internal (tests)
 */
export function recordLastReadings(path: string, fresh: readonly Snapshot[], now: Date): Snapshot[] {
  const readings = recordReadings(readLastReadings(path), fresh, now);
  writeFileAtomically(path, serializeLastReadings(readings), 0o700);
  return readings;
}

/** Recording is a side effect of showing: a disk that refuses it must never cost the readings shown. */
export function tryRecordLastReadings(path: string, fresh: readonly Snapshot[], now: Date): void {
  try {
    recordLastReadings(path, fresh, now);
  } catch {
    // The next run records again; nothing shown depends on this write.
  }
}

/**
 * The recorded readings of `sources` as a source of their own. The terminal view and the Raycast
 * commands ask it only for what they cannot fetch themselves (the status line's `rate_limits`); the
 * status line, which fetches nothing, for every source it shows.
 */
export function lastReadingsReader(path: string, sources: readonly SourceKind[]): SourceReader {
  return {
    source: "statusline",
    sourceLabel: LAST_READINGS_LABEL,
    read: async () => readLastReadings(path).filter((s) => sources.includes(s.source)),
  };
}
