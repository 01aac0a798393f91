/** The terminal's view of the local ledger: which folders, which state file, how much to keep. */
import { dirname, join } from "node:path";
import type { Span } from "../../core/ledger/span";
import { RETAIN_MS } from "../../core/ledger/windows";
import { refreshLedger, type LedgerSnapshot } from "../../sources/ledger/refresh";
import { projectsFolders } from "../../sources/ledger/roots";
import type { ScanThreads } from "../../sources/ledger/scan-pool";
import { LEDGER_STATE_FILE } from "../../sources/ledger/state-file";
import { defaultStatePath } from "../../sources/state-path";

export interface LocalLedgerOptions {
  /** Claude config dirs (comma-separated, like `$CLAUDE_CONFIG_DIR`); undefined for the defaults. */
  configDirs: string | undefined;
  now: Date;
  /** `now` was given (`--now`), not read from the clock: file times say nothing about it. */
  fixedNow: boolean;
  /** The earliest instant asked about; older than the retained span reads afresh and keeps nothing. */
  earliest?: Date;
  /** Keep what was read in the state directory (live runs); false reads afresh and writes nothing. */
  persist: boolean;
  /** The spans to summarize (LedgerSnapshot.summaries). */
  spans: readonly Span[];
}

/**
 * A large scan is shared with worker threads running this same script as `ledger` (command.ts serves
 * them): one per core beyond the first, at most three, since each is another copy of the script in
 * memory (~12 MiB). On 2 cores the one thread cut a cold scan of the bench's 316 MB from ~2.2 s to
 * ~1.7 s (median of 5, alternating).
 */
const MAX_THREADS = 3;

/** Below this much to read, a thread's start (tens of ms) costs more than it saves. */
const PARALLEL_BYTES = 32 * 1024 * 1024;

function scanThreads(): ScanThreads | undefined {
  const script = process.argv[1];
  if (!script) return undefined;
  return {
    script,
    argv: ["ledger"],
    minBytes: PARALLEL_BYTES,
    // Counted only for a scan that large: node:os is a module to load, which a warm refresh never needs.
    get count() {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { availableParallelism } = require("node:os") as typeof import("node:os");
      return Math.min(availableParallelism() - 1, MAX_THREADS);
    },
  };
}

export function readLocalLedger(options: LocalLedgerOptions): Promise<LedgerSnapshot> {
  const retained = options.now.getTime() - RETAIN_MS;
  const earliest = options.earliest?.getTime() ?? retained;
  const persist = options.persist && earliest >= retained;
  return refreshLedger({
    roots: projectsFolders(options.configDirs),
    retainFrom: Math.min(earliest, retained),
    skipUntouched: !options.fixedNow,
    spans: options.spans,
    scanThreads: scanThreads(),
    statePath: persist ? join(dirname(defaultStatePath()), LEDGER_STATE_FILE) : null,
  });
}
