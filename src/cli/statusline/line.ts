/**
 * `claude-plan-meter statusline`: the line Claude Code shows under its prompt (docs/FACTS.md §8).
 * Started afresh after every assistant message, so this module holds only what the line needs: it
 * reads the last recorded readings, records what Claude Code's stdin carries, and never waits on the
 * network (a refresh runs in the background). The live sources, which only --file and --refresh need,
 * come in as LiveSources from ./command; the status line's own bundle (./main) runs without them.
 * Whatever happens, it prints one line and exits 0 — Claude Code shows nothing for a failing command.
 */
import "../../core/jitless";
import { resolve } from "node:path";
import { UsageError } from "../args";
import { writeOut } from "../write-out";
import { ansi, noColor, plain, type Paint } from "../paint";
import { parseStatuslineArgs, STATUSLINE_USAGE, type StatuslineOptions } from "./args";
import { REFRESH_AFTER_MS, refreshLockPath, startBackgroundRefresh } from "./refresh";
import { readStdin } from "./stdin";
import { judgingClock } from "../../core/clock";
import { recordAccounts } from "../../core/history";
import { changesRecord, claudeCodeAccount, newestFetched, recordReadings } from "../../core/last-readings";
import type { Snapshot, SourceKind } from "../../core/snapshot";
import { parseStatusInput, statusInputSnapshot, type StatusInput } from "../../core/status-input";
import { noDataLine, statusLine } from "../../core/status-line";
import { CLI_BUNDLE_ASSET, statusLineSettingJson } from "../../core/status-setting";
import { buildView } from "../../core/view";
import { mergeSnapshots } from "../../core/merge";
import { loadHistory } from "../../sources/history-store";
import { lastReadingsPath, readLastReadings, tryRecordLastReadings } from "../../sources/last-readings";
import { defaultStatePath } from "../../sources/state-path";
import { FileStore } from "../../sources/store";

/** The sources this line shows: the status line's own readings, and the live sources the options allow. */
function shownSources(options: StatuslineOptions): SourceKind[] {
  return [
    "statusline",
    ...(options.bridge ? (["bridge"] as const) : []),
    ...(options.oauth ? (["oauth"] as const) : []),
  ];
}

interface Readings {
  snapshots: Snapshot[];
  /** Why there is nothing to show, for the "no data — …" line. */
  noData: string;
}

/** The recorded readings with stdin's rate_limits recorded into them (the file is written only on a change). */
async function recordedReadings(
  input: StatusInput,
  options: StatuslineOptions,
  argv: readonly string[],
): Promise<Readings> {
  // A --refresh run never starts another: a failing source would otherwise chain refresh after refresh.
  const mayRefresh = !options.refresh;
  const path = lastReadingsPath();
  const clock = new Date();
  let recorded = readLastReadings(path);
  if (input.windows) {
    const fresh = statusInputSnapshot(input.windows, options.now ?? clock, claudeCodeAccount(recorded));
    const changed = changesRecord(recorded, fresh);
    recorded = recordReadings(recorded, [fresh], options.now ?? clock);
    if (changed) tryRecordLastReadings(path, [fresh], options.now ?? clock);
  }
  const live = shownSources(options).filter((s) => s !== "statusline");
  const fetched = newestFetched(recorded, live);
  // Judged on the real clock, whatever --now says: it is about when to ask the sources again.
  const due =
    mayRefresh && live.length > 0 && (fetched === null || clock.getTime() - fetched.getTime() > REFRESH_AFTER_MS);
  const refreshing = due && (await startBackgroundRefresh(argv, options, refreshLockPath()));
  const sources = shownSources(options);
  return {
    snapshots: recorded.filter((s) => sources.includes(s.source)),
    noData:
      live.length === 0 ? "no source enabled" : refreshing || due ? "fetching in the background" : "no readings yet",
  };
}

/** What only --file and --refresh need: the live sources, left out of the status line's own bundle. */
export interface LiveSources {
  /** --file: that file and nothing else, as in `npm start`. */
  fileReadings(file: string): Promise<Readings>;
  /** --refresh: one round over the live sources, recorded for the next line. */
  refreshNow(options: StatuslineOptions): Promise<void>;
}

function render(readings: Readings, input: StatusInput, options: StatuslineOptions, paint: Paint): string {
  // `--now` moves the evaluation; readings are from the future only when ahead of both it and the real clock.
  const now = options.now ?? new Date();
  const clock = judgingClock(now, new Date());
  const staleAfterMs = options.staleAfterMinutes * 60_000;
  const accounts = mergeSnapshots(readings.snapshots, { now, clock, staleAfterMs });
  // The recorded history plus this moment's readings (not written: the refresh records history).
  const history = options.file ? {} : recordAccounts(loadHistory(new FileStore(defaultStatePath())), accounts, clock);
  const view = buildView(accounts, now, history);
  return (
    statusLine(options.format, { view, paint, staleAfterMs, model: input.model }) ?? noDataLine(readings.noData, paint)
  );
}

/** The bundle this process runs (a development run through tsx points at where the bundle is built). */
function bundlePath(): string {
  const script = resolve(process.argv[1] ?? ".");
  return script.endsWith(".js") ? script : resolve(__dirname, "../../../assets", CLI_BUNDLE_ASSET);
}

async function run(argv: string[], live: LiveSources | null): Promise<string> {
  const options = parseStatuslineArgs(argv);
  if (options.help) return STATUSLINE_USAGE;
  if (options.printSetting) return statusLineSettingJson(process.execPath, bundlePath());
  const paint = noColor() ? plain : ansi;
  if (options.file || options.refresh) {
    // The bin sends these to the full bundle (src/cli/bin.ts); the status line's own bundle run by hand cannot.
    if (!live) throw new Error("--file and --refresh run through claude-plan-meter.js, not the status line's bundle");
    if (options.refresh) await live.refreshNow(options);
    if (options.file) {
      return render(await live.fileReadings(options.file), { model: null, windows: null }, options, paint);
    }
  }
  const input = parseStatusInput(await readStdin());
  return render(await recordedReadings(input, options, argv), input, options, paint);
}

/** The command, with the live sources (./command) or without them (the status line's own bundle). */
export const statuslineWith = (live: LiveSources | null) =>
  async function statuslineCommand(argv: string[]): Promise<number> {
    let line: string;
    try {
      line = await run(argv, live);
    } catch (error) {
      // Claude Code shows stdout only: the reason goes there, as the line, short and on one line.
      const message = error instanceof Error ? error.message : String(error);
      line = `claude-plan-meter: ${error instanceof UsageError ? message : message.split("\n")[0]}`;
    }
    writeOut(`${line}\n`);
    return 0;
  };
