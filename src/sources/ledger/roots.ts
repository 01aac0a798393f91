/** Where Claude Code keeps its logs, and every `*.jsonl` under them (subagent sidechains included). */
import { readdirSync, type Dirent } from "node:fs";
import { join, resolve, sep } from "node:path";
import { listingKeepable, type FolderListing, type FolderListings } from "../../core/ledger/folders";
import { homeDirectory } from "../state-path";
import { statEntry } from "./entry-stat";

/**
 * `<dir>/projects` for each dir of `$CLAUDE_CONFIG_DIR` (comma-separated), else `~/.claude/projects`
 * and `~/.config/claude/projects` (docs/FACTS.md §7).
 */
export function projectsFolders(configDirs: string | undefined, home: string = homeDirectory()): string[] {
  const dirs = (configDirs ?? "")
    .split(",")
    .map((d) => d.trim())
    .filter(Boolean);
  const chosen = dirs.length > 0 ? dirs : [join(home, ".claude"), join(home, ".config", "claude")];
  return [...new Set(chosen.map((d) => join(resolve(d), "projects")))];
}

/** The projects folders that are not there (or not folders): a mistyped --logs, or no Claude Code here. */
export function missingFolders(roots: readonly string[]): string[] {
  return roots.filter((root) => !statEntry(root)?.directory);
}

export interface LogFile {
  path: string;
  /** The entry under `projects/` it is in: its decoded name is the fallback project of lines without `cwd`. */
  folder: string;
  identity: string;
  size: number;
  mtimeMs: number;
}

/** The folder's entries, or null when it cannot be read (gone since its stat, or not allowed). */
function entries(dir: string): Dirent[] | null {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return null;
  }
}

/** A folder's subfolders and log files, from its listing when the folder is as it was then. */
function listing(dir: string, mtimeMs: number, known: FolderListing | undefined, found: Walk): FolderListing {
  if (known?.mtimeMs === mtimeMs) {
    found.listings[dir] = known;
    found.reused += 1;
    return known;
  }
  const listedAt = Date.now();
  const fresh: FolderListing = { mtimeMs, dirs: [], logs: [] };
  const listed = entries(dir);
  // Unreadable: no logs, not an error; and nothing kept, since a change of permissions leaves the mtime.
  if (listed === null) return fresh;
  for (const entry of listed) {
    if (entry.isDirectory()) fresh.dirs.push(entry.name);
    else if (entry.isFile() && entry.name.endsWith(".jsonl")) fresh.logs.push(entry.name);
  }
  if (listingKeepable(mtimeMs, listedAt)) {
    found.listings[dir] = fresh;
    found.listingsChanged = true;
  }
  return fresh;
}

/**
 * Synchronous: a warm refresh is mostly these hundreds of small calls, and through the thread pool
 * each cost a promise and two thread hops, several times the call itself. Paths are joined by hand:
 * the listed names need no normalizing, and path.join's was a tenth of a warm run. `folder` is the
 * entry under the projects folder this one is in (null at its top). Stats are plain numbers (see
 * ./entry-stat): an inode number above 2^53 (which would lose precision and so might miss a replaced
 * file) is not made by APFS or ext4.
 */
function walk(dir: string, folder: string | null, known: FolderListings, found: Walk): void {
  // Missing (most Macs have one of the two default folders), unreadable or not a folder: no logs, not an error.
  const s = statEntry(dir);
  if (!s?.directory) return;
  const { dirs, logs } = listing(dir, s.mtimeMs, known[dir], found);
  for (const name of logs) {
    const path = `${dir}${sep}${name}`;
    // Deleted since the listing, or not allowed: nothing to read.
    const f = statEntry(path);
    if (!f?.file) continue;
    found.files.push({
      path,
      folder: folder ?? name,
      identity: `${f.dev}:${f.ino}`,
      size: f.size,
      mtimeMs: f.mtimeMs,
    });
  }
  for (const name of dirs) walk(`${dir}${sep}${name}`, folder ?? name, known, found);
}

export interface FoundLogs {
  files: LogFile[];
  /** The listings worth keeping for the next run (see core/ledger/folders). */
  listings: FolderListings;
  /** They differ from the ones given: a listing was added, replaced or dropped. */
  listingsChanged: boolean;
}

/** A walk in progress: also how many of the given listings it used as they were. */
interface Walk extends FoundLogs {
  reused: number;
}

/** Every log file under the folders, stat only (no content is read here); `known` are the last run's listings. */
export function findLogFiles(roots: readonly string[], known: FolderListings = {}): FoundLogs {
  const found: Walk = { files: [], listings: {}, listingsChanged: false, reused: 0 };
  for (const root of roots) walk(root, null, known, found);
  // A stable order whatever the listing order.
  found.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const { files, listings, listingsChanged, reused } = found;
  return { files, listings, listingsChanged: listingsChanged || reused !== Object.keys(known).length };
}
