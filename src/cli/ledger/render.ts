/** `claude-plan-meter ledger` without --json: one readable block per span. */
import { formatAbsolute } from "../../core/format";
import type { SpanSummary } from "../../core/ledger/span";
import { formatTokens, LOCAL_CAVEAT } from "../../core/ledger/text";
import { formatPercent } from "../../core/windows";
import type { LedgerSnapshot } from "../../sources/ledger/refresh";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Aligned columns: names and paths to the left, figures (`r`) to the right. */
function rows(cells: string[][], align: string): string[] {
  const widths = cells[0].map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const pad = (c: string, i: number) => (align[i] === "r" ? c.padStart(widths[i]) : c.padEnd(widths[i]));
  return cells.map((row) => `    ${row.map(pad).join("  ")}`.trimEnd());
}

function renderSpan(title: string, s: SpanSummary, now: Date): string[] {
  const t = s.tokens;
  const lines = [
    `${title}: ${formatAbsolute(s.from, now)} → ${formatAbsolute(s.to, now)}`,
    `  ${formatTokens(t.total)} tokens in ${plural(s.messages, "message")}: input ${formatTokens(t.input)} · output ${formatTokens(t.output)} · cache write ${formatTokens(t.cacheCreation)} · cache read ${formatTokens(t.cacheRead)}`,
  ];
  if (s.byProject.length > 0) {
    lines.push("  Projects");
    lines.push(
      ...rows(
        s.byProject.map((p) => [p.project, formatTokens(p.total), formatPercent(p.share * 100, true), p.path]),
        "lrrl",
      ),
    );
  }
  if (s.byModel.length > 0) {
    lines.push("  Models");
    lines.push(
      ...rows(
        s.byModel.map((m) => [m.model, formatTokens(m.total), plural(m.messages, "message")]),
        "lrr",
      ),
    );
  }
  return lines;
}

export function renderLedger(spans: Array<[string, SpanSummary]>, snapshot: LedgerSnapshot, now: Date): string {
  const blocks = spans.map(([title, s]) => renderSpan(title, s, now).join("\n"));
  const footer = [
    `${plural(snapshot.files, "log file")} · ${plural(snapshot.skippedLines, "unreadable line")} · ${formatTokens(snapshot.scannedBytes)}B read this run`,
    LOCAL_CAVEAT,
  ];
  return [...blocks, footer.join("\n")].join("\n\n");
}
