import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bindingStat, publicStat, type EntryStat, type StatEntry } from "../../../src/sources/ledger/entry-stat";

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cpm-entry-stat-"));
  mkdirSync(join(dir, "folder"));
  writeFileSync(join(dir, "folder", "log.jsonl"), "x".repeat(1234));
  writeFileSync(join(dir, "empty.jsonl"), "");
  symlinkSync(join(dir, "folder", "log.jsonl"), join(dir, "link.jsonl"));
  symlinkSync(join(dir, "nowhere"), join(dir, "dangling.jsonl"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const paths = () => [
  dir,
  join(dir, "folder"),
  join(dir, "folder", "log.jsonl"),
  join(dir, "empty.jsonl"),
  join(dir, "link.jsonl"),
  join(dir, "dangling.jsonl"),
  join(dir, "missing.jsonl"),
  // A path under a file: ENOTDIR, which statSync throws even with throwIfNoEntry: false.
  join(dir, "empty.jsonl", "below.jsonl"),
  process.execPath,
];

describe("the binding's stat", () => {
  it("is used on this Node, and gives exactly what statSync gives", () => {
    const viaBinding = bindingStat();
    expect(viaBinding).not.toBeNull();
    for (const path of paths()) expect([path, viaBinding!(path)]).toEqual([path, publicStat(path)]);
  });

  it("reads kinds, sizes and identities", () => {
    const stat = bindingStat()!;
    const log = stat(join(dir, "folder", "log.jsonl"));
    expect(log).toMatchObject({ file: true, directory: false, size: 1234 });
    expect(stat(join(dir, "link.jsonl"))).toEqual(log);
    expect(stat(join(dir, "folder"))).toMatchObject({ file: false, directory: true });
    expect(stat(join(dir, "missing.jsonl"))).toBeNull();
    expect(stat(join(dir, "dangling.jsonl"))).toBeNull();
    expect(stat(join(dir, "empty.jsonl", "below.jsonl"))).toBeNull();
    expect(log!.mtimeMs).toBeGreaterThan(Date.parse("2020-01-01"));
  });
});

/** `statEntry` in a fresh module registry, with Node's binding replaced by `binding`. */
function statEntryWith(binding: Record<string, unknown> | null): StatEntry {
  let fresh: StatEntry | undefined;
  jest.isolateModules(() => {
    jest.doMock("../../../src/sources/node-binding", () => ({ nodeBinding: () => binding }));
    fresh = (jest.requireActual("../../../src/sources/ledger/entry-stat") as { statEntry: StatEntry }).statEntry;
  });
  jest.dontMock("../../../src/sources/node-binding");
  return fresh!;
}

describe("statEntry falls back to statSync", () => {
  const file = () => join(dir, "folder", "log.jsonl");
  const expected = (): EntryStat | null => publicStat(file());

  it("when there is no binding", () => {
    expect(statEntryWith(null)(file())).toEqual(expected());
  });

  it("when the binding's layout is not the one read here", () => {
    // Another Node with the fields in another order: the check against statSync refuses it.
    const shuffled = jest.fn((path: string) => {
      const s = publicStat(path)!;
      const values = new Float64Array(18);
      values[1] = s.size;
      values[8] = 0o100644;
      return values;
    });
    const stat = statEntryWith({ stat: shuffled });
    expect(stat(file())).toEqual(expected());
    // Asked once, for the check; every stat after it is statSync's.
    expect(shuffled).toHaveBeenCalledTimes(1);
  });

  it("when the binding throws or answers something else", () => {
    expect(statEntryWith({ stat: () => ({}) })(file())).toEqual(expected());
    expect(
      statEntryWith({
        stat: () => {
          throw new Error("not here");
        },
      })(file()),
    ).toEqual(expected());
  });
});

describe("nodeBinding", () => {
  const { nodeBinding } = jest.requireActual<typeof import("../../../src/sources/node-binding")>(
    "../../../src/sources/node-binding",
  );

  it("is had without --pending-deprecation", () => {
    expect(typeof nodeBinding("fs")?.stat).toBe("function");
  });

  it("is refused under --pending-deprecation, where Node would warn on stderr", () => {
    const before = process.env.NODE_PENDING_DEPRECATION;
    process.env.NODE_PENDING_DEPRECATION = "1";
    try {
      expect(nodeBinding("fs")).toBeNull();
    } finally {
      if (before === undefined) delete process.env.NODE_PENDING_DEPRECATION;
      else process.env.NODE_PENDING_DEPRECATION = before;
    }
  });
});
