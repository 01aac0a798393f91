/**
 * The bridge source: GET /snapshots from the local bridge (src/bridge/), which holds what the
 * companion browser extension last posted. Each snapshot keeps its browser in its label
 * ("Chrome bridge"). Only loopback URLs are read: the bridge is local by design, and this project
 * sends nothing anywhere but claude.ai and api.anthropic.com.
 */
import * as z from "zod";
import { describeZodError, isoInstant } from "../core/schema";
import { parseSnapshotArray, SnapshotShapeError, type Snapshot } from "../core/snapshot";
import { BodyTooLargeError, readCappedText } from "./capped-body";
import { requestDeadline } from "./deadline";
import { SourceError, type SourceReader } from "./load";

/** Names the reader in failure lines ("Browser companion: bridge not running …"); snapshots carry their browser. @internal */
export const BRIDGE_SOURCE_LABEL = "Browser companion";
/** The bridge is on this machine: an answer slower than this means it is stuck. */
export const DEFAULT_BRIDGE_TIMEOUT_MS = 3_000;

export interface BridgeReaderOptions {
  /** e.g. http://127.0.0.1:63762 */
  url: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** @internal */
export class BridgeSourceError extends SourceError {}

/** The bridge on this machine at `port` (the "Bridge Port" preference). */
export const localBridgeUrl = (port: number) => `http://127.0.0.1:${port}`;

const answerSchema = z.object({ snapshots: z.array(z.unknown()) });
const healthSchema = z.object({
  ok: z.literal(true),
  version: z.string(),
  snapshots: z.number().int().nonnegative(),
  last_received_at: z.nullable(isoInstant),
});
const errorAnswerSchema = z.object({ error: z.string().max(300) });

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** The bridge's base URL, refused unless it is plain http on a loopback host. */
export function bridgeBaseUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new BridgeSourceError(`bridge URL is not a URL: ${url}`);
  }
  if (parsed.protocol !== "http:" || !LOOPBACK_HOSTS.has(parsed.hostname)) {
    throw new BridgeSourceError(`bridge URL must be http://127.0.0.1:PORT or http://localhost:PORT, got ${url}`);
  }
  return parsed;
}

/** undici's code for a connection the other side closed (a pooled one, when the bridge restarted). */
const STALE_CONNECTION = "UND_ERR_SOCKET";

/** undici rejects with "fetch failed" and puts the reason (ECONNREFUSED…) in `cause`. */
function causeCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown; errors?: { code?: unknown }[] } } | undefined)?.cause;
  const code = cause?.code ?? cause?.errors?.[0]?.code;
  return typeof code === "string" ? code : undefined;
}

/** GET `path` from the bridge and check the answer's shape; every failure is a BridgeSourceError saying what to do. */
async function getBridgeJson<T>(
  base: URL,
  path: string,
  schema: z.ZodType<T>,
  { fetch: fetchImpl = fetch, timeoutMs = DEFAULT_BRIDGE_TIMEOUT_MS }: Omit<BridgeReaderOptions, "url">,
): Promise<T> {
  const where = base.host;
  let response: Response;
  let text: string;
  const deadline = requestDeadline(timeoutMs);
  try {
    const get = () =>
      fetchImpl(new URL(path, base), {
        headers: { Accept: "application/json" },
        redirect: "error",
        signal: deadline.signal,
      });
    // A bridge that stopped since the last read leaves a dead keep-alive connection in fetch's pool;
    // asking once more on a fresh one tells "not running" apart from a real failure.
    response = await get().catch((error: unknown) => {
      if (causeCode(error) === STALE_CONNECTION) return get();
      throw error;
    });
    text = await readCappedText(response);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      throw new BridgeSourceError(`bridge on ${where} sent an ${error.message}; refused, nothing was read from it`);
    }
    const name = (error as Error | undefined)?.name;
    if (name === "TimeoutError" || name === "AbortError") {
      throw new BridgeSourceError(`bridge on ${where} did not answer within ${timeoutMs / 1000} s`);
    }
    const code = causeCode(error);
    if (code === "ECONNREFUSED") {
      // Not running: a first run (never delivered) or a stopped bridge; core/sources.ts tells them apart.
      throw new BridgeSourceError(`bridge not running on ${where} — start it / load the companion`, "not_set_up");
    }
    throw new BridgeSourceError(`cannot reach the bridge on ${where} (${code ?? (error as Error).message})`);
  } finally {
    deadline.done();
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const detail = errorAnswerSchema.safeParse(json);
    throw new BridgeSourceError(
      `bridge on ${where} answered HTTP ${response.status}${detail.success ? `: ${detail.data.error}` : ""}`,
    );
  }
  const answer = schema.safeParse(json);
  if (!answer.success) {
    const why = json === undefined ? "not JSON" : describeZodError(answer.error);
    throw new BridgeSourceError(`bridge on ${where} sent a malformed answer (${why})`);
  }
  return answer.data;
}

export interface BridgeHealth {
  version: string;
  snapshots: number;
  lastReceivedAt: Date | null;
}

/** GET /health: resolves when the bridge answers as a bridge, else throws a BridgeSourceError. */
export async function bridgeHealth({ url, ...options }: BridgeReaderOptions): Promise<BridgeHealth> {
  const health = await getBridgeJson(bridgeBaseUrl(url), "/health", healthSchema, options);
  return {
    version: health.version,
    snapshots: health.snapshots,
    lastReceivedAt: health.last_received_at ? new Date(health.last_received_at) : null,
  };
}

export function bridgeReader({ url, ...options }: BridgeReaderOptions): SourceReader {
  return {
    source: "bridge",
    sourceLabel: BRIDGE_SOURCE_LABEL,
    async read(): Promise<Snapshot[]> {
      const base = bridgeBaseUrl(url);
      const { snapshots: list } = await getBridgeJson(base, "/snapshots", answerSchema, options);
      let snapshots: Snapshot[];
      try {
        snapshots = parseSnapshotArray(list, "bridge");
      } catch (error) {
        if (!(error instanceof SnapshotShapeError)) throw error;
        throw new BridgeSourceError(`bridge on ${base.host} sent a malformed answer (${error.message})`);
      }
      if (snapshots.length === 0) {
        throw new BridgeSourceError(
          `bridge on ${base.host} has no snapshots yet — is the companion extension loaded and logged in to claude.ai?`,
          "not_set_up",
        );
      }
      return snapshots;
    },
  };
}

/** Whether a bridge answers GET /health on this machine's `port`. */
export async function isBridgeUp(port: number, fetchImpl?: typeof fetch): Promise<boolean> {
  try {
    await bridgeHealth({ url: localBridgeUrl(port), fetch: fetchImpl });
    return true;
  } catch {
    return false;
  }
}
