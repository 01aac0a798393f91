/**
 * `npm run build:bundles [name…]`: rebuilds the committed bundles under assets/ (all, or those named:
 * bridge, cli, companion). `npm run build` runs it before `ray build`.
 */
import { relative } from "node:path";
import { BUNDLES, PROJECT_ROOT, writeBundle } from "./bundles";

async function main(names: string[]): Promise<void> {
  const unknown = names.filter((n) => !BUNDLES.some((b) => b.name === n));
  if (unknown.length > 0) {
    throw new Error(`unknown bundle ${unknown.join(", ")}; expected ${BUNDLES.map((b) => b.name).join(", ")}`);
  }
  const chosen = names.length > 0 ? BUNDLES.filter((b) => names.includes(b.name)) : BUNDLES;
  for (const bundle of chosen) {
    for (const path of await writeBundle(bundle)) console.log(`built ${relative(PROJECT_ROOT, path)}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
