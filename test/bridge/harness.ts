/** A real bridge on an ephemeral loopback port, and a raw HTTP client that can set any header (Host included). */
import { createHash } from "node:crypto";
import { request } from "node:http";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startBridge, type BridgeOptions, type RunningBridge } from "../../src/bridge/server";
import { NOW } from "../fixtures";
import { COMPANION_EXTENSION_ID } from "../../src/core/extension-id";

/** The pinned companion's origin: the one extension the bridge answers by default. */
export const EXTENSION_ORIGIN = `chrome-extension://${COMPANION_EXTENSION_ID}`;
/** Any other installed extension. */
export const OTHER_EXTENSION_ID = "abcdefghijklmnopabcdefghijklmnop";
export const OTHER_EXTENSION_ORIGIN = `chrome-extension://${OTHER_EXTENSION_ID}`;

export function tempDir(prefix = "cpm-bridge-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface TestBridge extends RunningBridge {
  dataDir: string;
  /** Warnings and errors. */
  logs: string[];
  /** The request log, one line per request. */
  requests: string[];
}

const running = new Set<RunningBridge>();

/** Starts a bridge whose clock reads NOW unless told otherwise; afterAll(closeAll) stops them all. */
export async function testBridge(options: Partial<BridgeOptions> = {}): Promise<TestBridge> {
  const logs: string[] = [];
  const requests: string[] = [];
  const dataDir = options.dataDir ?? tempDir();
  const bridge = await startBridge({
    port: 0,
    dataDir,
    now: () => NOW,
    log: (l) => logs.push(l),
    requestLog: (l) => requests.push(l),
    ...options,
  });
  running.add(bridge);
  return {
    ...bridge,
    dataDir,
    logs,
    requests,
    close: async () => {
      running.delete(bridge);
      await bridge.close();
    },
  };
}

export async function closeAll(): Promise<void> {
  await Promise.all([...running].map((b) => b.close()));
  running.clear();
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: () => Record<string, unknown>;
}

export interface RawRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** One request with exactly the headers given (plus Host defaulting to the bridge's own). */
export function raw(port: number, { method = "GET", path = "/health", headers = {}, body }: RawRequest = {}) {
  return new Promise<RawResponse>((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, method, path, headers: { Host: `127.0.0.1:${port}`, ...headers }, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

export function postJson(port: number, body: unknown, headers: Record<string, string> = {}) {
  return raw(port, {
    method: "POST",
    path: "/snapshots",
    headers: { "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** A stable org UUID for a short test name ("org-a"), as the bridge accepts only UUIDs; a UUID stays itself. */
export function orgUuid(name: string): string {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(name)) return name;
  const hex = createHash("sha256").update(name).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A minimal ClaudeMeter-style snapshot for one org, named in short ("org-a") and sent as its UUID. */
export function wireSnapshot(org: string, fetchedAt: string, fiveHour = 10): Record<string, unknown> {
  return {
    org_uuid: orgUuid(org),
    account_email: `${org}@example.com`,
    browser: "chrome",
    fetched_at: fetchedAt,
    usage: { five_hour: { utilization: fiveHour, resets_at: "2030-11-24T18:42:00Z" } },
    errors: [],
  };
}
