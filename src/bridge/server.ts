/**
 * The loopback bridge: the companion browser extension POSTs snapshot arrays here, the Raycast
 * commands and `npm start` read them back. Plain `node:http`, no framework.
 *
 * Guards, in the order they run (docs/FACTS.md §3):
 * - listens on a loopback address only;
 * - `Host` must be 127.0.0.1:PORT or localhost:PORT, which defeats DNS rebinding (a page on
 *   evil.example resolved to 127.0.0.1 still sends `Host: evil.example`);
 * - a request carrying an `Origin` must come from an allowed extension: the pinned companion's id,
 *   plus the ids the user named (--allow-extension, CLAUDE_PLAN_METER_ALLOWED_EXTENSIONS, the Raycast
 *   preference). Any installed extension can reach loopback, so "any extension" would let each one
 *   read emails and org ids and forge readings. Web pages and other extensions get 403 (the latter
 *   with their id and how to allow it); CORS names the allowed origin only, never `*`. Requests
 *   without an `Origin` (the terminal view, the status line, curl) are local programs, served as such;
 * - a reading's time is judged by the bridge's clock: `fetched_at` more than 5 minutes ahead is a 400;
 * - POST bodies must be `application/json` (a web page cannot send that without a preflight), are
 *   capped at 1 MiB (reading stops at the cap) and must arrive within the request timeout.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { futureJudge, MAX_CLOCK_AHEAD_MS } from "../core/clock";
import { COMPANION_EXTENSION_ID } from "../core/extension-id";
import { describeZodError, storedSnapshotArraySchema } from "../core/schema";
import { isStale } from "../core/format";
import { historyKey } from "../core/history";
import { DEFAULT_STALE_AFTER_MS } from "../core/merge";
import { redactParsed } from "../sources/redact";
import { acceptedFrom, BridgeStore } from "./store";

export { DEFAULT_BRIDGE_PORT } from "../core/bridge-port";
/** Version of the bridge's HTTP interface, reported by GET /health. */
const BRIDGE_VERSION = "1.0.0";
/** @internal */
export const MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;
const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;

export interface BridgeOptions {
  /** 0 picks a free ephemeral port. */
  port: number;
  /** A loopback address; anything else is refused. */
  host?: string;
  dataDir: string;
  now?: () => Date;
  /** Warnings and errors. */
  log?: (line: string) => void;
  /** One line per request (time, method, path, status, caller); defaults to `log`. */
  requestLog?: (line: string) => void;
  /** Extension ids let in besides the pinned companion (e.g. the original ClaudeMeter companion). */
  allowedExtensions?: readonly string[];
  staleAfterMs?: number;
  /** At most one state-file write per this many ms (store.ts): what a crash may lose at most. */
  saveIntervalMs?: number;
  /** Slow-loris guards: all headers, and the whole request, must arrive within these. */
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
}

export interface RunningBridge {
  port: number;
  url: string;
  /** Waits until the state file holds everything accepted so far (writes are write-behind, see store.ts). */
  flush(): Promise<void>;
  /** Stops listening and flushes. */
  close(): Promise<void>;
}

type Json = Record<string, unknown>;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const EXTENSION_ORIGIN = /^chrome-extension:\/\/([a-p]{32})$/;
export const ALLOWED_EXTENSIONS_ENV = "CLAUDE_PLAN_METER_ALLOWED_EXTENSIONS";

/** Who is calling, from the Origin header: a local program (none), an extension (its id), or a web page. */
type Caller = { kind: "local" } | { kind: "extension"; id: string } | { kind: "web" };

function callerOf(origin: string | undefined): Caller {
  if (origin === undefined) return { kind: "local" };
  const id = EXTENSION_ORIGIN.exec(origin)?.[1];
  return id ? { kind: "extension", id } : { kind: "web" };
}

/** How the request log names the caller: never the Origin header itself, only an id or a kind. */
const callerName = (caller: Caller) =>
  caller.kind === "extension" ? caller.id : caller.kind === "web" ? "web-page" : "none";

/** The 403 a refused extension gets: which id was refused and every way to let it in. */
function refusedExtension(id: string): Json {
  return {
    ok: false,
    error:
      `forbidden: extension ${id} is not allowed to call the bridge. To allow it, start the bridge with ` +
      `\`npm run bridge -- --allow-extension ${id}\`, or set ${ALLOWED_EXTENSIONS_ENV}=${id}, or add it to ` +
      `Raycast's "Allowed Extensions" preference of Claude Plan Meter`,
    refused_extension: id,
  };
}
const ROUTE_METHODS: Record<string, string[]> = {
  "/snapshots": ["GET", "POST"],
  "/history": ["GET"],
  "/health": ["GET"],
};

/** `body` is an object to serialize, or the text of one already serialized. */
function send(res: ServerResponse, status: number, body: Json | string, headers: Record<string, string> = {}): void {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": String(Buffer.byteLength(text)),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    ...headers,
  });
  res.end(text);
}

