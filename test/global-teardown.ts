import { rmSync } from "node:fs";
import { BUNDLES_DIR_ENV } from "./bundles";

export default function globalTeardown(): void {
  const dir = process.env[BUNDLES_DIR_ENV];
  if (dir) rmSync(dir, { recursive: true, force: true });
}
