import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { buildCompanion, COMPANION_DIR } from "../../src/companion/build";

test("the committed companion scripts are what src/companion builds to (run npm run build:companion)", async () => {
  const built = await buildCompanion(false);
  expect(built.map((f) => relative(COMPANION_DIR, f.path)).sort()).toEqual([
    "background.js",
    "config.js",
    "popup.js",
    "shared.js",
  ]);
  for (const file of built) {
    expect({ file: relative(COMPANION_DIR, file.path), same: readFileSync(file.path, "utf8") === file.text }).toEqual({
      file: relative(COMPANION_DIR, file.path),
      same: true,
    });
  }
  // The scripts never turn server strings into markup.
  const scripts = built.filter((f) => !f.path.endsWith("shared.js")).map((f) => f.text);
  for (const text of scripts) expect(text).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
}, 30_000);
