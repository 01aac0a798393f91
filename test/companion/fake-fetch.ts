/** A scripted `fetch` for the companion's poll: answers by URL and records every call with its init. */
import type { FetchLike } from "../../src/companion/poll";

export type Answer = { status: number; body?: unknown; raw?: string; headers?: Record<string, string> } | Error;

export function fakeFetch(answers: Record<string, Answer>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, init });
    const answer = answers[url] ?? { status: 404 };
    if (answer instanceof Error) throw answer;
    const text = answer.raw ?? (answer.body === undefined ? "" : JSON.stringify(answer.body));
    return new Response(text, { status: answer.status, headers: answer.headers });
  };
  return { fetch, calls };
}
