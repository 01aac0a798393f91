/** A span summary as the JSON contract of `claude-plan-meter ledger --json` and the `local` of each window. */
import type { SpanSummary } from "./span";

export function spanJson(s: SpanSummary) {
  return {
    from: s.from.toISOString(),
    to: s.to.toISOString(),
    messages: s.messages,
    tokens: {
      input: s.tokens.input,
      output: s.tokens.output,
      cache_creation: s.tokens.cacheCreation,
      cache_read: s.tokens.cacheRead,
      total: s.tokens.total,
    },
    by_model: s.byModel.map((m) => ({ model: m.model, messages: m.messages, total: m.total })),
    by_project: s.byProject.map((p) => ({ project: p.project, path: p.path, total: p.total, share: p.share })),
  };
}
