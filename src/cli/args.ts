/** Command-line options of the terminal view (`npm start -- …`). */
import { parseArgs } from "node:util";

export interface CliOptions {
  json: boolean;
  file: string | null;
  bridgeUrl: string;
  bridge: boolean;
  oauth: boolean;
  keychain: boolean;
  alerts: boolean;
  now: Date | null;
  staleAfterMinutes: number;
  help: boolean;
}

export const DEFAULT_BRIDGE_URL = "http://127.0.0.1:63762";

/** Help lines of the options in SOURCE_OPTIONS. */
export const SOURCE_USAGE = `  --file PATH          read a usage payload or bridge snapshot array (no live sources)
  --bridge URL         bridge to read (default ${DEFAULT_BRIDGE_URL})
  --no-bridge          skip the bridge
  --no-oauth           skip Claude Code's OAuth token
  --keychain           also read Claude Code's token from the macOS Keychain (asks macOS)
  --now ISO            evaluate every time-dependent value as of this instant
  --stale-after MIN    minutes after which data is stale (default 10)`;

export const USAGE = `Usage: npm start -- [options]

  --json               print one JSON document instead of the table
${SOURCE_USAGE}
  --no-alerts          do not print threshold and pace alerts (on stderr, once per reset cycle)
  --help               this text`;

export class UsageError extends Error {}

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
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        ...SOURCE_OPTIONS,
        json: { type: "boolean", default: false },
        "no-alerts": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return {
    json: values.json,
    ...sourceOptions(values),
    alerts: !values["no-alerts"],
    help: values.help,
  };
}

/** The options `npm start` and `statusline` share, as parseArgs hands them over. */
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
  const now = values.now === undefined ? null : new Date(values.now);
  if (now && Number.isNaN(now.getTime())) throw new UsageError(`--now: not an ISO-8601 instant: ${values.now}`);
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
