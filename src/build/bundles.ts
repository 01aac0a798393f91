/**
 * Every bundle committed under assets/, and how esbuild builds each from src. They are committed
 * because what ships has no build step and no node_modules: Raycast copies assets/ into the installed
 * extension, the launchd agent (src/bridge/agent.ts) runs assets/bridge/bridge.js with Raycast's own
 * node, the companion folder is loaded unpacked into the browser, and the package's bin is run by
 * plain node. They are not minified so that what ships can be read and reviewed, and each starts with
 * a comment naming its source and the command that rebuilds it. The freshness tests fail, naming that
 * command, when a committed bundle drifts from its sources; jest also builds fresh copies into a temp
 * folder (test/global-setup.ts) so the process tests always run the current sources.
 */
import { build, type BuildOptions, type OutputFile, type Plugin } from "esbuild";
import { chmod, mkdir, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

export const PROJECT_ROOT = resolve(__dirname, "../..");
const ASSETS_DIR = join(PROJECT_ROOT, "assets");

interface Bundle {
  name: "bridge" | "cli" | "companion";
  /** The sources it is built from, as its header names them. */
  source: string;
  /** The command that rebuilds it (and only it). */
  command: string;
  /** Its folder under assets/. */
  dir: string;
  /** The file in its folder run as a command (a bin): written with a shebang and the executable bit. */
  executable: string | null;
  /** esbuild runs into `outDir`; `header` is the comment every output file starts with. */
  builds(outDir: string, header: string): BuildOptions[];
}

/** Bundles that plain node runs, with no node_modules beside them. @internal (tests) */
export interface NodeBundle extends Bundle {
  /** The file in its folder that is run. */
  script: string;
}

const base: BuildOptions = { absWorkingDir: PROJECT_ROOT, bundle: true, charset: "utf8", logLevel: "silent" };

/**
 * The bin's first line. `--max-semi-space-size=1` (MiB) caps only V8's young generation, so short-lived
 * garbage is collected sooner instead of the nursery growing to 16 MiB per half: a cold ledger scan of
 * 300 MB peaks ~25 MiB lower at the same speed. It is not a heap limit — the old generation keeps
 * Node's default ceiling — so a heavy week of logs costs more minor GCs, never an out-of-memory exit.
 * 2 MiB halves would let a ledger refresh with nothing new (~1.6 MiB, Node's own start included) end
 * before its first collection, ~3 ms sooner, but cost the cold scan ~3 MiB of its peak, more than its
 * margin under ccusage's allows; and V8 takes a scanning thread's sizes from these same flags (over a
 * Worker's `resourceLimits`). `env -S` passes the flag (macOS and GNU env both have it). @internal (tests)
 */
export const BIN_SHEBANG = "#!/usr/bin/env -S node --max-semi-space-size=1";

/** One single-file CommonJS script for node, from `entry`, with `banner` as its first lines. */
function nodeScript(entry: string, outfile: string, banner: string): BuildOptions {
  return {
    ...base,
    entryPoints: [entry],
    outfile,
    platform: "node",
    format: "cjs",
    // Raycast runs Node 22; the command line and the tests may run on Node 20, so the syntax stays at 20.
    target: "node20",
    // `import("node:…")` becomes a require: the bin compiles its bundles as scripts (src/cli/bundle-loader.ts),
    // where a real dynamic import would need Node's experimental loader hook.
    supported: { "dynamic-import": false },
    // See asciiOnly.
    charset: "ascii",
    banner: { js: banner },
  };
}

const companionConfigStaysExternal: Plugin = {
  name: "config-stays-external",
  setup(b) {
    b.onResolve({ filter: /^\.\/config$/ }, () => ({ path: "./config.js", external: true }));
  },
};

/** Run by the launchd agent (src/bridge/agent.ts) with Raycast's node. @internal (tests) */
export const BRIDGE: NodeBundle = {
  name: "bridge",
  source: "src/bridge/main.ts",
  command: "npm run build:bridge",
  dir: "bridge",
  script: "bridge.js",
  executable: null,
  builds: (outDir, header) => [nodeScript("src/bridge/main.ts", join(outDir, "bridge.js"), header)],
};

/**
 * Sub-commands of the bin with a bundle of their own, `<name>.js` from src/cli/<name>/main.ts; the
 * bin (src/cli/bin.ts) routes to them. @internal (tests)
 */
export const CLI_COMMAND_BUNDLES = ["statusline", "ledger"] as const;

/**
 * The `claude-plan-meter` bin of package.json (`npm start` runs it too): a small router
 * (src/cli/bin.ts) beside the bundles it runs, the dispatcher's (main.js, from src/cli/main.ts) and
 * those of CLI_COMMAND_BUNDLES. @internal (tests)
 */
export const CLI: NodeBundle = {
  name: "cli",
  source: "src/cli",
  command: "npm run build:cli",
  dir: "cli",
  script: "claude-plan-meter.js",
  executable: "claude-plan-meter.js",
  builds: (outDir, header) => [
    nodeScript("src/cli/bin.ts", join(outDir, "claude-plan-meter.js"), `${BIN_SHEBANG}\n${header}`),
    nodeScript("src/cli/main.ts", join(outDir, "main.js"), header),
    ...CLI_COMMAND_BUNDLES.map((name) => nodeScript(`src/cli/${name}/main.ts`, join(outDir, `${name}.js`), header)),
  ],
};

/**
 * config.js stays a separate module so a test-only copy can point the companion at other origins.
 * @internal (tests)
 */
export const COMPANION: Bundle = {
  name: "companion",
  source: "src/companion",
  command: "npm run build:companion",
  dir: "companion",
  executable: null,
  builds: (outDir, header) => {
    const browser: BuildOptions = {
      ...base,
      outdir: outDir,
      format: "esm",
      platform: "browser",
      target: "chrome120",
      banner: { js: header },
    };
    return [
      {
        ...browser,
        // zod and date-fns once, in a chunk both scripts import, instead of a copy in each.
        splitting: true,
        chunkNames: "shared",
        entryPoints: ["src/companion/background.ts", "src/companion/popup.ts"],
        plugins: [companionConfigStaysExternal],
      },
      { ...browser, bundle: false, entryPoints: ["src/companion/config.ts"] },
    ];
  },
};

export const BUNDLES: readonly Bundle[] = [BRIDGE, CLI, COMPANION];

/** The folder a bundle is built into under `outRoot` (assets/ by default). */
function bundleDir(bundle: Bundle, outRoot = ASSETS_DIR): string {
  return join(outRoot, bundle.dir);
}

/** @internal (tests) */
export const COMPANION_DIR = bundleDir(COMPANION);

/** Where a node bundle's script is when built into `outRoot`. @internal (tests) */
export function scriptPath(bundle: NodeBundle, outRoot = ASSETS_DIR): string {
  return join(bundleDir(bundle, outRoot), bundle.script);
}

/** @internal (tests) */
export function bundleHeader(bundle: Bundle): string {
  return `// Built from ${bundle.source} by \`${bundle.command}\`: edit the sources, not this file.`;
}

/**
 * A node script in ASCII only. One character beyond it anywhere (a "—" in a message) makes node decode
 * the whole file as UTF-8 into a two-byte string at every start: 2.5 ms for the dispatcher's 500 KB
 * against 0.9 ms in ASCII, 0.8 against 0.4 for the status line's, and twice the memory. esbuild's
 * `charset: "ascii"` escapes code; what is left is in comments (the bundled libraries' own), where
 * the same \u escape is only text.
 */
function asciiOnly(file: OutputFile): OutputFile {
  const text = file.text.replace(/[^\0-\x7f]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
  if (text === file.text) return file;
  return { path: file.path, hash: file.hash, text, contents: new TextEncoder().encode(text) };
}

/** Builds one bundle as if into `outRoot/<dir>` (assets/ by default), in memory. @internal (tests) */
export async function buildBundle(bundle: Bundle, outRoot = ASSETS_DIR): Promise<OutputFile[]> {
  const runs = bundle.builds(bundleDir(bundle, outRoot), bundleHeader(bundle));
  const results = await Promise.all(runs.map((options) => build({ ...options, write: false })));
  return results.flatMap((r, i) => (runs[i].charset === "ascii" ? r.outputFiles.map(asciiOnly) : r.outputFiles));
}

/** Builds one bundle and writes it into `outRoot/<dir>`; returns the paths written. */
export async function writeBundle(bundle: Bundle, outRoot = ASSETS_DIR): Promise<string[]> {
  const files = await buildBundle(bundle, outRoot);
  for (const file of files) {
    await mkdir(dirname(file.path), { recursive: true });
    await writeFile(file.path, file.contents);
    // Set after writing: an existing file keeps its mode through writeFile.
    await chmod(file.path, basename(file.path) === bundle.executable ? 0o755 : 0o644);
  }
  return files.map((f) => f.path);
}
