/** Options of `claude-plan-meter ledger`. */
import { parseInstant, parseOptions, UsageError } from "../args";

export interface LedgerOptions {
  json: boolean;
  from: Date | null;
  to: Date | null;
  now: Date | null;
  /** Claude config dirs to read instead of `$CLAUDE_CONFIG_DIR` / the defaults; read afresh, no state kept. */
  logs: string | null;
  help: boolean;
}

export const LEDGER_USAGE = `Usage: claude-plan-meter ledger [options]

What Claude Code on this machine spent, from its local logs (~/.claude/projects, ~/.config/claude/projects,
or each <dir>/projects of $CLAUDE_CONFIG_DIR). Without --from/--to: the current 5-hour and 7-day windows
as the last recorded reading places them, else the last 5 h and 7 d.

  --from ISO      start of the span (inclusive instant)
  --to ISO        end of the span (inclusive instant; default now)
  --json          print JSON: one object for --from/--to, else { "five_hour": …, "seven_day": … }
  --logs DIRS     Claude config dirs to read (comma-separated, each with a projects/ folder) instead
                  of the defaults; read afresh, nothing kept
  --now ISO       evaluate as of this instant
  --help          this text

The logs cannot see claude.ai in a browser or other machines, and tokens are not the server's percent.`;

export function parseLedgerArgs(argv: string[]): LedgerOptions {
  const { values } = parseOptions({
    args: argv,
    options: {
      json: { type: "boolean", default: false },
      from: { type: "string" },
      to: { type: "string" },
      now: { type: "string" },
      logs: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const options = {
    json: values.json,
    from: parseInstant("from", values.from),
    to: parseInstant("to", values.to),
    now: parseInstant("now", values.now),
    logs: values.logs ?? null,
    help: values.help,
  };
  if (options.to && !options.from) throw new UsageError("--to needs --from");
  if (options.from && options.to && options.from > options.to) throw new UsageError("--from is after --to");
  return options;
}
