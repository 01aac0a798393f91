/**
 * `claude-plan-meter`, the package's bin: assets/cli/claude-plan-meter.js, built from this file by
 * `npm run build:cli` and run by plain node (`npm start -- …` runs it too). A dispatcher: the first
 * argument names a sub-command of COMMANDS; anything else is the usage view (view-command.ts). Every
 * command is imported lazily — esbuild wraps a dynamically imported module and what it imports in
 * init functions — so a run loads only what its command needs.
 *
 * To add a sub-command `foo`: write src/cli/foo/command.ts exporting
 * `fooCommand(argv: string[]): Promise<number>` (argv without "foo"; resolves to the exit status), and add
 * one line to COMMANDS:
 *     foo: () => import("./foo/command").then((m) => m.fooCommand),
 * It is then listed in the view's --help. Throw UsageError (./args) for a bad option (exit 64) and an
 * InputError (../core/errors) for bad input (exit 1); anything else thrown exits 1. Either way the
 * dispatcher prints one line on stderr, never a stack trace.
 */
import { InputError } from "../core/errors";
import { UsageError } from "./args";

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  statusline: () => import("./statusline/command").then((m) => m.statuslineCommand),
  ledger: () => import("./ledger/command").then((m) => m.ledgerCommand),
};

/** Runs the command `argv` names and resolves to the exit status; errors become one line on stderr. */
async function dispatch(argv: string[]): Promise<number> {
  const [first = "", ...rest] = argv;
  const sub = Object.hasOwn(COMMANDS, first) ? first : null;
  try {
    if (sub) return await (await COMMANDS[sub]())(rest);
    const { viewCommand } = await import("./view-command");
    return await viewCommand(argv, Object.keys(COMMANDS));
  } catch (error) {
    const message =
      error instanceof UsageError
        ? `${error.message} — see ${sub ? `claude-plan-meter ${sub} ` : ""}--help`
        : error instanceof InputError
          ? error.message
          : String(error);
    process.stderr.write(`claude-plan-meter: ${message}\n`);
    return error instanceof UsageError ? 64 : 1;
  }
}

void dispatch(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
