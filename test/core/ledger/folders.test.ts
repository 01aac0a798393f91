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

test("a listing is kept only when the folder was already old enough for any later change to move its mtime", () => {
  // Two seconds: FAT keeps mtimes to 2 s, HFS+ to 1 s.
  const listedAt = 1_800_000_000_000;
  expect(listingKeepable(listedAt - 2000, listedAt)).toBe(true);
  expect(listingKeepable(listedAt - 1999, listedAt)).toBe(false);
  expect(listingKeepable(listedAt + 60_000, listedAt)).toBe(false);
});
