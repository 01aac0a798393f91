/**
 * The local ledger for the Raycast list: Claude Code's logs read incrementally into the extension's
 * support directory, within about a second per run (a first scan of a large folder continues on the
 * next runs). Paints nothing until read; a failure costs the local section, never the list.
 */
import { environment } from "@raycast/api";
import { join } from "node:path";
import { useEffect, useState } from "react";
import type { LedgerRecord } from "../core/ledger/record";
import type { LedgerProgress } from "../core/ledger/text";
import { RETAIN_MS } from "../core/ledger/windows";
import { refreshLedger } from "../sources/ledger/refresh";
import { projectsFolders } from "../sources/ledger/roots";
import { LEDGER_STATE_FILE } from "../sources/ledger/state-file";

/** The most one run spends reading logs. */
const LEDGER_BUDGET_MS = 1000;

interface LocalLedger {
  records: readonly LedgerRecord[];
  /** Log files found: none means no Claude Code on this Mac, and no local section. */
  files: number;
  progress: LedgerProgress;
}

export type LedgerState = { ledger: LocalLedger | null; error: string | null };

export function useLedger(): LedgerState {
  const [state, setState] = useState<LedgerState>({ ledger: null, error: null });
  useEffect(() => {
    let current = true;
    refreshLedger({
      roots: projectsFolders(process.env.CLAUDE_CONFIG_DIR),
      retainFrom: Date.now() - RETAIN_MS,
      statePath: join(environment.supportPath, LEDGER_STATE_FILE),
      skipUntouched: true,
      budgetMs: LEDGER_BUDGET_MS,
      // The windows come with the server's reading, maybe later: they are attributed from the records.
      spans: [],
      keepRecords: true,
    }).then(
      (s) => {
        if (!current) return;
        const progress = { bytesDone: s.bytesDone, bytesTotal: s.bytesTotal, complete: s.complete };
        setState({ ledger: { records: [...(s.records?.values() ?? [])], files: s.files, progress }, error: null });
      },
      (error: unknown) =>
        current && setState({ ledger: null, error: `Could not read Claude Code's logs: ${String(error)}` }),
    );
    return () => {
      current = false;
    };
  }, []);
  return state;
}
