/**
 * Drives the commands' data from the shared fixtures: replaces the readers the preferences would
 * build (src/hooks/readers.ts) with readers over fixture files, and pins the clock.
 */
import { readSnapshotFile } from "../../src/sources/file";
import type { SourceReader } from "../../src/sources/load";
import { OAUTH_SOURCE_LABEL } from "../../src/sources/oauth";
import { fromWireSnapshot, parseSnapshotArray, type Snapshot } from "../../src/core/snapshot";
import type { WireSnapshot } from "../../src/core/schema";
import * as readers from "../../src/hooks/readers";
import type { Alert } from "../../src/core/alerts";
import { macNotifier } from "../../src/hooks/notifier";
import { fixture, fixturePath, NOW } from "../fixtures";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Fakes Date only, so promises and React's scheduling run normally. */
export function pinClock(now: Date = NOW): void {
  jest.useFakeTimers({
    now,
    doNotFake: [
      "hrtime",
      "nextTick",
      "performance",
      "queueMicrotask",
      "requestAnimationFrame",
      "cancelAnimationFrame",
      "requestIdleCallback",
      "cancelIdleCallback",
      "setImmediate",
      "clearImmediate",
      "setInterval",
      "clearInterval",
      "setTimeout",
      "clearTimeout",
    ],
  });
}

/** Alerts raised by the commands go to this recording double, never to osascript. */
let notifySpy: jest.SpyInstance;
beforeEach(() => {
  notifySpy = jest.spyOn(macNotifier, "notify").mockResolvedValue();
});
afterEach(() => notifySpy.mockRestore());

/** The alerts notified so far in this test; `failWith` makes the next notifications fail. */
export function notifications(failWith?: Error): Alert[] {
  if (failWith) notifySpy.mockRejectedValue(failWith);
  return notifySpy.mock.calls.map(([alert]) => alert as Alert);
}

let readersSpy: jest.SpyInstance | undefined;
afterEach(() => {
  readersSpy?.mockRestore();
  readersSpy = undefined;
});

/** A Claude config dir without logs: a command test never reads the machine's own Claude Code logs. */
const NO_LOGS = mkdtempSync(join(tmpdir(), "cpm-no-logs-"));

/**
 * The commands read from exactly these sources, whatever the preferences say (until the test ends),
 * and no Claude Code logs unless the test then points CLAUDE_CONFIG_DIR at some.
 */
export function useSources(...sources: SourceReader[]): jest.SpyInstance {
  process.env.CLAUDE_CONFIG_DIR = NO_LOGS;
  readersSpy ??= jest.spyOn(readers, "readersFromPreferences");
  return readersSpy.mockClear().mockReturnValue(sources);
}

/** bridge-post.json as the bridge would hand it over: two orgs of one account. */
export function bridgeFixture(name = "bridge-post.json"): SourceReader {
  return {
    source: "bridge",
    sourceLabel: "Browser bridge",
    read: async () => parseSnapshotArray(fixture(name), "bridge"),
  };
}

/** A saved usage payload, read through the file source. */
export function fileFixture(name: string): SourceReader {
  return { source: "file", sourceLabel: `file ${name}`, read: () => readSnapshotFile(fixturePath(name)) };
}

/** A usage payload as one bridge snapshot of ada@example.com, fetched `ageSeconds` before NOW. */
export function bridgeSnapshot(usage: unknown, ageSeconds = 30, extra: Partial<WireSnapshot> = {}): Snapshot {
  return fromWireSnapshot(
    {
      org_uuid: "0b8e7d1c-0000-4000-8000-00000000c001",
      browser: "chrome",
      account_email: "ada@example.com",
      fetched_at: new Date(NOW.getTime() - ageSeconds * 1000).toISOString(),
      usage,
      overage: null,
      subscription: null,
      errors: [],
      ...extra,
    } as WireSnapshot,
    "bridge",
  );
}

export function reader(sourceLabel: string, read: () => Promise<Snapshot[]>): SourceReader {
  return { source: sourceLabel === OAUTH_SOURCE_LABEL ? "oauth" : "bridge", sourceLabel, read };
}

export function failingSource(sourceLabel: string, message: string): SourceReader {
  return reader(sourceLabel, async () => {
    throw new Error(message);
  });
}
