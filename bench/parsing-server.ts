/**
 * The fair baseline for POST: like bare-server.ts, but it reads each POST body whole and JSON.parses
 * it before answering with the bridge's captured bytes. Any server that takes JSON pays for that
 * much; what the bridge costs beyond it is validation, its guards and the store.
 * Usage: node parsing-server.js GET_BODY_FILE POST_BODY_FILE
 */
import { reply, runReferenceServer } from "./reference-server";

runReferenceServer((req, res, { postBody }) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    try {
      JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      return reply(res, 400, Buffer.from('{"ok":false}'));
    }
    reply(res, 200, postBody);
  });
});
