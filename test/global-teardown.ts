import { rmSync } from "node:fs";
import { BUNDLES_DIR_ENV, STATE_DIR_ENV } from "./bundles";

export default function globalTeardown(): void {
  for (const name of [BUNDLES_DIR_ENV, STATE_DIR_ENV]) {
    const dir = process.env[name];
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
