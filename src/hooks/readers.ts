/**
 * The one place that turns the source preferences into SourceReaders for the Raycast commands
 * (the terminal view has its own in src/cli/main.ts). Each source registers here.
 */
import type { SourceSettings } from "../core/preferences";
import { bridgeReader, localBridgeUrl } from "../sources/bridge";
import { keychainReaderFor } from "../sources/keychain";
import { gatedKeychain, grantKeychainConsent, hasKeychainConsent } from "../sources/keychain-access";
import type { SourceReader } from "../sources/load";
import { oauthReader } from "../sources/oauth";
import type { KeyValueStore } from "../sources/store";
import { CacheStore, SOURCE_STATE_NAMESPACE } from "./cache-store";

/** What a Mac without a login file is told in Raycast (the menu and the list offer the action). */
const RAYCAST_KEYCHAIN_HINT = "on macOS Claude Code keeps it in the Keychain: choose “Connect Claude Code”";

function sourceStateStore(): KeyValueStore {
  return new CacheStore(SOURCE_STATE_NAMESPACE);
}

/** The Keychain may be read: the preference is on, or the user chose "Connect Claude Code" once. */
export function keychainConsent(sources: Pick<SourceSettings, "useKeychain">, store = sourceStateStore()): boolean {
  return sources.useKeychain || hasKeychainConsent(store);
}

export function readersFromPreferences(sources: SourceSettings, store = sourceStateStore()): SourceReader[] {
  const readers: SourceReader[] = [];
  if (sources.useBridge) readers.push(bridgeReader({ url: localBridgeUrl(sources.bridgePort) }));
  if (sources.useOAuth) {
    const keychain = keychainReaderFor(keychainConsent(sources, store));
    readers.push(
      oauthReader({
        store,
        keychain: keychain && gatedKeychain({ store, keychain }),
        keychainHint: RAYCAST_KEYCHAIN_HINT,
      }),
    );
  }
  return readers;
}

/** "Connect Claude Code": the Keychain may be read from now on, by every command and background run. */
export function connectKeychain(store = sourceStateStore()): void {
  grantKeychainConsent(store, new Date());
}
