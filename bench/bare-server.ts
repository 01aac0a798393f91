/**
 * The baseline: a bare `node:http` server that answers GET /snapshots and POST /snapshots with the
 * exact bytes the bridge sent (captured by the bench), reading a POST body in full first. What the
 * bridge costs beyond this is its guards, validation and durable store.
 * Usage: node bare-server.js GET_BODY_FILE POST_BODY_FILE
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
  if (req.method === "POST") {
    req.on("data", () => undefined);
    req.on("end", () => {
      res.writeHead(200, headers(postBody));
      res.end(postBody);
    });
    return;
  }
  res.writeHead(200, headers(getBody));
  res.end(getBody);
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`listening on http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}\n`);
});
process.once("SIGTERM", () => server.close(() => process.exit(0)));
