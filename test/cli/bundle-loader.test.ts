/** The bin's loader (src/cli/bundle-loader.ts) as a process runs it: a cache written at exit unless the bundle says no. */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { PROJECT_ROOT } from "../../src/build/bundles";

jest.setTimeout(30_000);

/** Runs a bundle whose `addsToCodeCache` export is `exported` (none when undefined); the cache files left. */
async function cachesAfterRun(exported: string | undefined): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "cpm-loader-"));
  const bundle = join(dir, "bundle.js");
  writeFileSync(
    bundle,
    `exports.ran = true;${exported === undefined ? "" : ` module.exports.addsToCodeCache = () => ${exported};`}`,
  );
  const cacheDir = join(dir, "cache");
  const loader = JSON.stringify(join(PROJECT_ROOT, "src/cli/bundle-loader.ts"));
  await promisify(execFile)(
    process.execPath,
    [
      "--import",
      "tsx",
      "-e",
      `require(${loader}).runBundle(${JSON.stringify(bundle)}, 2, ${JSON.stringify(cacheDir)})`,
    ],
    { cwd: PROJECT_ROOT },
  );
  try {
    return readdirSync(cacheDir);
  } catch {
    return [];
  }
}

test("a run adds to the cache unless its bundle's addsToCodeCache says no", async () => {
  const [none, yes, no] = await Promise.all([undefined, "true", "false"].map(cachesAfterRun));
  // Named after the bundle and this node's flags (--import tsx here).
  const cache = [expect.stringMatching(/^bundle-\w+\.cache$/)];
  expect(none).toEqual(cache);
  expect(yes).toEqual(cache);
  expect(no).toEqual([]);
});
