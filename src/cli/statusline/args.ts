/** Options of `claude-plan-meter statusline`. */
import { parseOptions, SOURCE_OPTIONS, SOURCE_USAGE, sourceOptions, UsageError, type SourceOptions } from "../args";
import { DEFAULT_FORMAT, FIELDS, unknownFields } from "../../core/status-line";

export interface StatuslineOptions extends SourceOptions {
  format: string;
  printSetting: boolean;
  /** Fetch from the live sources now and record (what the background refresh runs), then print the line. */
  refresh: boolean;
  help: boolean;
}

const fieldLines = Object.entries(FIELDS)
  .map(([name, what]) => `  {${name}}`.padEnd(23) + what)
  .join("\n");

export const STATUSLINE_USAGE = `Usage: claude-plan-meter statusline [options]

Prints one line for Claude Code's status line from the last recorded readings; never waits on the
network. Reads Claude Code's JSON on stdin: its rate_limits are recorded as a fresh reading. When the
readings are older than a minute, one background refresh is started.

  --format TEMPLATE    what the line says (default "${DEFAULT_FORMAT}")
  --print-setting      print the "statusLine" entry for ~/.claude/settings.json
  --refresh            fetch from the live sources now, record, then print the line
${SOURCE_USAGE}
  --help               this text

Template fields (parts between " · " that come out empty are dropped):
${fieldLines}

NO_COLOR=1 turns colors off.`;

export function parseStatuslineArgs(argv: string[]): StatuslineOptions {
  const { values } = parseOptions({
    args: argv,
    options: {
      ...SOURCE_OPTIONS,
      format: { type: "string", default: DEFAULT_FORMAT },
      "print-setting": { type: "boolean", default: false },
      refresh: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const unknown = unknownFields(values.format);
  if (unknown.length > 0) {
    throw new UsageError(`--format: unknown field ${unknown.map((f) => `{${f}}`).join(", ")} (see --help)`);
  }
  return {
    ...sourceOptions(values),
    format: values.format,
    printSetting: values["print-setting"],
    refresh: values.refresh,
    help: values.help,
  };
}
