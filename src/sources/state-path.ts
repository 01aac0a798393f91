/** Where `npm start` keeps its small state (backoff deadline, last reading): one JSON file per user. */
import { homedir } from "node:os";
import { join } from "node:path";

const APP_DIR = "claude-plan-meter";

/** `$XDG_STATE_HOME/…`, else the macOS support dir, else `~/.local/state/…`. */
export function defaultStatePath(
  env: NodeJS.ProcessEnv = process.env,
  homeDir: string = homedir(),
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.XDG_STATE_HOME) return join(env.XDG_STATE_HOME, APP_DIR, "state.json");
  if (platform === "darwin") return join(homeDir, "Library", "Application Support", APP_DIR, "state.json");
  return join(homeDir, ".local", "state", APP_DIR, "state.json");
}
