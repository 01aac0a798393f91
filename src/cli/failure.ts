/**
 * How a sub-command ends when it throws, in the dispatcher (main.ts) and in a sub-command bundled on
 * its own (bin.ts): one line on stderr, never a stack trace, and the exit status.
 */
import { InputError } from "../core/errors";
import { UsageError } from "./args";

type Command = (argv: string[]) => Promise<number>;

/** Prints why `sub` (null: the view) failed; resolves to 64 for a bad option (UsageError), else 1. */
export function failed(error: unknown, sub: string | null): number {
  const message =
    error instanceof UsageError
      ? `${error.message} — see ${sub ? `claude-plan-meter ${sub} ` : ""}--help`
      : error instanceof InputError
        ? error.message
        : String(error);
  process.stderr.write(`claude-plan-meter: ${message}\n`);
  return error instanceof UsageError ? 64 : 1;
}

/**
 * The entry of a sub-command's own bundle: the bin loads it for `claude-plan-meter <sub> …`, so its
 * arguments are the process's after the sub-command's name.
 */
export function runAlone(sub: string, command: Command): void {
  void command(process.argv.slice(3))
    .catch((error: unknown) => failed(error, sub))
    .then((code) => {
      process.exitCode = code;
    });
}
