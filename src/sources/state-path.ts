/** Where `npm start` keeps its small state (backoff deadline, last reading): one JSON file per user. */
import { join } from "node:path";

const APP_DIR = "claude-plan-meter";

/**
 * The user's home: $HOME, which os.homedir() reads first too. node:os is loaded only without it: it is
 * a module to load for this alone, ~0.4 ms of a status line that Claude Code starts after every message.
 */
export function homeDirectory(env: NodeJS.ProcessEnv = process.env): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return env.HOME || (require("node:os") as typeof import("node:os")).homedir();
}

/** `$XDG_STATE_HOME/…`, else the macOS support dir, else `~/.local/state/…`. */
export function defaultStatePath(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.XDG_STATE_HOME) return join(env.XDG_STATE_HOME, APP_DIR, "state.json");
  const home = homeDirectory(env);
  if (platform === "darwin") return join(home, "Library", "Application Support", APP_DIR, "state.json");
  return join(home, ".local", "state", APP_DIR, "state.json");
}
