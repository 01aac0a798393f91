/**
 * The KeyValueStore the sources keep their small state in (OAuth backoff, last reading, profile),
 * backed by Raycast's Cache: synchronous and on disk, so it survives the short-lived launches of
 * the menu-bar command.
 */
import { Cache } from "@raycast/api";
import type { KeyValueStore } from "../sources/store";

export class CacheStore implements KeyValueStore {
  private readonly cache: Cache;

  constructor(namespace: string) {
    this.cache = new Cache({ namespace });
  }

  get = (key: string) => this.cache.get(key);
  set = (key: string, value: string) => this.cache.set(key, value);
  remove = (key: string) => void this.cache.remove(key);
}

export const SOURCE_STATE_NAMESPACE = "source-state";
