/**
 * `claude-plan-meter`, the package's bin (assets/cli/claude-plan-meter.js): a router, so small that
 * starting it costs next to nothing. A sub-command with a bundle of its own (assets/cli/<name>.js,
 * built from src/cli/<name>/main.ts) runs from that bundle, which holds only what the command needs and
 * wraps nothing in esbuild's lazy init functions; everything else runs from the dispatcher's bundle
 * (assets/cli/main.js, from ./main). Each runs through a code cache (./bundle-loader).
 */
import { join } from "node:path";
import { runBundle } from "./bundle-loader";

interface OwnBundle {
  /** Whether the bundle serves these arguments. */
  serves: (argv: string[]) => boolean;
  /**
   * How many first runs add to its code cache (bundle-loader): enough for its usual paths to be in it
   * whichever comes first.
   */
  runsThatAdd: number;
}

/** The sub-commands with a bundle of their own. */
const OWN_BUNDLE: Record<string, OwnBundle> = {
  // --file and --refresh need the live sources, which the status line's bundle leaves out. Its paths:
  // --print-setting (how it is set up), a line without readings yet, a line.
  statusline: { serves: (argv) => !argv.some((arg) => /^--(file|refresh)(=|$)/.test(arg)), runsThatAdd: 3 },
  // A scan, then refreshes with nothing or little new (its scanning threads never add: addsToCodeCache).
  ledger: { serves: () => true, runsThatAdd: 2 },
};

/** The dispatcher's commands are many and rarely timed: its first runs, whatever they are, make its cache. */
const MAIN_RUNS_THAT_ADD = 3;

const [sub = "", ...rest] = process.argv.slice(2);
const own = Object.hasOwn(OWN_BUNDLE, sub) && OWN_BUNDLE[sub].serves(rest) ? OWN_BUNDLE[sub] : null;
const bundle = join(__dirname, own ? `${sub}.js` : "main.js");
try {
  runBundle(bundle, own?.runsThatAdd ?? MAIN_RUNS_THAT_ADD);
} catch (error) {
  // The bin copied away from its folder: say so in one line rather than with a stack trace.
  if ((error as NodeJS.ErrnoException).path !== bundle) throw error;
  process.stderr.write(`claude-plan-meter: cannot read ${bundle}: the bin runs the bundles beside it in its folder\n`);
  process.exitCode = 1;
}
