/**
 * Reads an HTTP response body up to a byte cap. Neither api.anthropic.com's answers nor the bridge's
 * come near it (a few KiB); a body past it is a broken or hostile server, and buffering it whole
 * would let that server fill this process's memory. Reading stops at the cap and the stream is cancelled.
 */
/** @internal */
export const MAX_RESPONSE_BYTES = 1024 * 1024;

export class BodyTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`answer over ${maxBytes / (1024 * 1024)} MiB`);
  }
}

export async function readCappedText(response: Response, maxBytes = MAX_RESPONSE_BYTES): Promise<string> {
  if (Number(response.headers.get("content-length")) > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new BodyTooLargeError(maxBytes);
  }
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
