/**
 * The ledger's own bundle (assets/cli/ledger.js): the bin (../bin) runs it for `claude-plan-meter
 * ledger`. Bundled on its own, nothing in it is loaded lazily, so esbuild wraps nothing.
 */
import { runAlone } from "../failure";
import { ledgerCommand } from "./command";

runAlone("ledger", ledgerCommand);
