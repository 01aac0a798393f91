/** One ledger refresh in its own process (bundled, run by bench/ledger.ts): prints what it read and its cost. */
import { performance } from "node:perf_hooks";
import { RETAIN_MS } from "../src/core/ledger/windows";
import { summarizeSpan } from "../src/core/ledger/span";
import { refreshLedger } from "../src/sources/ledger/refresh";
import { projectsFolders } from "../src/sources/ledger/roots";

async function main() {
  const [configDir, statePath] = process.argv.slice(2);
  const now = new Date();
  const started = performance.now();
  const snapshot = await refreshLedger({
    roots: projectsFolders(configDir),
    retainFrom: now.getTime() - RETAIN_MS,
    statePath,
    skipUntouched: true,
  });
  const summary = summarizeSpan(snapshot.records.values(), {
    from: new Date(now.getTime() - RETAIN_MS),
    to: now,
    family: null,
  });
  const ms = performance.now() - started;
  process.stdout.write(
    `${JSON.stringify({
      ms,
      total: summary.tokens.total,
      messages: summary.messages,
      files: snapshot.files,
      skipped: snapshot.skippedLines,
      scanned: snapshot.scannedBytes,
      maxRssKiB: process.resourceUsage().maxRSS,
    })}\n`,
  );
}

void main();
