/**
 * The statusline entry bundled as the bin bundles it (esbuild, one file, plain node, no tsx): what
 * the spawn tests and the bench run, so they measure and exercise what Claude Code would start.
 */
import { build } from "esbuild";
import { join, resolve } from "node:path";

export const ROOT = resolve(__dirname, "../..");

const ENTRY = `import { statuslineCommand } from "./src/cli/statusline/command";
statuslineCommand(process.argv.slice(2)).then((code) => { process.exitCode = code; });`;

export async function buildStatuslineBundle(outDir: string): Promise<string> {
  const outfile = join(outDir, "statusline.js");
  await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: "ts", sourcefile: "statusline-entry.ts" },
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    minify: true,
    outfile,
    logLevel: "silent",
  });
  return outfile;
}
