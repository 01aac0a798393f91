import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openLogFile } from "../../src/bridge/log-file";
import { tempDir } from "./harness";

test("appends lines; at the cap the file becomes FILE.1 (replacing the older one) and a new file begins", () => {
  const dir = tempDir("cpm-log-");
  const path = join(dir, "bridge.log");
  writeFileSync(path, "from before\n");
  const log = openLogFile(path, 100);
  const lines = Array.from({ length: 12 }, (_, i) => `line ${String(i).padStart(2, "0")} ${"x".repeat(12)}`); // 21 bytes each
  for (const line of lines) log.write(line);
  log.close();
  expect(readdirSync(dir).sort()).toEqual(["bridge.log", "bridge.log.1"]);
  const current = readFileSync(path, "utf8");
  const previous = readFileSync(`${path}.1`, "utf8");
  // 100 bytes hold four lines (the first file: the line from before and four more); lines 0–3 are gone.
  expect(current.split("\n").filter(Boolean)).toEqual(lines.slice(8));
  expect(previous.split("\n").filter(Boolean)).toEqual(lines.slice(4, 8));
  expect(Buffer.byteLength(current)).toBeLessThanOrEqual(100);
  expect(Buffer.byteLength(previous)).toBeLessThanOrEqual(100);
});

test("lines reach the file at the end of the event-loop turn, in order, without waiting for close", async () => {
  const path = join(tempDir("cpm-log-"), "bridge.log");
  const log = openLogFile(path);
  log.write("one");
  log.write("two");
  await new Promise((done) => setImmediate(done));
  expect(readFileSync(path, "utf8")).toBe("one\ntwo\n");
  log.write("three");
  log.close();
  expect(readFileSync(path, "utf8")).toBe("one\ntwo\nthree\n");
});
