/**
 * The status line's own bundle (assets/cli/statusline.js): the bin (../bin) runs it for
 * `claude-plan-meter statusline` without --file and --refresh. Bundled on its own, nothing in it is
 * loaded lazily, so esbuild wraps nothing and keeps only the parts of zod the line uses.
 */
import { runAlone } from "../failure";
import { statuslineWith } from "./line";

runAlone("statusline", statuslineWith(null));
