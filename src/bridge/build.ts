/**
 * Bundles the bridge into one file, assets/bridge/bridge.js (`npm run build:bridge`), that plain
 * Node runs with no node_modules: Raycast copies assets/ into the installed extension, and the
 * launchd agent (agent.ts) runs this file with Raycast's own node. Committed because the installed
 * extension has no build step of its own; test/bridge/build.test.ts fails when it drifts.
 */
import { build, type OutputFile } from "esbuild";
import { join, resolve } from "node:path";

export const PROJECT_ROOT = resolve(__dirname, "../..");
export const BRIDGE_BUNDLE = join(PROJECT_ROOT, "assets/bridge/bridge.js");

/** Builds the bundle, or only returns it when `write` is false. */
export async function buildBridge(write: boolean): Promise<OutputFile> {
  const result = await build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: ["src/bridge/main.ts"],
    outfile: BRIDGE_BUNDLE,
    bundle: true,
    write,
    platform: "node",
    format: "cjs",
    // Raycast's runtime (docs/FACTS.md §2).
    target: "node22",
    minify: true,
    legalComments: "eof",
    charset: "utf8",
    banner: { js: "// Built by `npm run build:bridge` from src/bridge — edit the sources, not this file." },
    logLevel: "silent",
  });
  return result.outputFiles?.[0] ?? { path: BRIDGE_BUNDLE, contents: new Uint8Array(), hash: "", text: "" };
}

if (require.main === module) {
  buildBridge(true).then(
    () => console.log(`built ${BRIDGE_BUNDLE}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
