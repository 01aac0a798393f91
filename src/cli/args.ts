/** Command-line options of the terminal view (`claude-plan-meter …`, or `npm start -- …` in a clone). */
import { parseArgs, type ParseArgsConfig } from "node:util";

export interface CliOptions {
  json: boolean;
  file: string | null;
  bridgeUrl: string;
  bridge: boolean;
  oauth: boolean;
  keychain: boolean;
  alerts: boolean;
  now: Date | null;
  /** Claude config dirs whose logs to show under the windows (`--logs`); null for the defaults. */
  logs: string | null;
  /** Read Claude Code's local logs at all (`--no-logs` turns it off). */
  localLogs: boolean;
  staleAfterMinutes: number;
  help: boolean;
}

const DEFAULT_BRIDGE_URL = "http://127.0.0.1:63762";

/** Help lines of the options in SOURCE_OPTIONS, shared with `statusline`. */
export const SOURCE_USAGE = `  --file PATH          read a usage payload or bridge snapshot array (no live sources)
  --bridge URL         bridge to read (default ${DEFAULT_BRIDGE_URL})
  --no-bridge          skip the bridge
  --no-oauth           skip Claude Code's OAuth token
  --keychain           also read Claude Code's token from the macOS Keychain (asks macOS)
  --now ISO            evaluate every time-dependent value as of this instant
  --stale-after MIN    minutes after which data is stale (default 10)`;

/** The view's help; `commands` are the dispatcher's sub-commands (main.ts), each with its own --help. */
export function usage(commands: readonly string[] = []): string {
  const more = commands.map((c) => `\n       claude-plan-meter ${c} [options]     (see claude-plan-meter ${c} --help)`);
  return `Usage: claude-plan-meter [options]     (in a clone: npm start -- [options])${more.join("")}

  --json               print one JSON document instead of the table
${SOURCE_USAGE}
  --no-alerts          do not print threshold and pace alerts (on stderr, once per reset cycle)
  --logs DIRS          Claude config dirs (comma-separated) whose Claude Code logs to show under the
                       windows; live runs read $CLAUDE_CONFIG_DIR or ~/.claude and ~/.config/claude,
                       --file reads logs only with --logs
  --no-logs            do not read Claude Code's local logs
  --help               this text

Exit status:
  0   usage data shown
  1   bad input (an unreadable or invalid --file) or an unexpected error
  2   no usage data from any source (what to do is on stderr)
  64  a bad option`;
}

/** A bad option: exit 64, reported with a pointer to --help. */
export class UsageError extends Error {}

type Parsed<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/**
 * What parseArgs returns when every argument is a long boolean flag that `options` declares (and
 * nothing else is configured), worked out without it: Node loads its parser on first use, which costs
 * the status line, started after every Claude Code message with no option or a few flags, more than
 * all the rest of its option handling. Null for anything else, which parseArgs then handles.
 */
function onlyDeclaredFlags<T extends ParseArgsConfig>({ args, options = {}, ...rest }: T): Parsed<T> | null {
  if (!args || Object.keys(rest).length > 0) return null;
  const values: Record<string, unknown> = Object.create(null);
  for (const arg of args) {
    const option = arg.startsWith("--") && Object.hasOwn(options, arg.slice(2)) ? options[arg.slice(2)] : null;
    if (option?.type !== "boolean" || option.multiple) return null;
    values[arg.slice(2)] = true;
  }
  for (const [name, option] of Object.entries(options)) {
    if (!(name in values) && option.default !== undefined) values[name] = option.default;
  }
  return { values, positionals: [] } as unknown as Parsed<T>;
}

/** parseArgs for every sub-command: an unknown or malformed option is a UsageError. */
export function parseOptions<T extends ParseArgsConfig>(config: T): Parsed<T> {
  try {
    return onlyDeclaredFlags(config) ?? parseArgs(config);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** An optional ISO-8601 instant option; anything else is a UsageError naming the option. */
export function parseInstant(name: string, value: string | undefined): Date | null {
  if (value === undefined) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new UsageError(`--${name}: not an ISO-8601 instant: ${value}`);
  return date;
}

/** parseArgs declarations of the source options, shared with `statusline`. */
export const SOURCE_OPTIONS = {
  file: { type: "string" },
  bridge: { type: "string" },
  "no-bridge": { type: "boolean", default: false },
  "no-oauth": { type: "boolean", default: false },
  keychain: { type: "boolean", default: false },
  now: { type: "string" },
  "stale-after": { type: "string", default: "10" },
} as const;

export function parseCliArgs(argv: string[]): CliOptions {
  const { values } = parseOptions({
    args: argv,
    options: {
      ...SOURCE_OPTIONS,
      json: { type: "boolean", default: false },
      "no-alerts": { type: "boolean", default: false },
      logs: { type: "string" },
      "no-logs": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  return {
    json: values.json,
    ...sourceOptions(values),
    alerts: !values["no-alerts"],
    logs: values.logs ?? null,
    localLogs: !values["no-logs"],
    help: values.help,
  };
}

/** The options `claude-plan-meter` and `statusline` share, as parseArgs hands them over. */
interface SharedValues {
  file?: string;
  bridge?: string;
  "no-bridge": boolean;
  "no-oauth": boolean;
  keychain: boolean;
  now?: string;
  "stale-after": string;
}

export type SourceOptions = Pick<
  CliOptions,
  "file" | "bridgeUrl" | "bridge" | "oauth" | "keychain" | "now" | "staleAfterMinutes"
>;

/** Checks and converts the shared options; a bad value is a UsageError naming the option. */
export function sourceOptions(values: SharedValues): SourceOptions {
  const now = parseInstant("now", values.now);
  const staleAfterMinutes = Number(values["stale-after"]);
  if (!Number.isFinite(staleAfterMinutes) || staleAfterMinutes <= 0) {
    throw new UsageError(`--stale-after: expected a positive number of minutes, got ${values["stale-after"]}`);
  }
  return {
    file: values.file ?? null,
    bridgeUrl: values.bridge ?? process.env.CLAUDE_PLAN_METER_BRIDGE_URL ?? DEFAULT_BRIDGE_URL,
    bridge: !values["no-bridge"],
    oauth: !values["no-oauth"],
    keychain: values.keychain,
    now,
    staleAfterMinutes,
  };
}
