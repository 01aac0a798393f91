/**
 * `claude-plan-meter`, the package's bin (assets/cli/claude-plan-meter.js): a router, so small that
 * starting it costs next to nothing. A sub-command with a bundle of its own (assets/cli/<name>.js,
 * built from src/cli/<name>/main.ts) runs from that bundle, which holds only what the command needs and
 * wraps nothing in esbuild's lazy init functions; everything else runs from the dispatcher's bundle
 * (assets/cli/main.js, from ./main). Each runs through a code cache (./bundle-loader).
 */
import { join } from "node:path";
import { runBundle } from "./bundle-loader";

/** The sub-commands with a bundle of their own, and whether that bundle serves these arguments. */
const OWN_BUNDLE: Record<string, (argv: string[]) => boolean> = {
  // --file and --refresh need the live sources, which the status line's bundle leaves out.
  statusline: (argv) => !argv.some((arg) => /^--(file|refresh)(=|$)/.test(arg)),
  ledger: () => true,
};

const [sub = "", ...rest] = process.argv.slice(2);
const bundle = join(__dirname, Object.hasOwn(OWN_BUNDLE, sub) && OWN_BUNDLE[sub](rest) ? `${sub}.js` : "main.js");
try {
  runBundle(bundle);
} catch (error) {
  // The bin copied away from its folder: say so in one line rather than with a stack trace.
  if ((error as NodeJS.ErrnoException).path !== bundle) throw error;
  process.stderr.write(`claude-plan-meter: cannot read ${bundle}: the bin runs the bundles beside it in its folder\n`);
  process.exitCode = 1;
}
