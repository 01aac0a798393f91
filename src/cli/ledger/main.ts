/**
 * The ledger's own bundle (assets/cli/ledger.js): the bin (../bin) runs it for `claude-plan-meter
 * ledger`. Bundled on its own, nothing in it is loaded lazily, so esbuild wraps nothing.
 */
import { runAlone } from "../failure";
import { ledgerCommand } from "./command";

// The bin's loader asks it at exit (bundle-loader).
export { addsToCodeCache } from "./command";

runAlone("ledger", ledgerCommand);
