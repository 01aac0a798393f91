/**
 * Builds the companion's scripts in assets/companion from these sources (`npm run build:companion`).
 * The extension is loaded unpacked, so the built files are committed; test/companion/build.test.ts
 * fails when they drift from the sources. config.js stays a separate module so a test-only copy can
 * point the companion at other origins without touching the bundles.
 */
import { build, type BuildOptions, type OutputFile, type Plugin } from "esbuild";
import { join, resolve } from "node:path";

const PROJECT_ROOT = resolve(__dirname, "../..");
export const COMPANION_DIR = join(PROJECT_ROOT, "assets/companion");
const SOURCE_DIR = "src/companion";

const BANNER = "// Built by `npm run build:companion` from src/companion — edit the sources, not this file.";

const configStaysExternal: Plugin = {
  name: "config-stays-external",
  setup(b) {
    b.onResolve({ filter: /^\.\/config$/ }, () => ({ path: "./config.js", external: true }));
  },
};

const common: BuildOptions = {
  absWorkingDir: PROJECT_ROOT,
  outdir: COMPANION_DIR,
  format: "esm",
  platform: "browser",
  target: "chrome120",
  charset: "utf8",
  banner: { js: BANNER },
  logLevel: "silent",
};

/** Builds into assets/companion, or only returns the files when `write` is false. */
export async function buildCompanion(write: boolean): Promise<OutputFile[]> {
  const [scripts, config] = await Promise.all([
    build({
      ...common,
      write,
      bundle: true,
      // zod and date-fns once, in a chunk both scripts import, instead of a copy in each.
      splitting: true,
      chunkNames: "shared",
      entryPoints: [`${SOURCE_DIR}/background.ts`, `${SOURCE_DIR}/popup.ts`],
      plugins: [configStaysExternal],
    }),
    build({ ...common, write, bundle: false, entryPoints: [`${SOURCE_DIR}/config.ts`] }),
  ]);
  return [...(scripts.outputFiles ?? []), ...(config.outputFiles ?? [])];
}

if (require.main === module) {
  buildCompanion(true).then(
    () => console.log(`built ${COMPANION_DIR}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
