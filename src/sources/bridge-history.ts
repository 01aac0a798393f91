/**
 * The bridge's own per-window history (`GET /history`): the companion posts every minute whether or
 * not a Raycast command or `npm start` is running, so its series fill the gaps between our launches
 * and a forecast is possible from the first launch. Best effort: the snapshot reader already reports
 * a bridge that is down, so any failure here (an answer over 1 MiB included) just means no extra history.
 */
import * as z from "zod";
import { parseHistory, type History } from "../core/history";
import { bridgeBaseUrl, DEFAULT_BRIDGE_TIMEOUT_MS, type BridgeReaderOptions } from "./bridge";
import { readCappedText } from "./capped-body";
import { requestDeadline } from "./deadline";

const historyAnswerSchema = z.object({ history: z.unknown() });

export async function readBridgeHistory({
  url,
  fetch: fetchImpl = fetch,
  timeoutMs = DEFAULT_BRIDGE_TIMEOUT_MS,
}: BridgeReaderOptions): Promise<History> {
  const deadline = requestDeadline(timeoutMs);
  try {
    const response = await fetchImpl(new URL("/history", bridgeBaseUrl(url)), {
      headers: { Accept: "application/json" },
      redirect: "error",
      signal: deadline.signal,
    });
    if (!response.ok) return {};
    // Capped like every answer: a history over the cap is no history, never a process full of it.
    const answer = historyAnswerSchema.safeParse(JSON.parse(await readCappedText(response)));
    return answer.success ? parseHistory(answer.data.history) : {};
  } catch {
    return {};
  } finally {
    deadline.done();
  }
}