function isJsonContentType(value: string | undefined): boolean {
  return value?.split(";")[0].trim().toLowerCase() === "application/json";
}

/**
 * Reads the body up to MAX_BODY_BYTES. Beyond that it stops reading (pauses the stream rather than
 * buffering or draining the rest) and throws a 413; refuseRest then closes the connection.
 */
function readBody(req: IncomingMessage, res: ServerResponse): Promise<string> {
  const tooLarge = () => new HttpError(413, `body over ${MAX_BODY_BYTES} bytes`);
  if (Number(req.headers["content-length"]) > MAX_BODY_BYTES) return Promise.reject(tooLarge());
  // Only now, past every check, does a client that asked `Expect: 100-continue` get to send.
  if (req.headers.expect?.toLowerCase() === "100-continue") res.writeContinue();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
      req.off("data", onData);
      req.pause();
      reject(tooLarge());
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.once("error", reject);
  });
}

function corsHeaders(origin: string | undefined): Record<string, string> {
  return origin ? { "Access-Control-Allow-Origin": origin, Vary: "Origin" } : {};
}

export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const host = options.host ?? "127.0.0.1";
  if (!/^127\.\d+\.\d+\.\d+$/.test(host)) throw new Error(`refusing to listen on ${host}: the bridge is loopback only`);
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const requestLog = options.requestLog ?? log;
  const staleAfterMs = options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS;
  const allowed = new Set([COMPANION_EXTENSION_ID, ...(options.allowedExtensions ?? [])]);
  const store = await BridgeStore.open(options.dataDir, log, now(), options.saveIntervalMs);
  let allowedHosts = new Set<string>();

  async function postSnapshots(req: IncomingMessage, res: ServerResponse): Promise<Json> {
    if (!isJsonContentType(req.headers["content-type"])) {
      throw new HttpError(415, "content-type must be application/json");
    }
    const text = await readBody(req, res);
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new HttpError(400, `body: not valid JSON (${(error as Error).message})`);
    }
    const parsed = storedSnapshotArraySchema.safeParse(raw);
    if (!parsed.success) {
      const detail = describeZodError(parsed.error);
      throw new HttpError(400, detail.startsWith("[") ? `snapshots${detail}` : `snapshots: ${detail}`);
    }
    const at = now();
    const fromTheFuture = futureJudge(at);
    const ahead = parsed.data.findIndex((s) => fromTheFuture(Date.parse(s.fetched_at)));
    if (ahead >= 0) {
      throw new HttpError(
        400,
        `snapshots[${ahead}].fetched_at: ${parsed.data[ahead].fetched_at} is more than ${MAX_CLOCK_AHEAD_MS / 60_000} ` +
          `minutes ahead of the bridge's clock (${at.toISOString()}); nothing was stored`,
      );
    }
    // A token or cookie that reached a snapshot (an error quoting a header, a debug field) is cut out
    // before it is stored or served: the bridge never keeps a secret (the schema bounds the depth).
    const accepted = redactParsed(text, parsed.data).map(acceptedFrom);
    const { stored, ignored } = store.accept(accepted, at);
    return { ok: true, accepted: stored, ignored };
  }

  /**
   * The GET answer as text, kept while it stays true: until the store changes or a snapshot's stale
   * flag turns (staleAfterMs after its fetched_at), and never across a clock that went back.
   */
  let snapshotsAnswer: { revision: number; from: number; until: number; text: string } | null = null;

  function getSnapshots(): string {
    const at = now();
    const t = at.getTime();
    const kept = snapshotsAnswer;
    if (kept && kept.revision === store.revision && kept.from <= t && t <= kept.until) return kept.text;
    const latest = store.latest();
    const text = JSON.stringify({
      snapshots: latest.map(({ snapshot, receivedAt }) => ({
        ...snapshot,
        received_at: receivedAt.toISOString(),
        stale: isStale(new Date(snapshot.fetched_at), at, staleAfterMs),
      })),
    });
    const turns = latest.map(({ snapshot }) => Date.parse(snapshot.fetched_at) + staleAfterMs).filter((s) => s >= t);
    snapshotsAnswer = { revision: store.revision, from: t, until: Math.min(Number.POSITIVE_INFINITY, ...turns), text };
    return text;
  }

  /** `?org=UUID` narrows to that org's series; keys stay historyKey("org:UUID", window) as in core/history. */
  function getHistory(query: URLSearchParams): Json {
    const org = query.get("org");
    const history = store.history();
    if (org === null) return { history };
    const prefix = historyKey(`org:${org}`, "");
    return { org, history: Object.fromEntries(Object.entries(history).filter(([key]) => key.startsWith(prefix))) };
  }

  function health(): Json {
    return {
      ok: true,
      version: BRIDGE_VERSION,
      snapshots: store.latest().length,
      last_received_at: store.lastReceivedAt()?.toISOString() ?? null,
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse, caller: Caller): Promise<void> {
    if (!allowedHosts.has((req.headers.host ?? "").toLowerCase())) {
      return send(res, 403, {
        ok: false,
        error: "forbidden: Host must be 127.0.0.1 or localhost with the bridge port",
      });
    }
    const origin = req.headers.origin;
    if (caller.kind === "web") {
      return send(res, 403, {
        ok: false,
        error: "forbidden: only the companion browser extension may call the bridge",
      });
    }
    // The refused extension may read why (its own id and how to allow it), and nothing else.
    if (caller.kind === "extension" && !allowed.has(caller.id)) {
      return send(res, 403, refusedExtension(caller.id), corsHeaders(origin));
    }
    const cors = corsHeaders(origin);
    // The path exactly as sent (no URL parsing per request): only the routes' own spellings match.
    const url = req.url ?? "/";
    const mark = url.indexOf("?");
    const path = mark < 0 ? url : url.slice(0, mark);
    const query = mark < 0 ? "" : url.slice(mark + 1);
    const methods = ROUTE_METHODS[path];
    if (!methods) return send(res, 404, { ok: false, error: `no such endpoint: ${path}` }, cors);
    const allow = [...methods, "OPTIONS"].join(", ");
    if (req.method === "OPTIONS") return preflight(req, res, origin, methods, allow);
    if (!methods.includes(req.method ?? "")) {
      return send(res, 405, { ok: false, error: `${req.method} not allowed on ${path}` }, { ...cors, Allow: allow });
    }
    try {
      let body: Json | string;
      if (path === "/health") body = health();
      else if (path === "/history") body = getHistory(new URLSearchParams(query));
      else if (req.method === "GET") body = getSnapshots();
      else body = await postSnapshots(req, res);
      send(res, 200, body, cors);
    } catch (error) {
      if (!(error instanceof HttpError)) {
        log(`error: ${req.method} ${path}: ${(error as Error).message}`);
        return send(res, 500, { ok: false, error: "internal error; nothing was stored" }, cors);
      }
      if (error.status === 413) return refuseRest(req, res, error.message, cors);
      send(res, error.status, { ok: false, error: error.message }, cors);
    }
  }

  const server = createServer(
    {
      headersTimeout: options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS,
      requestTimeout: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      // How often the two timeouts above are checked; the default 30 s would let them overrun.
      connectionsCheckingInterval: 1_000,
    },
    (req, res) => {
      const caller = callerOf(req.headers.origin);
      res.once("close", () => requestLog(requestLine(now(), req, res, caller)));
      handle(req, res, caller).catch((error: unknown) => log(`error: ${(error as Error).message}`));
    },
  );
  // Handled like any request, so `Expect: 100-continue` is answered only once the guards pass (readBody).
  server.on("checkContinue", (req, res) => server.emit("request", req, res));
  const sockets = new Set<Socket>();
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  allowedHosts = new Set([`${host}:${port}`, `localhost:${port}`]);
  server.on("error", (error) => log(`error: ${error.message}`));

  return {
    port,
    url: `http://127.0.0.1:${port}`,
    flush: () => store.flush(),
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      await store.flush();
    },
  };
}

