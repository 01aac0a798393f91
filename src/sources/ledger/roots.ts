/** Where Claude Code keeps its logs, and every `*.jsonl` under them (subagent sidechains included). */
import { readdirSync, statSync, type Dirent } from "node:fs";
import { homedir } from "node:os";
import { join, resolve, sep } from "node:path";
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

function entries(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    // A missing or unreadable folder has no logs; it is not an error (most Macs have one of the two).
    return [];
  }
}

/**
 * Synchronous: a warm refresh is mostly these hundreds of small calls, and through the thread pool
 * each cost a promise and two thread hops, several times the call itself. Paths are joined by hand:
 * the listed names need no normalizing, and path.join's was a tenth of a warm run. `folder` is the
 * entry under the projects folder this one is in (null at its top).
 */
function walk(dir: string, folder: string | null, out: LogFile[]): void {
  for (const entry of entries(dir)) {
    const path = `${dir}${sep}${entry.name}`;
    const project = folder ?? entry.name;
    if (entry.isDirectory()) walk(path, project, out);
    else if (entry.isFile() && entry.name.endsWith(".jsonl")) {
      // Deleted between the listing and the stat: nothing to read.
      const s = statSync(path, { bigint: true, throwIfNoEntry: false });
      if (!s) continue;
      out.push({
        path,
        folderProject: decodeProjectFolder(project),
        identity: `${s.dev}:${s.ino}`,
        size: Number(s.size),
        mtimeMs: Number(s.mtimeMs),
      });
    }
  }
}

/** Every log file under the folders, stat only (no content is read here). */
export function findLogFiles(roots: readonly string[]): LogFile[] {
  const files: LogFile[] = [];
  for (const root of roots) walk(root, null, files);
  // A stable order whatever the listing order.
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
