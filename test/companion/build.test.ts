/** What the companion's built scripts may do (their freshness: test/build/bundles.test.ts). */
import { relative } from "node:path";
import { buildBundle, COMPANION, COMPANION_DIR } from "../../src/build/bundles";

test("src/companion builds to the four scripts the manifest and popup load, none writing markup", async () => {
  const built = await buildBundle(COMPANION);
  expect(built.map((f) => relative(COMPANION_DIR, f.path)).sort()).toEqual([
    "background.js",
    "config.js",
    "popup.js",
    "shared.js",
  ]);
  // The scripts never turn server strings into markup.
  const scripts = built.filter((f) => !f.path.endsWith("shared.js")).map((f) => f.text);
  for (const text of scripts) expect(text).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
}, 30_000);
