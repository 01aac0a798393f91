/** `npm start`: the terminal view over the same core as the Raycast commands. Runs on any OS. */
import { parseCliArgs, USAGE, UsageError, type CliOptions } from "./args";
import { ansi, NO_SOURCE_HELP, plain, renderTable } from "./table";
import { describeFailures, mergeSnapshots } from "../core/merge";
import { toJsonReport } from "../core/report";
import { buildView } from "../core/view";
import { bridgeReader } from "../sources/bridge";
import { FileSourceError, readSnapshotFile } from "../sources/file";
import type { Snapshot } from "../core/snapshot";
import { loadSnapshots, type SourceReader } from "../sources/load";
import { keychainReaderFor } from "../sources/keychain";
import { oauthReader } from "../sources/oauth";
import { defaultStatePath } from "../sources/state-path";
import { FileStore } from "../sources/store";

/** The live sources the options ask for; the bridge and OAuth readers register here. */
function liveReaders(options: CliOptions): SourceReader[] {
  const readers: SourceReader[] = [];
  if (options.bridge) readers.push(bridgeReader({ url: options.bridgeUrl }));
  if (options.oauth) {
    const store = new FileStore(defaultStatePath());
    readers.push(oauthReader({ store, keychain: keychainReaderFor(options.keychain) }));
  }
  return readers;
}

async function collect(options: CliOptions): Promise<{ snapshots: Snapshot[]; failures: string[] }> {
  // --file reads that file and nothing else (DESIGN.md §4).
  if (options.file) return { snapshots: await readSnapshotFile(options.file), failures: [] };
  const { snapshots, failures } = await loadSnapshots(liveReaders(options));
  return { snapshots, failures: describeFailures(failures) };
}

export async function main(argv: string[]): Promise<number> {
  const options = parseCliArgs(argv);
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const now = options.now ?? new Date();
  const { snapshots, failures } = await collect(options);
  const accounts = mergeSnapshots(snapshots, { now, staleAfterMs: options.staleAfterMinutes * 60_000 });
  const view = buildView(accounts, now);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(toJsonReport(view, failures), null, 2)}\n`);
  } else if (accounts.length > 0) {
    const colour = process.stdout.isTTY && !process.env.NO_COLOR;
    process.stdout.write(`${renderTable(view, failures, colour ? ansi : plain)}\n`);
  }
  if (accounts.length === 0) {
    process.stderr.write(`${[...failures.map((f) => `! ${f}`), NO_SOURCE_HELP].join("\n")}\n`);
    return 2;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Expected failures are one line on stderr, never a stack trace.
    const known = error instanceof UsageError || error instanceof FileSourceError;
    process.stderr.write(`claude-plan-meter: ${known ? (error as Error).message : String(error)}\n`);
    process.exitCode = error instanceof UsageError ? 64 : 1;
  },
);
