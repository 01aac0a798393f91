/** The ledger in words: token counts, the local line under a window, and what the logs cannot see. */
import { formatPercent } from "../windows";
import type { SpanSummary } from "./span";

// Made on first use: the first Intl formatter costs tens of ms, which `ledger --json` never needs.
let formats: { oneDecimal: Intl.NumberFormat; whole: Intl.NumberFormat } | undefined;
const numberFormats = () =>
  (formats ??= {
    oneDecimal: new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 }),
    whole: new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }),
  });

/** 950 → "950", 45_450 → "45.5 k", 1_900_000 → "1.9 M". */
export function formatTokens(n: number): string {
  const { oneDecimal, whole } = numberFormats();
  if (n >= 1e9) return `${oneDecimal.format(n / 1e9)} B`;
  if (n >= 1e6) return `${oneDecimal.format(n / 1e6)} M`;
  if (n >= 1e3) return `${oneDecimal.format(n / 1e3)} k`;
  return whole.format(n);
}

/** How many projects a one-line summary names. */
const TOP_PROJECTS = 3;

/** "api-server 61%, web 22%". */
function topProjects(s: SpanSummary, limit: number = TOP_PROJECTS): string {
  return s.byProject
    .slice(0, limit)
    .map((p) => `${p.project} ${formatPercent(p.share * 100, true)}`)
    .join(", ");
}

const MAC_LEAD = "This Mac's Claude Code in this window";

/** "This Mac's Claude Code in this window: 1.9 M tokens — api-server 61%, web 22%". */
export function localLine(s: SpanSummary, lead: string = MAC_LEAD): string {
  const head = `${lead}: ${formatTokens(s.tokens.total)} tokens`;
  return s.tokens.total > 0 ? `${head} — ${topProjects(s)}` : head;
}

/** "opus 15 k · sonnet 25.3 k". */
function modelLine(s: SpanSummary): string {
  return s.byModel.map((m) => `${m.model} ${formatTokens(m.total)}`).join(" · ");
}

export const LOCAL_CAVEAT =
  "Counts Claude Code on this machine only: not claude.ai in a browser, not other machines. Tokens are not the server's percent, which weighs models, peak hours and tool calls.";

export interface LedgerProgress {
  bytesDone: number;
  bytesTotal: number;
  complete: boolean;
}

/** The detail pane's section: the window's local tokens, per model, how far a first scan is, and the caveat. */
export function localMarkdown(s: SpanSummary, progress: LedgerProgress): string {
  const lines = ["### This Mac's Claude Code", "", localLine(s)];
  if (s.byModel.length > 0) lines.push("", modelLine(s));
  if (!progress.complete) {
    const done = `${formatTokens(progress.bytesDone)}B of ${formatTokens(progress.bytesTotal)}B`;
    lines.push("", `_Still reading the logs (${done}); the rest on the next runs._`);
  }
  lines.push("", `_${LOCAL_CAVEAT}_`);
  return lines.join("\n");
}
