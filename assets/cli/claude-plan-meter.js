#!/usr/bin/env -S node --max-semi-space-size=1
// Built from src/cli by `npm run build:cli`: edit the sources, not this file.
"use strict";

// src/cli/bin.ts
var import_node_path4 = require("node:path");

// src/cli/bundle-loader.ts
var import_node_fs2 = require("node:fs");
var import_node_path3 = require("node:path");
var import_node_vm = require("node:vm");

// src/sources/atomic-file.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
function writeFileAtomically(path, data, dirMode) {
  (0, import_node_fs.mkdirSync)((0, import_node_path.dirname)(path), { recursive: true, mode: dirMode });
  const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    (0, import_node_fs.writeFileSync)(temp, data, { mode: 384 });
    (0, import_node_fs.renameSync)(temp, path);
  } catch (error) {
    try {
      (0, import_node_fs.rmSync)(temp, { force: true });
    } catch {
    }
    throw error;
  }
}

// src/sources/state-path.ts
var import_node_path2 = require("node:path");
var APP_DIR = "claude-plan-meter";
function homeDirectory(env = process.env) {
  return env.HOME || require("node:os").homedir();
}
function defaultStatePath(env = process.env, platform = process.platform) {
  if (env.XDG_STATE_HOME) return (0, import_node_path2.join)(env.XDG_STATE_HOME, APP_DIR, "state.json");
  const home = homeDirectory(env);
  if (platform === "darwin") return (0, import_node_path2.join)(home, "Library", "Application Support", APP_DIR, "state.json");
  return (0, import_node_path2.join)(home, ".local", "state", APP_DIR, "state.json");
}

// src/cli/bundle-loader.ts
function readBundle(path) {
  const fd = (0, import_node_fs2.openSync)(path, "r");
  try {
    const { size, mtimeMs } = (0, import_node_fs2.fstatSync)(fd);
    const key = Buffer.from(`${path}\0${size}\0${mtimeMs}\0${process.version}\0${process.arch}
`);
    return { source: (0, import_node_fs2.readFileSync)(fd, "utf8"), key };
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
}
var MAX_RUNS_THAT_ADD = 9;
function readCache(file, key) {
  try {
    const data = (0, import_node_fs2.readFileSync)(file);
    const runs = data[key.length] - 48;
    if (!data.subarray(0, key.length).equals(key) || !(runs >= 1 && runs <= MAX_RUNS_THAT_ADD)) return void 0;
    return { runs, code: data.subarray(key.length + 1) };
  } catch {
    return void 0;
  }
}
function writeCache(file, key, runs, script) {
  try {
    writeFileAtomically(file, Buffer.concat([key, Buffer.from(String(runs)), script.createCachedData()]), 448);
  } catch {
  }
}
function cacheName(path) {
  let flags = 0;
  for (const c of process.execArgv.join(" ")) flags = Math.imul(flags, 31) + c.charCodeAt(0) >>> 0;
  return `${(0, import_node_path3.basename)(path, ".js")}${process.execArgv.length > 0 ? `-${flags.toString(36)}` : ""}.cache`;
}
function runBundle(path, runsThatAdd, cacheDir = (0, import_node_path3.join)((0, import_node_path3.dirname)(defaultStatePath()), "code-cache")) {
  const { source, key } = readBundle(path);
  const file = (0, import_node_path3.join)(cacheDir, cacheName(path));
  const cache = readCache(file, key);
  const script = new import_node_vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, {
    filename: path,
    cachedData: cache?.code
  });
  const runs = cache && !script.cachedDataRejected ? cache.runs : 0;
  const module2 = { exports: {} };
  if (runs < Math.min(runsThatAdd, MAX_RUNS_THAT_ADD))
    process.once("exit", () => {
      if (module2.exports.addsToCodeCache?.() !== false) writeCache(file, key, runs + 1, script);
    });
  script.runInThisContext()(module2.exports, require, module2, path, (0, import_node_path3.dirname)(path));
}

// src/cli/bin.ts
var OWN_BUNDLE = {
  // --file and --refresh need the live sources, which the status line's bundle leaves out. Its paths:
  // --print-setting (how it is set up), a line without readings yet, a line.
  statusline: { serves: (argv) => !argv.some((arg) => /^--(file|refresh)(=|$)/.test(arg)), runsThatAdd: 3 },
  // A scan, then refreshes with nothing or little new (its scanning threads never add: addsToCodeCache).
  ledger: { serves: () => true, runsThatAdd: 2 }
};
var MAIN_RUNS_THAT_ADD = 3;
var [sub = "", ...rest] = process.argv.slice(2);
var own = Object.hasOwn(OWN_BUNDLE, sub) && OWN_BUNDLE[sub].serves(rest) ? OWN_BUNDLE[sub] : null;
var bundle = (0, import_node_path4.join)(__dirname, own ? `${sub}.js` : "main.js");
try {
  runBundle(bundle, own?.runsThatAdd ?? MAIN_RUNS_THAT_ADD);
} catch (error) {
  if (error.path !== bundle) throw error;
  process.stderr.write(`claude-plan-meter: cannot read ${bundle}: the bin runs the bundles beside it in its folder
`);
  process.exitCode = 1;
}
