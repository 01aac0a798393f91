/** Where Claude Code keeps its logs, and every `*.jsonl` under them (subagent sidechains included). */
import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { homedir } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import { decodeProjectFolder } from "../../core/ledger/project";

/**
 * `<dir>/projects` for each dir of `$CLAUDE_CONFIG_DIR` (comma-separated), else `~/.claude/projects`
 * and `~/.config/claude/projects` (docs/FACTS.md §7).
 */
export function projectsFolders(configDirs: string | undefined, home: string = homedir()): string[] {
  const dirs = (configDirs ?? "")
    .split(",")
    .map((d) => d.trim())
    .filter(Boolean);
  const chosen = dirs.length > 0 ? dirs : [join(home, ".claude"), join(home, ".config", "claude")];
  return [...new Set(chosen.map((d) => join(resolve(d), "projects")))];
}

export interface LogFile {
  path: string;
  /** The project path decoded from the folder under `projects/`: the fallback for lines without `cwd`. */
  folderProject: string;
  identity: string;
  size: number;
  mtimeMs: number;
}

async function entries(dir: string): Promise<Dirent[]> {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch {
    // A missing or unreadable folder has no logs; it is not an error (most Macs have one of the two).
    return [];
  }
}

async function visit(root: string, dir: string, entry: Dirent, out: LogFile[]): Promise<void> {
  const path = join(dir, entry.name);
  if (entry.isDirectory()) return walk(root, path, out);
  if (!entry.isFile() || !entry.name.endsWith(".jsonl")) return;
  try {
    const s = await stat(path, { bigint: true });
    const folder = relative(root, path).split(sep)[0];
    out.push({
      path,
      folderProject: decodeProjectFolder(folder),
      identity: `${s.dev}:${s.ino}`,
      size: Number(s.size),
      mtimeMs: Number(s.mtimeMs),
    });
  } catch {
    // Deleted between the listing and the stat: nothing to read.
  }
}

/** A folder's entries side by side: a warm refresh is mostly these stats, so they overlap. */
async function walk(root: string, dir: string, out: LogFile[]): Promise<void> {
  await Promise.all((await entries(dir)).map((entry) => visit(root, dir, entry, out)));
}

/** Every log file under the folders, stat only (no content is read here). */
export async function findLogFiles(roots: readonly string[]): Promise<LogFile[]> {
  const files: LogFile[] = [];
  await Promise.all(roots.map((root) => walk(root, root, files)));
  // A stable order whatever the stats' timing.
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
