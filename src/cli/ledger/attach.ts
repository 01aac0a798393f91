/**
 * The local ledger under each window of `npm start`. Live runs read the logs (incrementally, with the
 * state kept beside the rest); `--file` shows someone's saved reading, so it reads logs only when
 * `--logs` names them. A failure to read the logs costs the local lines, never the view.
 */
import { attribution, windowSpans, type LocalAttribution } from "../../core/ledger/attribute";
import type { UsageView } from "../../core/view";
import type { CliOptions } from "../args";
import { readLocalLedger } from "./read";

export interface LocalLines {
  local: LocalAttribution;
  failure: string | null;
}

const NONE: LocalLines = { local: new Map(), failure: null };

export async function localLedgerFor(options: CliOptions, view: UsageView): Promise<LocalLines> {
  const named = options.logs !== null;
  if (!options.localLogs || (options.file !== null && !named) || view.accounts.length === 0) return NONE;
  const spans = windowSpans(view);
  try {
    const snapshot = await readLocalLedger({
      configDirs: options.logs ?? process.env.CLAUDE_CONFIG_DIR,
      now: view.now,
      fixedNow: options.now !== null,
      spans: spans.map(([, span]) => span),
      // Only the default folders keep state: one-off folders are read afresh.
      persist: options.file === null && !named,
    });
    // No log files: no local data, so no lines (a machine without Claude Code).
    if (snapshot.files === 0) return NONE;
    return { local: attribution(spans, snapshot.summaries), failure: null };
  } catch (error) {
    return { local: new Map(), failure: `Claude Code logs: ${(error as Error).message}` };
  }
}
