/**
 * One round over the terminal's sources — the fetch path `npm start` and the status line's background
 * refresh share, so both honour the same OAuth backoff and politeness (src/sources/oauth.ts).
 */
import type { SourceOptions } from "./args";
import { bridgeReader } from "../sources/bridge";
import { readSnapshotFile } from "../sources/file";
import { keychainReaderFor } from "../sources/keychain";
import { lastReadingsPath, lastReadingsReader } from "../sources/last-readings";
import { loadSnapshots, type LoadResult, type SourceReader } from "../sources/load";
import { oauthReader } from "../sources/oauth";
import type { KeyValueStore } from "../sources/store";

type CollectOptions = Pick<SourceOptions, "file" | "bridgeUrl" | "bridge" | "oauth" | "keychain">;

/**
 * The live sources the options ask for, plus what Claude Code handed the status line (recorded in the
 * last-readings file): a fresh server reading no request of ours has to repeat.
 */
function liveReaders(options: CollectOptions, store: KeyValueStore): SourceReader[] {
  const readers: SourceReader[] = [lastReadingsReader(lastReadingsPath(), ["statusline"])];
  if (options.bridge) readers.push(bridgeReader({ url: options.bridgeUrl }));
  if (options.oauth) readers.push(oauthReader({ store, keychain: keychainReaderFor(options.keychain) }));
  return readers;
}

export async function collect(options: CollectOptions, store: KeyValueStore): Promise<LoadResult> {
  // --file reads that file and nothing else (docs/FACTS.md §4).
  if (options.file) return { snapshots: await readSnapshotFile(options.file), failures: [] };
  return loadSnapshots(liveReaders(options, store));
}
