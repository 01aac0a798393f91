/**
 * `claude-plan-meter statusline` with the live sources, as the dispatcher (../main) runs it: --file
 * and --refresh need them. The line itself is ./line; without --file and --refresh the bin runs it
 * from the status line's own bundle (./main), which leaves these sources out.
 */
import { collect } from "../collect";
import { mergeSnapshots } from "../../core/merge";
import { readSnapshotFile } from "../../sources/file";
import { recordHistory } from "../../sources/history-store";
import { lastReadingsPath, tryRecordLastReadings } from "../../sources/last-readings";
import { defaultStatePath } from "../../sources/state-path";
import { FileStore } from "../../sources/store";
import { refreshLockPath, releaseRefreshLock } from "./refresh";
import { statuslineWith, type LiveSources } from "./line";

const live: LiveSources = {
  fileReadings: async (file) => ({ snapshots: await readSnapshotFile(file), noData: "no windows in the file" }),
  async refreshNow(options) {
    try {
      const store = new FileStore(defaultStatePath());
      const { snapshots } = await collect({ ...options, file: null }, store);
      const now = new Date();
      tryRecordLastReadings(lastReadingsPath(), snapshots, now);
      const accounts = mergeSnapshots(snapshots, { now, staleAfterMs: options.staleAfterMinutes * 60_000 });
      recordHistory(store, accounts, {}, now);
    } finally {
      releaseRefreshLock(refreshLockPath());
    }
  },
};

export const statuslineCommand = statuslineWith(live);
