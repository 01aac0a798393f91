/**
 * Imported first by the statusline command: zod decides per schema, when it is built, whether to
 * compile a fast path on the first parse. A process that parses a handful of values once and exits
 * pays for the compiling and never gains from it, so the status line builds its schemas jitless.
 */
import * as z from "zod";

z.config({ jitless: true });
