/**
 * What the bench's reference servers share: the bridge's captured answers (GET, POST) read from the
 * files named on the command line, the bridge's response headers, a loopback listener that prints
 * its port as the bridge does, and a clean stop on SIGTERM. Each server decides how it reads a POST.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

export interface Captured {
  getBody: Buffer;
  postBody: Buffer;
}

export function reply(res: ServerResponse, status: number, body: Buffer): void {
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": String(body.length),
    "Cache-Control": "no-store",
  });
  res.end(body);
}

/** Usage of a reference server: node SERVER.js GET_BODY_FILE POST_BODY_FILE */
export function runReferenceServer(onPost: (req: IncomingMessage, res: ServerResponse, captured: Captured) => void) {
  const [getBody, postBody] = process.argv.slice(2).map((path) => readFileSync(path));
  const captured = { getBody, postBody };
  const server = createServer((req, res) => {
    if (req.method === "POST") return onPost(req, res, captured);
    reply(res, 200, getBody);
  });
  server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    process.stdout.write(
      `listening on http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}\n`,
    );
  });
  process.once("SIGTERM", () => server.close(() => process.exit(0)));
}
