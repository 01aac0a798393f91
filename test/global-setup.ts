/**
 * Builds the node bundles from the current sources once per jest run, into a temp folder (see ./bundles),
 * and gives the run a state folder of its own.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BRIDGE, CLI, writeBundle } from "../src/build/bundles";
import { BUNDLES_DIR_ENV, STATE_DIR_ENV } from "./bundles";

export default async function globalSetup(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "cpm-jest-bundles-"));
  await Promise.all([BRIDGE, CLI].map((bundle) => writeBundle(bundle, dir)));
  // Workers start after this and inherit the environment.
  process.env[BUNDLES_DIR_ENV] = dir;
  // Commands read the command line's last readings from the state folder (src/sources/state-path.ts):
  // a folder of the run's own, so a status line run on this machine cannot change what a test sees.
  process.env.XDG_STATE_HOME = process.env[STATE_DIR_ENV] = mkdtempSync(join(tmpdir(), "cpm-jest-state-"));
}
