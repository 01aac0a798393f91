import { BodyTooLargeError, MAX_RESPONSE_BYTES, readCappedText } from "../../src/sources/capped-body";

/** A body streamed in 64 KiB chunks with no Content-Length; counts how many chunks were pulled. */
function streamed(totalBytes: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled * chunk.length >= totalBytes) return controller.close();
      pulled += 1;
      controller.enqueue(chunk);
    },
  });
  return { response: new Response(body), pulled: () => pulled };
}

test("reads a body under the cap whole", async () => {
  const { response } = streamed(256 * 1024);
  expect(await readCappedText(response)).toHaveLength(256 * 1024);
});

test("a streamed body past 1 MiB is refused once the cap is passed, not read to its end", async () => {
  const { response, pulled } = streamed(64 * 1024 * 1024);
  await expect(readCappedText(response)).rejects.toThrow(new BodyTooLargeError(MAX_RESPONSE_BYTES));
  expect(pulled()).toBeLessThanOrEqual(MAX_RESPONSE_BYTES / (64 * 1024) + 2);
});

test("a Content-Length over the cap is refused before reading", async () => {
  const { response, pulled } = streamed(4 * 1024 * 1024);
  const declared = new Response(response.body, { headers: { "content-length": String(4 * 1024 * 1024) } });
  await expect(readCappedText(declared)).rejects.toThrow("answer over 1 MiB");
  expect(pulled()).toBeLessThanOrEqual(1);
});
