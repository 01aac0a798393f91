import { defineConfig } from "eslint/config";
import raycastConfig from "@raycast/eslint-config";
import boundaries from "eslint-plugin-boundaries";

/*
 * The layering of docs/ARCHITECTURE.md, checked on every import (resolved to a file, so the spelling
 * of a relative path does not matter): commands → components → hooks → notify → sources → core, and
 * the three programs outside Raycast (bridge, cli, companion) on sources and core only. Whatever
 * `allowed` does not list is refused; a file in a folder not listed here is an error, so a new
 * folder has to take its place in this table first.
 */
const folders = ["core", "sources", "notify", "hooks", "components", "bridge", "cli", "companion", "build"];

const RAYCAST = ["@raycast/api", "@raycast/utils", "react"];
const NODE = "node"; // Node's built-in modules (node:fs, node:path, …)

const allowed = {
  core: ["zod", "date-fns"],
  sources: ["core", NODE, "zod", "date-fns"],
  notify: ["core", "sources"],
  hooks: ["core", "sources", "notify", "bridge", NODE, ...RAYCAST],
  components: ["core", "hooks", ...RAYCAST],
  bridge: ["core", "sources", NODE, "zod"],
  cli: ["core", "sources", "notify", NODE],
  // The browser extension runs in the browser: the pure core and nothing of Node or Raycast.
  companion: ["core", "zod", "date-fns"],
  // Never another command (see `refused`).
  command: ["core", "sources", "notify", "hooks", "components", "bridge", NODE, ...RAYCAST],
  // The build module that writes the committed bundles in assets/ (src/build/bundles.ts lists them).
  build: [NODE, "esbuild"],
};

/** Exceptions inside an allowed folder; these win over `allowed`. */
const refused = {
  // Raycast starts, stops and checks the bridge's agent; the server runs in its own process, never in Raycast.
  command: ["bridge-server"],
  hooks: ["bridge-server"],
};

const FILE_CATEGORIES = ["command", "bridge-server"];

function target(name) {
  if (name === NODE) return { module: { origin: "core" } };
  if (folders.includes(name)) return { element: { type: name } };
  if (FILE_CATEGORIES.includes(name)) return { file: { categories: name } };
  return { module: { origin: "external", source: name } };
}

function source(name) {
  return FILE_CATEGORIES.includes(name) ? { file: { categories: name } } : { element: { type: name } };
}

// The last matching policy decides, so the refusals come after the allowances.
const policies = [
  ...Object.entries(allowed).map(([from, to]) => ({ from: source(from), allow: { to: to.map(target) } })),
  ...Object.entries(refused).map(([from, to]) => ({ from: source(from), disallow: { to: to.map(target) } })),
];

export default defineConfig([
  {
    ignores: [
      "dist/**",
      "coverage/**",
      "node_modules/**",
      "raycast-env.d.ts",
      "artifacts/**",
      "assets/companion/*.js",
      "assets/bridge/*.js",
      "assets/cli/*.js",
    ],
  },
  ...raycastConfig,
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { boundaries },
    settings: {
      "boundaries/elements": folders.map((name) => ({ type: name, pattern: `src/${name}`, partialMatch: false })),
      "boundaries/files": [
        { category: "command", pattern: "src/*.{ts,tsx}" },
        { category: "bridge-server", pattern: "src/bridge/server.ts" },
      ],
      "import/resolver": { node: { extensions: [".ts", ".tsx"] } },
    },
    rules: {
      "boundaries/no-unknown-files": "error",
      "boundaries/dependencies": [
        "error",
        { default: "disallow", checkAllOrigins: true, checkUnknownLocals: true, policies },
      ],
    },
  },
]);
