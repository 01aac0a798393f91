/** `ray build -e dist -o dist`, then the size of each command's bundle (dist/*.js). */
import { execFile } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { ROOT } from "./processes";

export async function bundleSizes(): Promise<Record<string, number>> {
  await promisify(execFile)(join(ROOT, "node_modules/.bin/ray"), ["build", "-e", "dist", "-o", "dist"], {
    cwd: ROOT,
    maxBuffer: 16 * 2 ** 20,
  });
  const dist = join(ROOT, "dist");
  return Object.fromEntries(
    readdirSync(dist)
      .filter((name) => name.endsWith(".js"))
      .sort()
      .map((name) => [name.replace(/\.js$/, ""), statSync(join(dist, name)).size]),
  );
}
