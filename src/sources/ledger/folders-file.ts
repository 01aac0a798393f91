/**
 * The folder listings (core/ledger/folders) kept beside the ledger's state: read at the start of a
 * refresh, written again when a listing was added, changed or dropped. Synchronous, like the stats
 * it saves: one small file.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseFolderListings, serializeFolderListings, type FolderListings } from "../../core/ledger/folders";
import { writeFileAtomically } from "../atomic-file";

const LEDGER_FOLDERS_FILE = "ledger-folders.json";

export interface StoredFolders {
  listings: FolderListings;
  /** Never throws: without the file the next run lists every folder. */
  save(next: FolderListings): void;
}

/** The listings kept beside the state file at `statePath`. */
export function openFolderListings(statePath: string): StoredFolders {
  const path = join(dirname(statePath), LEDGER_FOLDERS_FILE);
  let text: string | null = null;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    // None yet, or unreadable: every folder is listed.
  }
  return {
    listings: parseFolderListings(text),
    save(next) {
      try {
        writeFileAtomically(path, serializeFolderListings(next));
      } catch {
        // Not kept: the next run lists every folder again.
      }
    },
  };
}
