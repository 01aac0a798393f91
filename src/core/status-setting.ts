/**
 * The `statusLine` entry for Claude Code's ~/.claude/settings.json (docs/FACTS.md §8) that runs our
 * bundled command with an absolute node: Claude Code starts it through a shell, with whatever PATH
 * it has, so neither `node` nor the bundle may be looked up.
 */

/** The command-line tool's bin (it runs the status line from its own bundle beside it), under the extension's assets/. */
export const CLI_BUNDLE_ASSET = "cli/claude-plan-meter.js";

/** The bundle inside an installed extension's assets folder (Raycast's environment.assetsPath). */
export const cliBundleIn = (assetsPath: string) => `${assetsPath.replace(/\/+$/, "")}/${CLI_BUNDLE_ASSET}`;

/** POSIX shell quoting: bare when only safe characters, else single quotes (macOS support paths have spaces). */
function shellQuote(text: string): string {
  return /^[\w/.,:@%+=-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

function statusLineSetting(nodePath: string, bundlePath: string) {
  return {
    statusLine: {
      type: "command",
      command: `${shellQuote(nodePath)} ${shellQuote(bundlePath)} statusline`,
      padding: 0,
    },
  };
}

/** The setting as pasted into settings.json. */
export function statusLineSettingJson(nodePath: string, bundlePath: string): string {
  return JSON.stringify(statusLineSetting(nodePath, bundlePath), null, 2);
}
