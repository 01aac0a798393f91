/** A real bridge on an ephemeral loopback port, and a raw HTTP client that can set any header (Host included). */
import { request } from "node:http";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startBridge, type BridgeOptions, type RunningBridge } from "../../src/bridge/server";
import { NOW } from "../fixtures";

export const EXTENSION_ORIGIN = "chrome-extension://abcdefghijklmnopabcdefghijklmnop";

export function tempDir(prefix = "cpm-bridge-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface TestBridge extends RunningBridge {
  dataDir: string;
  logs: string[];
}

const running = new Set<RunningBridge>();

/** Starts a bridge whose clock reads NOW unless told otherwise; afterAll(closeAll) stops them all. */
export async function testBridge(options: Partial<BridgeOptions> = {}): Promise<TestBridge> {
  const logs: string[] = [];
  const dataDir = options.dataDir ?? tempDir();
  const bridge = await startBridge({ port: 0, dataDir, now: () => NOW, log: (l) => logs.push(l), ...options });
  running.add(bridge);
  return {
    ...bridge,
    dataDir,
    logs,
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

/** A minimal ClaudeMeter-style snapshot for one org. */
export function wireSnapshot(org: string, fetchedAt: string, fiveHour = 10): Record<string, unknown> {
  return {
    org_uuid: org,
    account_email: `${org}@example.com`,
    browser: "chrome",
    fetched_at: fetchedAt,
    usage: { five_hour: { utilization: fiveHour, resets_at: "2030-11-24T18:42:00Z" } },
    errors: [],
  };
}
