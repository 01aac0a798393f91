import { readBridgeHistory } from "../../src/sources/bridge-history";

const URL_ = "http://127.0.0.1:63762";
const sample = { at: 1_795_600_000_000, percent: 40, resetsAt: null };
const answering = (status: number, body: string) =>
  jest.fn(async () => new Response(body, { status, headers: { "content-type": "application/json" } }));

test("GET /history on the bridge, parsed as history", async () => {
  const fetch = answering(200, JSON.stringify({ history: { "org:x|five_hour": [sample, { junk: 1 }] } }));
  expect(await readBridgeHistory({ url: URL_, fetch })).toEqual({ "org:x|five_hour": [sample] });
  expect(String((fetch.mock.calls[0] as unknown[])[0])).toBe(`${URL_}/history`);
});

test.each([
  ["an error status", answering(404, JSON.stringify({ error: "not found" }))],
  ["not JSON", answering(200, "<html>")],
  ["no history field", answering(200, JSON.stringify({ snapshots: [] }))],
  ["an answer over 1 MiB", answering(200, JSON.stringify({ history: {}, padding: "x".repeat(2 * 1024 * 1024) }))],
  [
    "a refused connection",
    jest.fn(async () => {
      throw new TypeError("fetch failed");
    }),
  ],
])("best effort: %s gives no history", async (_, fetch) => {
  expect(await readBridgeHistory({ url: URL_, fetch })).toEqual({});
});

test("never asks a host other than loopback", async () => {
  const fetch = answering(200, JSON.stringify({ history: {} }));
  expect(await readBridgeHistory({ url: "http://example.com:63762", fetch })).toEqual({});
  expect(fetch).not.toHaveBeenCalled();
});
