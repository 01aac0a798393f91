import {
  listingKeepable,
  parseFolderListings,
  serializeFolderListings,
  type FolderListings,
} from "../../../src/core/ledger/folders";

const listings: FolderListings = {
  "/u/.claude/projects": { mtimeMs: 1796025645582.8105, dirs: ["-Users-ada-src-app"], logs: [] },
  "/u/.claude/projects/-Users-ada-src-app": { mtimeMs: 1796025645000, dirs: [], logs: ["s1.jsonl", "s2.jsonl"] },
};

test("listings survive the round trip exactly, fractional mtimes included", () => {
  expect(parseFolderListings(serializeFolderListings(listings))).toEqual(listings);
  expect(parseFolderListings(serializeFolderListings({}))).toEqual({});
});

test("anything else reads as no listings: every folder is listed again", () => {
  const stored = JSON.parse(serializeFolderListings(listings)) as Record<string, unknown[]>;
  for (const text of [
    null,
    "",
    "{",
    "[]",
    JSON.stringify({ ...stored, version: 2 }),
    JSON.stringify({ ...stored, mtimeMs: [1] }),
    JSON.stringify({ ...stored, logs: [[], [3]] }),
    JSON.stringify({ ...stored, dirs: "a" }),
  ]) {
    expect(parseFolderListings(text)).toEqual({});
  }
});

test("a listing is kept only when the folder was already a clock tick old: 2 s for whole-second mtimes, else 100 ms", () => {
  const listedAt = 1_800_000_000_000;
  // Whole seconds: a file system that may keep no finer time (HFS+ 1 s, FAT 2 s).
  expect(listingKeepable(listedAt - 2000, listedAt)).toBe(true);
  expect(listingKeepable(listedAt - 1000, listedAt)).toBe(false);
  // Sub-second mtimes: a file system that keeps them.
  expect(listingKeepable(listedAt - 100.5, listedAt)).toBe(true);
  expect(listingKeepable(listedAt - 99.5, listedAt)).toBe(false);
  expect(listingKeepable(listedAt + 60_000.5, listedAt)).toBe(false);
});
