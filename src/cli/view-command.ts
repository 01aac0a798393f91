/**
 * `claude-plan-meter [options]` (and `npm start -- [options]`): the terminal view over the same core as
 * the Raycast commands, a table or one JSON document. Runs on any OS. Errors are thrown for the
 * dispatcher (main.ts) to report.
 */
import { parseCliArgs, usage } from "./args";
import { collect } from "./collect";
import { ansi, noColor, plain } from "./paint";
import { noDataHelp, renderTable } from "./table";
import { judgingClock } from "../core/clock";
import { describeFailures, mergeSnapshots } from "../core/merge";
import { offersWithNoData } from "../core/sources";
import { toJsonReport } from "../core/report";
import { localLedgerFor } from "./ledger/attach";
import { buildView } from "../core/view";
import { lastReadingsPath, tryRecordLastReadings } from "../sources/last-readings";
import { defaultStatePath } from "../sources/state-path";
import { FileStore } from "../sources/store";
import { readBridgeHistory } from "../sources/bridge-history";
import { recordHistory } from "../sources/history-store";
import { runAlerts } from "../notify/run-alerts";
import { streamNotifier } from "../notify/stderr";

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
  const [{ snapshots, failures: problems }, bridgeHistory] = await Promise.all([
    collect(options, store),
    live && options.bridge ? readBridgeHistory({ url: options.bridgeUrl }) : {},
  ]);
  // Taken after the fetch, so the readings just fetched are not "in the future" of the forecast.
  // `--now` moves the evaluation; a reading is from the future only when it is ahead of both that
  // instant and the real clock (a live reading after an earlier --now is not), and the stored
  // history is bounded by the same later of the two.
  const now = options.now ?? new Date();
  const clock = judgingClock(now, new Date());
  const failures = describeFailures(problems);
  const accounts = mergeSnapshots(snapshots, { now, clock, staleAfterMs: options.staleAfterMinutes * 60_000 });
  // What this run fetched is what the status line shows next, without a request of its own.
  if (live) tryRecordLastReadings(lastReadingsPath(), snapshots, now);
  // Every live reading shown is recorded, whatever its source, so forecasts build up run by run; the
  // bridge's own history fills the time between launches.
  const view = buildView(accounts, now, live ? recordHistory(store, accounts, bridgeHistory, clock) : {});
  if (live) await runAlerts(view, { store, notifier: streamNotifier(), enabled: options.alerts });
  const { local, failure } = await localLedgerFor(options, view);
  const notes = failure ? [...failures, failure] : failures;
  if (options.json) {
    process.stdout.write(`${JSON.stringify(toJsonReport(view, notes, local), null, 2)}\n`);
  } else if (accounts.length > 0) {
    const colour = process.stdout.isTTY && !noColor();
    process.stdout.write(`${renderTable(view, notes, colour ? ansi : plain, local)}\n`);
  }
  if (accounts.length === 0) {
    const mac = process.platform === "darwin";
    const offers = offersWithNoData(problems, { mac, keychainConsent: options.keychain });
    const switchedOff = [!options.bridge && "--no-bridge", !options.oauth && "--no-oauth"].filter((f) => f !== false);
    process.stderr.write(`${[...failures.map((f) => `! ${f}`), noDataHelp(offers, switchedOff)].join("\n")}\n`);
    return 2;
  }
  return 0;
}
