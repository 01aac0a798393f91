/**
 * Imported first by short-lived commands (the status line). zod decides per schema, when the schema
 * is built, whether to compile a fast path on its first parse; a process that parses a handful of
 * values once and exits pays for the compiling and never gains from it. A side effect on zod's global
 * config, hence a module of its own that only such a command imports.
 */
import { config } from "zod/mini";

config({ jitless: true });
