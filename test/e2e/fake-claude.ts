/**
 * A fake claude.ai on a loopback port, serving the shared fixtures behind a session cookie the way
 * the real site does: without the cookie every /api route answers 401. GET /login sets the cookie.
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fixture } from "../fixtures";

export const SESSION_COOKIE = "sessionKey=e2e-session";
export const ORG_MAIN = "0b8e7d1c-0000-4000-8000-00000000b001";
export const ORG_TEAM = "0b8e7d1c-0000-4000-8000-00000000b002";

export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

type Route = { status: number; body?: unknown };

/** Main org: the newer payload (limits[], spend) with overage and subscription; team org: small values, no overage, a broken subscription endpoint. */
function route(path: string): Route {
  const org = (uuid: string, tail: string) => `/api/organizations/${uuid}/${tail}`;
  const routes: Record<string, Route> = {
    "/api/account": { status: 200, body: fixture("account.json") },
    [org(ORG_MAIN, "usage")]: { status: 200, body: fixture("usage-limits-spend.json") },
    [org(ORG_MAIN, "overage_spend_limit")]: { status: 200, body: fixture("overage.json") },
    [org(ORG_MAIN, "subscription_details")]: { status: 200, body: fixture("subscription.json") },
    [org(ORG_TEAM, "usage")]: { status: 200, body: fixture("usage-claudeai-small-values.json") },
    [org(ORG_TEAM, "overage_spend_limit")]: { status: 404 },
    [org(ORG_TEAM, "subscription_details")]: { status: 500 },
  };
  return routes[path] ?? { status: 404 };
}

export interface FakeClaude {
  origin: string;
  port: number;
  seen: SeenRequest[];
  close(): Promise<void>;
}

/** `host` is the name the browser uses (mapped to 127.0.0.1 with --host-resolver-rules). */
export async function startFakeClaude(host: string): Promise<FakeClaude> {
  const seen: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path === "/login") {
      res.writeHead(200, {
        "set-cookie": `${SESSION_COOKIE}; Path=/; HttpOnly; SameSite=Lax`,
        "content-type": "text/html",
      });
      res.end("<!doctype html><title>signed in</title>signed in");
      return;
    }
    if (path === "/favicon.ico") {
      res.writeHead(404).end();
      return;
    }
    seen.push({ method: req.method ?? "", path, headers: req.headers });
    const signedIn = (req.headers.cookie ?? "").split(/;\s*/).includes(SESSION_COOKIE);
    const { status, body } = signedIn ? route(path) : { status: 401, body: { error: "unauthenticated" } };
    res.writeHead(status, { "content-type": "application/json" });
    res.end(body === undefined ? "" : JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://${host}:${port}`,
    port,
    seen,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
