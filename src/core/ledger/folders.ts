/**
 * What each folder under the projects folders held when it was last listed, so that a refresh can
 * stat a folder instead of listing it again. Creating, removing or renaming an entry changes the
 * folder's mtime; appending to a log file does not (its own stat says that). A listing stands in for
 * the folder only while the folder's mtime is the one it was listed at, and only when that mtime was
 * already a clock tick old at the listing: a change in the same tick as the listing would otherwise
 * leave the mtime as it was. A tick is 2 s where the file system keeps whole seconds (HFS+ 1 s, FAT
 * 2 s: an mtime on a whole second), else 100 ms (APFS and ext4 keep nanoseconds, stamped from a
 * kernel clock a few ms coarse).
 */
import * as z from "zod/mini";
import { numbers, sameLengths, stringLists, strings } from "./lists";

/** A folder's subfolders and `*.jsonl` files by name, and its mtime when they were listed. */
export interface FolderListing {
  mtimeMs: number;
  dirs: string[];
  logs: string[];
}

/** Listings by the folder's absolute path. */
export type FolderListings = Record<string, FolderListing>;

const COARSE_TICK_MS = 2000;
const FINE_TICK_MS = 100;

/** Whether a listing taken at `listedAt` (epoch ms) of a folder with this mtime may be kept. */
export const listingKeepable = (mtimeMs: number, listedAt: number): boolean =>
  mtimeMs <= listedAt - (mtimeMs % 1000 === 0 ? COARSE_TICK_MS : FINE_TICK_MS);

const FOLDERS_VERSION = 1;

/** Stored as columns, index for index: a few hundred folders are four lists. */
const Stored = z
  .object({
    version: z.literal(FOLDERS_VERSION),
    path: strings,
    mtimeMs: numbers,
    dirs: stringLists,
    logs: stringLists,
  })
  .check(z.refine(({ path, mtimeMs, dirs, logs }) => sameLengths({ path, mtimeMs, dirs, logs })));

/** The listings in `text`; none when it is missing, unreadable or of another version (every folder is listed again). */
export function parseFolderListings(text: string | null): FolderListings {
  let json: unknown;
  try {
    json = text === null ? undefined : JSON.parse(text);
  } catch {
    return {};
  }
  const parsed = Stored.safeParse(json);
  if (!parsed.success) return {};
  const { path, mtimeMs, dirs, logs } = parsed.data;
  const listings: FolderListings = {};
  path.forEach((p, i) => (listings[p] = { mtimeMs: mtimeMs[i], dirs: dirs[i], logs: logs[i] }));
  return listings;
}

export function serializeFolderListings(listings: FolderListings): string {
  const stored: z.infer<typeof Stored> = { version: FOLDERS_VERSION, path: [], mtimeMs: [], dirs: [], logs: [] };
  for (const [path, l] of Object.entries(listings)) {
    stored.path.push(path);
    stored.mtimeMs.push(l.mtimeMs);
    stored.dirs.push(l.dirs);
    stored.logs.push(l.logs);
  }
  return `${JSON.stringify(stored)}\n`;
}
