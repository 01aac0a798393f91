/**
 * A small keep-alive HTTP load generator: `concurrency` clients, each sending its next request as soon
 * as the previous answer is in, over one pooled connection each. The same client drives the bridge
 * and the bare server, so their figures differ only by the server.
 */
import { Agent, request } from "node:http";

export interface LoadSpec {
  port: number;
  method: "GET" | "POST";
  path: string;
  body?: Buffer;
  headers?: Record<string, string>;
  requests: number;
  concurrency: number;
}

export interface LoadResult {
  p50Ms: number;
  p99Ms: number;
  rps: number;
  /** Answers whose status was not the expected one. */
  errors: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** One request; resolves with its status once the whole answer has been read. */
export function send(agent: Agent | false, spec: Omit<LoadSpec, "requests" | "concurrency">): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: `127.0.0.1:${spec.port}`, ...spec.headers };
    if (spec.body) headers["Content-Length"] = String(spec.body.length);
    const req = request({ host: "127.0.0.1", port: spec.port, method: spec.method, path: spec.path, headers, agent });
    req.on("response", (res) => {
      res.on("data", () => undefined);
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(spec.body);
  });
}

export async function runLoad(spec: LoadSpec, expectStatus = 200): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: spec.concurrency });
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const client = async () => {
    while (next < spec.requests) {
      next += 1;
      const started = process.hrtime.bigint();
      const status = await send(agent, spec).catch(() => 0);
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (status !== expectStatus) errors += 1;
    }
  };
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: spec.concurrency }, client));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), rps: spec.requests / seconds, errors };
}
