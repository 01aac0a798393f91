/**
 * One log line → a record, or why not. Only lines that name a `"usage"` key reach here (the byte
 * scanner filters the rest); zod checks the shape at this boundary.
 */
import * as z from "zod/mini";
import { once } from "../once";
import type { LedgerRecord } from "./record";

/** Built on the first line parsed: a refresh with nothing new parses none. */
const assistantLine = once(() => {
  const count = z.int().check(z.minimum(0));
  return z.object({
    type: z.literal("assistant"),
    timestamp: z.string(),
    cwd: z.optional(z.string()),
    uuid: z.optional(z.string()),
    message: z.object({
      id: z.optional(z.string()),
      model: z.optional(z.string()),
      stop_reason: z.nullish(z.string()),
      usage: z.object({
        input_tokens: count,
        output_tokens: count,
        cache_creation_input_tokens: z.nullish(count),
        cache_read_input_tokens: z.nullish(count),
      }),
    }),
  });
});

/** `model: "<synthetic>"` marks Claude Code's own placeholder replies: not a model, no tokens spent. */
const SYNTHETIC_MODEL = "<synthetic>";

export type LineResult = { kind: "record"; record: LedgerRecord } | { kind: "ignored" } | { kind: "malformed" };

const IGNORED: LineResult = { kind: "ignored" };
const MALFORMED: LineResult = { kind: "malformed" };

function isAssistantWithUsage(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const line = value as { type?: unknown; message?: { usage?: unknown } };
  return line.type === "assistant" && typeof line.message === "object" && line.message?.usage !== undefined;
}

/**
 * `text` is one complete line; `folderProject` is the project path decoded from the folder name, used
 * when the line has no `cwd`. Lines of other types (user tool results also carry a `usage`) are ignored;
 * an assistant line that cannot be read is malformed.
 */
export function parseLine(text: string, folderProject: string): LineResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return MALFORMED;
  }
  if (!isAssistantWithUsage(json)) return IGNORED;
  const parsed = assistantLine().safeParse(json);
  if (!parsed.success) return MALFORMED;
  const { timestamp, cwd, uuid, message } = parsed.data;
  if (message.model === SYNTHETIC_MODEL) return IGNORED;
  const at = Date.parse(timestamp);
  const id = message.id ?? (uuid === undefined ? undefined : `uuid:${uuid}`);
  if (Number.isNaN(at) || id === undefined) return MALFORMED;
  const usage = message.usage;
  return {
    kind: "record",
    record: {
      id,
      at,
      model: message.model ?? "unknown",
      project: cwd || folderProject,
      input: usage.input_tokens,
      output: usage.output_tokens,
      cacheCreation: usage.cache_creation_input_tokens ?? 0,
      cacheRead: usage.cache_read_input_tokens ?? 0,
      final: message.stop_reason !== null && message.stop_reason !== undefined,
    },
  };
}
