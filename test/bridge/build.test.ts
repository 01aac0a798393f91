/** The committed bridge bundle as the launchd agent runs it (its freshness: test/build/bundles.test.ts). */
import { spawn } from "node:child_process";
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BRIDGE, scriptPath } from "../../src/build/bundles";
import { fixture } from "../fixtures";
import { postJson, raw, tempDir } from "./harness";

jest.setTimeout(30_000);

test("the bundle runs under plain node with no node_modules, and never loads @raycast/api", async () => {
  const bundle = scriptPath(BRIDGE);
  expect(readFileSync(bundle, "utf8")).not.toMatch(/@raycast\/api/);
  // A copy far from node_modules: every dependency must be inside the file.
  const script = join(tempDir("cpm-bundle-"), "bridge.js");
  copyFileSync(bundle, script);
  const child = spawn(process.execPath, [script, "--port", "0", "--data-dir", tempDir()], { cwd: tempDir() });
  try {
    const port = await new Promise<number>((done, fail) => {
      let out = "";
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        const match = /listening on http:\/\/127\.0\.0\.1:(\d+)\n/.exec(out);
        if (match) done(Number(match[1]));
      });
      child.once("exit", (code) => fail(new Error(`exited ${code} before listening`)));
    });
    expect((await postJson(port, fixture("bridge-post.json"))).json()).toEqual({ ok: true, accepted: 2, ignored: 0 });
    expect((await raw(port)).json()).toMatchObject({ ok: true, snapshots: 2 });
  } finally {
    child.kill("SIGTERM");
  }
});
