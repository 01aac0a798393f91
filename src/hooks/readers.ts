/**
 * The one place that turns the source preferences into SourceReaders for the Raycast commands
 * (the terminal view has its own in src/cli/main.ts). Each source registers here.
 */
import type { SourceSettings } from "../core/preferences";
import { bridgeReader, localBridgeUrl } from "../sources/bridge";
import { keychainReaderFor } from "../sources/keychain";
import { lastReadingsPath, lastReadingsReader } from "../sources/last-readings";
import type { SourceReader } from "../sources/load";
import { oauthReader } from "../sources/oauth";
import type { KeyValueStore } from "../sources/store";
import { CacheStore, SOURCE_STATE_NAMESPACE } from "./cache-store";

export function readersFromPreferences(
  sources: SourceSettings,
  store: KeyValueStore = new CacheStore(SOURCE_STATE_NAMESPACE),
): SourceReader[] {
  const readers: SourceReader[] = [];
  if (sources.useBridge) readers.push(bridgeReader({ url: localBridgeUrl(sources.bridgePort) }));
  if (sources.useOAuth) {
    readers.push(oauthReader({ store, keychain: keychainReaderFor(sources.useKeychain) }));
  }
  // What Claude Code handed its status line (recorded in the shared last-readings file, which
  // Raycast's Node reads at the same path as the terminal): fresh readings no request repeats. Only
  // beside a live source, so that turning every source off still says so.
  if (readers.length > 0) readers.push(lastReadingsReader(lastReadingsPath(), ["statusline"]));
  return readers;
}
