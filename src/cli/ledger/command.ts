/** `claude-plan-meter ledger`: what Claude Code on this machine spent in a span, from its local logs. */
import { loadHistory } from "../../sources/history-store";
import { defaultStatePath } from "../../sources/state-path";
import { FileStore } from "../../sources/store";
import { spanJson } from "../../core/ledger/json";
import type { Span, SpanSummary } from "../../core/ledger/span";
import { currentSpans } from "../../core/ledger/windows";
import type { LedgerSnapshot } from "../../sources/ledger/refresh";
import { missingFolders, projectsFolders } from "../../sources/ledger/roots";
import { scanThreadPort, serveScans } from "../../sources/ledger/scan-pool";
import { LEDGER_USAGE, parseLedgerArgs } from "./args";
import { readLocalLedger } from "./read";
import { renderLedger } from "./render";
import { writeOut } from "../write-out";

const TITLES = { five_hour: "5-hour window", seven_day: "7-day window" } as const;

function withScan(s: SpanSummary, snapshot: LedgerSnapshot) {
  return {
    ...spanJson(s),
    files: snapshot.files,
    skipped_lines: snapshot.skippedLines,
    scanned_bytes: snapshot.scannedBytes,
  };
}

/** Zeros because no folder is there would look like an idle week: say where nothing was found. */
function sayWhereNoLogsWere(roots: string[]): void {
  const missing = missingFolders(roots);
  if (missing.length === 0 || missing.length < roots.length) return;
  const verb = missing.length > 1 ? "do" : "does";
  process.stderr.write(`claude-plan-meter: no Claude Code logs: ${missing.join(" and ")} ${verb} not exist\n`);
}

/**
 * Whether this run is a scanning thread's. Such a run adds nothing to the bin's code cache
 * (bundle-loader): it compiles only the scanning code, and its write, racing the calling thread's,
 * could replace a cache that holds the command's own code with one that does not.
 */
let scanningThread = false;

export const addsToCodeCache = (): boolean => !scanningThread;

export async function ledgerCommand(argv: string[]): Promise<number> {
  // A worker thread started by a large scan (read.ts): it reads the files it is sent, nothing else.
  const port = await scanThreadPort(argv);
  if (port) {
    scanningThread = true;
    await serveScans(port);
    return 0;
  }
  const options = parseLedgerArgs(argv);
  if (options.help) {
    writeOut(`${LEDGER_USAGE}\n`);
    return 0;
  }
  const now = options.now ?? new Date();
  const single: Span | null = options.from ? { from: options.from, to: options.to ?? now, family: null } : null;
  const spans: Array<[string, Span]> = single
    ? [["Span", single]]
    : Object.entries(currentSpans(loadHistory(new FileStore(defaultStatePath())), now));
  const configDirs = options.logs ?? process.env.CLAUDE_CONFIG_DIR;
  const snapshot = await readLocalLedger({
    configDirs,
    now,
    fixedNow: options.now !== null,
    earliest: new Date(Math.min(...spans.map(([, s]) => s.from.getTime()))),
    persist: options.logs === null,
    spans: spans.map(([, span]) => span),
  });
  const summaries = spans.map(([key], i): [string, SpanSummary] => [key, snapshot.summaries[i]]);
  if (snapshot.files === 0) sayWhereNoLogsWere(projectsFolders(configDirs));
  if (options.json) {
    const doc = single
      ? withScan(summaries[0][1], snapshot)
      : Object.fromEntries(summaries.map(([key, s]) => [key, withScan(s, snapshot)]));
    writeOut(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    const titled = summaries.map(([key, s]): [string, SpanSummary] => [TITLES[key as keyof typeof TITLES] ?? key, s]);
    writeOut(`${renderLedger(titled, snapshot, now)}\n`);
  }
  return 0;
}
