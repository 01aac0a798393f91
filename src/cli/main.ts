/**
 * The dispatcher of `claude-plan-meter`: assets/cli/main.js, built by `npm run build:cli`, which the bin
 * (./bin) runs for every sub-command without a bundle of its own (a development run: `tsx
 * src/cli/main.ts …`). The first argument names a sub-command of COMMANDS; anything else is the usage
 * view (view-command.ts). Every command is imported lazily — esbuild wraps a dynamically imported module
 * and what it imports in init functions — so a run loads only what its command needs.
 *
 * To add a sub-command `foo`: write src/cli/foo/command.ts exporting
 * `fooCommand(argv: string[]): Promise<number>` (argv without "foo"; resolves to the exit status), and add
 * one line to COMMANDS:
 *     foo: () => import("./foo/command").then((m) => m.fooCommand),
 * It is then listed in the view's --help. Throw UsageError (./args) for a bad option (exit 64) and an
 * InputError (../core/errors) for bad input (exit 1); anything else thrown exits 1. Either way one line
 * goes to stderr, never a stack trace (./failure). A command started after every message, as the status
 * line is, gets a bundle of its own: src/cli/foo/main.ts calling `runAlone("foo", fooCommand)`, listed
 * in CLI_COMMAND_BUNDLES (src/build/bundles.ts) and routed to by the bin.
 */
import { failed } from "./failure";

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
    return failed(error, sub);
  }
}

void dispatch(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
