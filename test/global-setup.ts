/** Builds the node bundles from the current sources once per jest run, into a temp folder (see ./bundles). */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BRIDGE, CLI, writeBundle } from "../src/build/bundles";
import { BUNDLES_DIR_ENV } from "./bundles";

export default async function globalSetup(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "cpm-jest-bundles-"));
  await Promise.all([BRIDGE, CLI].map((bundle) => writeBundle(bundle, dir)));
  // Workers start after this and inherit the environment.
  process.env[BUNDLES_DIR_ENV] = dir;
}
