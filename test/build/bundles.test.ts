/** Every committed bundle under assets/ (src/build/bundles.ts lists them) against a fresh build of its sources. */
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import type { OutputFile } from "esbuild";
import { BIN_SHEBANG, BUNDLES, buildBundle, bundleHeader, PROJECT_ROOT } from "../../src/build/bundles";

const scripts: Record<string, string> = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")).scripts;

test("npm run build regenerates every bundle, then builds the commands", () => {
  expect(scripts.build).toBe("npm run -s build:bundles && ray build -e dist -o dist");
  expect(scripts["build:bundles"]).toBe("tsx src/build/main.ts");
});

describe.each(BUNDLES.map((b) => [b.name, b.command, b] as const))("the %s bundle (%s)", (_name, _command, bundle) => {
  let built: OutputFile[];
  beforeAll(async () => {
    built = await buildBundle(bundle);
  });

  test("its command is a package.json script that rebuilds just it", () => {
    expect(scripts[bundle.command.replace(/^npm run /, "")]).toBe(`tsx src/build/main.ts ${bundle.name}`);
  });

  test("is committed as its sources build it; if not, the failure names the command to run", () => {
    expect(built.length).toBeGreaterThan(0);
    const stale = built
      .filter((f) => !existsSync(f.path) || readFileSync(f.path, "utf8") !== f.text)
      .map((f) => relative(PROJECT_ROOT, f.path));
    if (stale.length > 0) {
      throw new Error(`${stale.join(", ")}: not what ${bundle.source} builds; run \`${bundle.command}\` and commit`);
    }
  });

  test("is readable: its first comment names its source and command, and it is not minified", () => {
    if (bundle.executable) expect(built.map((f) => basename(f.path))).toContain(bundle.executable);
    for (const file of built) {
      const lines = file.text.split("\n");
      const executable = basename(file.path) === bundle.executable;
      expect(lines[executable ? 1 : 0]).toBe(bundleHeader(bundle));
      expect(bundleHeader(bundle)).toContain(`from ${bundle.source} by \`${bundle.command}\``);
      // Minified output is a few very long lines; esbuild's readable output stays far below this.
      expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(1000);
      if (executable) expect(lines[0]).toBe(BIN_SHEBANG);
      if (existsSync(file.path)) expect(statSync(file.path).mode & 0o111).toBe(executable ? 0o111 : 0);
    }
  });

  // Node decodes a script with one non-ASCII byte as a two-byte string, at every start (asciiOnly).
  if (bundle.name !== "companion") {
    test("is ASCII only, so node reads it as a one-byte string", () => {
      for (const file of built) {
        const path = relative(PROJECT_ROOT, file.path);
        expect([path, file.text.match(/[^\0-\x7f]/u)]).toEqual([path, null]);
      }
    });
  }
});
