/**
 * `claude-plan-meter [options]` (and `npm start -- [options]`): the terminal view over the same core as
 * the Raycast commands, a table or one JSON document. Runs on any OS. Errors are thrown for the
 * dispatcher (main.ts) to report.
 */
import { parseCliArgs, usage, type CliOptions } from "./args";
import { ansi, NO_SOURCE_HELP, plain, renderTable } from "./table";
import { describeFailures, mergeSnapshots } from "../core/merge";
import { toJsonReport } from "../core/report";
import { localLedgerFor } from "./ledger/attach";
import { buildView } from "../core/view";
import { bridgeReader } from "../sources/bridge";
import { readSnapshotFile } from "../sources/file";
import { loadSnapshots, type SourceReader } from "../sources/load";
import { keychainReaderFor } from "../sources/keychain";
import { oauthReader } from "../sources/oauth";
import { defaultStatePath } from "../sources/state-path";
import { FileStore, type KeyValueStore } from "../sources/store";
import { readBridgeHistory } from "../sources/bridge-history";
import { recordHistory } from "../sources/history-store";
import { runAlerts } from "../notify/run-alerts";
import { streamNotifier } from "../notify/stderr";

/** The live sources the options ask for; the bridge and OAuth readers register here. */
function liveReaders(options: CliOptions, store: KeyValueStore): SourceReader[] {
  const readers: SourceReader[] = [];
  if (options.bridge) readers.push(bridgeReader({ url: options.bridgeUrl }));
  if (options.oauth) readers.push(oauthReader({ store, keychain: keychainReaderFor(options.keychain) }));
  return readers;
}

async function collect(options: CliOptions, store: KeyValueStore) {
  // --file reads that file and nothing else (docs/FACTS.md §4).
  if (options.file) return { snapshots: await readSnapshotFile(options.file), failures: [] };
  const { snapshots, failures } = await loadSnapshots(liveReaders(options, store));
  return { snapshots, failures: describeFailures(failures) };
}

/** `commands`: the dispatcher's sub-commands, named in --help. */
export async function viewCommand(argv: string[], commands: readonly string[] = []): Promise<number> {
  const options = parseCliArgs(argv);
  if (options.help) {
    process.stdout.write(`${usage(commands)}\n`);
    return 0;
  }
  // Live runs keep their state (backoff, history, alert marks) in one file; --file touches none of it,
  // so a file's single reading has no forecast.
  const store = new FileStore(defaultStatePath());
  const live = options.file === null;
  const [{ snapshots, failures }, bridgeHistory] = await Promise.all([
    collect(options, store),
    live && options.bridge ? readBridgeHistory({ url: options.bridgeUrl }) : {},
  ]);
  // Taken after the fetch, so the readings just fetched are not "in the future" of the forecast.
  const now = options.now ?? new Date();
  const accounts = mergeSnapshots(snapshots, { now, staleAfterMs: options.staleAfterMinutes * 60_000 });
  // Every live reading shown is recorded, whatever its source, so forecasts build up run by run; the
  // bridge's own history fills the time between launches.
  const view = buildView(accounts, now, live ? recordHistory(store, accounts, bridgeHistory) : {});
  if (live) await runAlerts(view, { store, notifier: streamNotifier(), enabled: options.alerts });
  const { local, failure } = await localLedgerFor(options, view);
  const notes = failure ? [...failures, failure] : failures;
  if (options.json) {
    process.stdout.write(`${JSON.stringify(toJsonReport(view, notes, local), null, 2)}\n`);
  } else if (accounts.length > 0) {
    const colour = process.stdout.isTTY && !process.env.NO_COLOR;
    process.stdout.write(`${renderTable(view, notes, colour ? ansi : plain, local)}\n`);
  }
  if (accounts.length === 0) {
    process.stderr.write(`${[...failures.map((f) => `! ${f}`), NO_SOURCE_HELP].join("\n")}\n`);
    return 2;
  }
  return 0;
}
