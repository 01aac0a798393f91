/** Records what reaches the bridge URL (headers and JSON body) — the interim stand-in until the real bridge lands. */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  headers: IncomingHttpHeaders;
  body: unknown;
}

export async function startReceiver() {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      if (req.method === "POST") {
        const body: unknown = JSON.parse(Buffer.concat(chunks).toString("utf8"));
        received.push({ headers: req.headers, body });
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ ok: true, accepted: Array.isArray(body) ? body.length : 0 }));
      } else res.writeHead(405).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/snapshots`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
