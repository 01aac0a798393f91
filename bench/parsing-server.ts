/**
 * The fair baseline for POST: like bare-server.ts, but it reads each POST body whole and JSON.parses
 * it before answering with the bridge's captured bytes. Any server that takes JSON pays for that
 * much; what the bridge costs beyond it is validation, its guards and the store.
 * Usage: node parsing-server.js GET_BODY_FILE POST_BODY_FILE
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [getBody, postBody] = process.argv.slice(2).map((path) => readFileSync(path));
const headers = (body: Buffer) => ({
  "Content-Type": "application/json; charset=utf-8",
  "Content-Length": String(body.length),
  "Cache-Control": "no-store",
});

const server = createServer((req, res) => {
  if (req.method !== "POST") {
    res.writeHead(200, headers(getBody));
    return void res.end(getBody);
  }
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    let parsed = false;
    try {
      parsed = JSON.parse(Buffer.concat(chunks).toString("utf8")) !== undefined;
    } catch {
      parsed = false;
    }
    const body = parsed ? postBody : Buffer.from('{"ok":false}');
    res.writeHead(parsed ? 200 : 400, headers(body));
    res.end(body);
  });
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`listening on http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}\n`);
});
process.once("SIGTERM", () => server.close(() => process.exit(0)));
