/**
 * The status line's background refresh: when the recorded readings are older than a minute, one
 * detached `statusline --refresh` is started and the line never waits for it. A lock file keeps it to
 * one at a time; the lock expires on its own after LOCK_TTL_MS, longer than any refresh can take
 * (every request of the round has its own timeout), so a refresh that died never blocks the next.
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { SourceOptions } from "../args";
import { defaultStatePath } from "../../sources/state-path";

/** Readings older than this start a refresh; the OAuth source asks the server at most this often anyway. */
export const REFRESH_AFTER_MS = 60_000;
const LOCK_TTL_MS = 60_000;
const REFRESH_LOCK_FILE = "refresh.lock";

export const refreshLockPath = () => join(dirname(defaultStatePath()), REFRESH_LOCK_FILE);

/** Takes the lock unless a live one is held; false when another refresh is (or was just) running. */
function takeRefreshLock(path: string, now: number = Date.now()): boolean {
  try {
    if (now - statSync(path).mtimeMs < LOCK_TTL_MS) return false;
    rmSync(path, { force: true });
  } catch {
    // No lock yet.
  }
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    writeFileSync(path, String(process.pid), { flag: "wx", mode: 0o600 });
    return true;
  } catch {
    return false; // taken by a concurrent line between the check and the write
  }
}

export const releaseRefreshLock = (path: string) => rmSync(path, { force: true });

/** The flags that choose the sources, passed on to the refresh so it fetches what this line shows. */
function sourceFlags(options: SourceOptions): string[] {
  return [
    ...(options.bridge ? ["--bridge", options.bridgeUrl] : ["--no-bridge"]),
    ...(options.oauth ? [] : ["--no-oauth"]),
    ...(options.keychain ? ["--keychain"] : []),
  ];
}

/**
 * Starts `<this command> --refresh` detached, with no stdio (it outlives the line and prints nothing
 * Claude Code would see). `argv` is what this command was given, so the same node, loader and script
 * run it: the bin bundle (`… claude-plan-meter.js statusline`) or a development entry alike.
 */
export async function startBackgroundRefresh(
  argv: readonly string[],
  options: SourceOptions,
  lockPath: string,
): Promise<boolean> {
  if (!takeRefreshLock(lockPath)) return false;
  const invocation = process.argv.slice(1, process.argv.length - argv.length);
  try {
    // Loaded only when a refresh is due: most lines start none.
    const { spawn } = await import("node:child_process");
    const child = spawn(process.execPath, [...process.execArgv, ...invocation, "--refresh", ...sourceFlags(options)], {
      detached: true,
      stdio: "ignore",
    });
    child.on("error", () => releaseRefreshLock(lockPath));
    child.unref();
    return true;
  } catch {
    releaseRefreshLock(lockPath);
    return false;
  }
}
