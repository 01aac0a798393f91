/**
 * A local fake of api.anthropic.com's OAuth endpoints on loopback (ephemeral port), for tests.
 * Each path answers with a scripted response; every request is recorded with its headers.
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { PROFILE_PATH, USAGE_PATH } from "../../src/sources/oauth-http";
import { fixture } from "../fixtures";

export interface FakeResponse {
  status?: number;
  body?: unknown;
  /** Sent verbatim instead of JSON-encoding `body`. */
  raw?: string;
  headers?: Record<string, string>;
  /** Never answer (for timeouts). */
  hang?: boolean;
  /** Send the headers and part of the body, then stall. */
  stallBody?: boolean;
  /** Drop the connection (TCP reset) before the headers, or after the headers and part of the body. */
  reset?: "before-headers" | "mid-body";
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

export interface FakeAnthropic {
  baseUrl: string;
  requests: RecordedRequest[];
  /** Scripts a path: a fixed response or one computed per request. */
  answer(path: string, response: FakeResponse | (() => FakeResponse)): void;
  count(path: string): number;
  close(): Promise<void>;
}

export async function startFakeAnthropic(): Promise<FakeAnthropic> {
  const routes = new Map<string, FakeResponse | (() => FakeResponse)>();
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://fake").pathname;
    requests.push({ method: req.method ?? "", path, headers: req.headers });
    const route = routes.get(path);
    const response = typeof route === "function" ? route() : (route ?? { status: 404, body: { error: "not found" } });
    if (response.hang) return; // the socket stays open until close()
    if (response.reset === "before-headers") return void req.socket.resetAndDestroy();
    res.writeHead(response.status ?? 200, { "content-type": "application/json", ...response.headers });
    if (response.stallBody) return void res.write('{"five_hour": ');
    if (response.reset === "mid-body") {
      res.flushHeaders();
      return void res.write('{"five_hour": ', () => req.socket.resetAndDestroy());
    }
    res.end(response.raw ?? JSON.stringify(response.body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    answer: (path, response) => void routes.set(path, response),
    count: (path) => requests.filter((r) => r.path === path).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A fake answering as a logged-in account from the shared fixtures (usage-oauth-percent, oauth-profile). */
export async function startFixtureAnthropic(): Promise<FakeAnthropic> {
  const fake = await startFakeAnthropic();
  fake.answer(USAGE_PATH, { body: fixture("usage-oauth-percent.json") });
  fake.answer(PROFILE_PATH, { body: fixture("oauth-profile.json") });
  return fake;
}
