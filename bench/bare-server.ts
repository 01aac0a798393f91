/**
 * The baseline: a bare `node:http` server that answers GET /snapshots and POST /snapshots with the
 * exact bytes the bridge sent (captured by the bench), reading a POST body in full first. What the
 * bridge costs beyond this is its guards, validation and durable store.
 * Usage: node bare-server.js GET_BODY_FILE POST_BODY_FILE
 */
import { reply, runReferenceServer } from "./reference-server";

runReferenceServer((req, res, { postBody }) => {
  req.on("data", () => undefined);
  req.on("end", () => reply(res, 200, postBody));
});