/**
 * One line per request: time, method, path (no query), status (0 when the connection closed before an
 * answer) and the caller's extension id or "none". Never a header value or a body: those may carry
 * a token, a cookie or an email.
 */
function requestLine(at: Date, req: IncomingMessage, res: ServerResponse, caller: Caller): string {
  const path = (req.url ?? "/").split("?")[0];
  const shownPath =
    Object.hasOwn(ROUTE_METHODS, path) || /^[\x21-\x7e]{1,100}$/.test(path) ? path : "(unprintable path)";
  const status = res.headersSent ? res.statusCode : 0;
  return `${at.toISOString()} ${req.method ?? "-"} ${shownPath} ${status} ${callerName(caller)}`;
}

/** A CORS preflight: answered for the extension's origin only, including Chrome's Private Network Access. */
function preflight(
  req: IncomingMessage,
  res: ServerResponse,
  origin: string | undefined,
  methods: string[],
  allow: string,
): void {
  const requested = req.headers["access-control-request-method"];
  if (!origin || !requested) {
    res.writeHead(204, { Allow: allow });
    return void res.end();
  }
  if (!methods.includes(requested)) {
    return send(res, 405, { ok: false, error: `${requested} not allowed` }, { ...corsHeaders(origin), Allow: allow });
  }
  const headers: Record<string, string> = {
    ...corsHeaders(origin),
    "Access-Control-Allow-Methods": methods.join(", "),
    "Access-Control-Allow-Headers": "Content-Type",
    "Access-Control-Max-Age": "600",
  };
  if (req.headers["access-control-request-private-network"] === "true") {
    headers["Access-Control-Allow-Private-Network"] = "true";
  }
  res.writeHead(204, headers);
  res.end();
}

/** 413: answer, then close the connection instead of reading (and buffering) the rest of the body. */
function refuseRest(req: IncomingMessage, res: ServerResponse, message: string, cors: Record<string, string>): void {
  const socket = req.socket;
  req.pause();
  res.on("finish", () => socket.destroy());
  send(res, 413, { ok: false, error: message }, { ...cors, Connection: "close" });
}
