/**
 * The store's side of package.json, checked here because `ray lint` needs the network: the fields the
 * store requires, a source file per command, macOS only, and US English in what a user reads.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..");
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const manifest = JSON.parse(read("package.json"));

test("the store's required fields are there, and the extension is for macOS only", () => {
  for (const field of ["name", "title", "description", "icon", "author", "license"]) {
    expect(typeof manifest[field]).toBe("string");
  }
  expect(manifest.platforms).toEqual(["macOS"]);
  expect(manifest.categories.length).toBeGreaterThan(0);
  expect(existsSync(join(ROOT, "assets", manifest.icon))).toBe(true);
});

test("every command has its source file under src/", () => {
  for (const command of manifest.commands) {
    const files = [`src/${command.name}.tsx`, `src/${command.name}.ts`].filter((f) => existsSync(join(ROOT, f)));
    expect([command.name, files.length]).toEqual([command.name, 1]);
  }
});

// British spellings that have crept into this kind of text before; the store asks for US English.
const BRITISH =
  /\b(colour|behaviour|licence|organis|normalis|humanis|utilis|recognis|favourite|centre|grey|cancelled|labelled|catalogue|analys(e|ed|ing)\b)\w*/gi;

test.each(["package.json", "README.md", "CHANGELOG.md", "assets/companion/popup.html"])(
  "%s is in US English",
  (path) => {
    expect(read(path).match(BRITISH)).toBeNull();
  },
);
