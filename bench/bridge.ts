/**
 * The bridge against fair baselines, measured in one run: GET against a bare node:http server, POST
 * against one that also reads and JSON.parses each body, and the bridge's memory after floods of good
 * and oversize POSTs against the bare server's after the same floods.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { fixturePath } from "../test/fixtures";
import { FAIR_TARGETS, fairTargets } from "./fair";
import { runLoad, send, type LoadResult, type LoadSpec } from "./load";
import { bundle, startServer, type ServerProcess } from "./processes";
import { BRIDGE_NODE_FLAGS } from "../src/bridge/agent";
import { fmt, median, verdict, type Section } from "./section";

const CONCURRENCY = 8;
const REQUESTS_PER_ROUND = 2000;
const ROUNDS = 3;
const FLOOD = 10_000;
const OVERSIZE_BYTES = 1024 * 1024 + 1;
const RSS_AFTER_FLOODS_MIB = 60;

const JSON_HEADERS = { "Content-Type": "application/json" };

function medianResult(results: LoadResult[]): LoadResult {
  return {
    p50Ms: median(results.map((r) => r.p50Ms)),
    p99Ms: median(results.map((r) => r.p99Ms)),
    rps: median(results.map((r) => r.rps)),
    errors: results.reduce((n, r) => n + r.errors, 0),
  };
}

/** Baseline and bridge, same client and concurrency, interleaved rounds (each side sees the same load). */
async function compare(base: ServerProcess, bridge: ServerProcess, spec: Omit<LoadSpec, "port" | "requests">) {
  const baseRuns: LoadResult[] = [];
  const bridgeRuns: LoadResult[] = [];
  for (const server of [base, bridge]) await runLoad({ ...spec, port: server.port, requests: 300 });
  for (let round = 0; round < ROUNDS; round += 1) {
    baseRuns.push(await runLoad({ ...spec, port: base.port, requests: REQUESTS_PER_ROUND }));
    bridgeRuns.push(await runLoad({ ...spec, port: bridge.port, requests: REQUESTS_PER_ROUND }));
  }
  const b = medianResult(baseRuns);
  const r = medianResult(bridgeRuns);
  return {
    bare: b,
    bridge: r,
    ratioP50: r.p50Ms / b.p50Ms,
    ratioP99: r.p99Ms / b.p99Ms,
    ratioRps: r.rps / b.rps,
  };
}

/** A POST whose declared body is over the cap; counts the 413s (the bridge may also just close). */
function postOversize(port: number, body: Buffer): Promise<number> {
  return new Promise((resolve) => {
    let status = 0;
    const req = request({
      host: "127.0.0.1",
      port,
      method: "POST",
      path: "/snapshots",
      agent: false,
      headers: { "Content-Type": "application/json", "Content-Length": String(body.length) },
    });
    req.on("response", (res) => {
      status = res.statusCode ?? 0;
      res.resume();
      res.on("end", () => resolve(status));
      res.on("error", () => resolve(status));
    });
    req.on("error", () => resolve(status));
    req.on("close", () => resolve(status));
    req.end(body);
  });
}

async function flood(count: number, one: () => Promise<number>): Promise<Record<number, number>> {
  const statuses: Record<number, number> = {};
  let next = 0;
  const client = async () => {
    while (next < count) {
      next += 1;
      const status = await one();
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  return statuses;
}

const settle = () => new Promise((done) => setTimeout(done, 1000));

/**
 * The bridge's RSS after sitting idle for IDLE_WAIT_S: V8 keeps the heap a flood grew until its memory
 * reducer sees the allocation rate drop (8 s of quiet, then a few compacting GCs), then gives the pages
 * back. A daemon's memory is bounded by what it comes back to, so the target is judged there; the figures
 * one second after each flood are printed beside it.
 */
const IDLE_WAIT_S = 15;

/** The bridge bundle started as the launchd agent starts it (its V8 flags, its log file), holding one POST. */
export async function startBridge(work: string): Promise<ServerProcess> {
  const script = await bundle("src/bridge/main.ts", work);
  const bridge = await startServer(
    script,
    ["--port", "0", "--data-dir", join(work, "data"), "--log", join(work, "bridge.log")],
    BRIDGE_NODE_FLAGS,
  );
  await send(false, {
    port: bridge.port,
    method: "POST",
    path: "/snapshots",
    body: readFileSync(fixturePath("bridge-post.json")),
    headers: JSON_HEADERS,
  });
  return bridge;
}

export async function bridgeSection(work: string): Promise<Section> {
  const servers: ServerProcess[] = [];
  try {
    const bridge = await startBridge(work);
    servers.push(bridge);
    await settle();
    const rssStart = bridge.rssMiB();

    // The baselines answer with the bridge's own bytes.
    const postBody = readFileSync(fixturePath("bridge-post.json"));
    const capture = async (method: "GET" | "POST") =>
      (
        await fetch(`http://127.0.0.1:${bridge.port}/snapshots`, {
          method,
          headers: JSON_HEADERS,
          body: method === "POST" ? postBody : undefined,
        })
      ).text();
    writeFileSync(join(work, "get.json"), await capture("GET"));
    writeFileSync(join(work, "post.json"), await capture("POST"));
    const answers = [join(work, "get.json"), join(work, "post.json")];
    const bare = await startServer(await bundle("bench/bare-server.ts", work), answers);
    servers.push(bare);
    const parsing = await startServer(await bundle("bench/parsing-server.ts", work), answers);
    servers.push(parsing);
    await settle();
    const bareRssStart = bare.rssMiB();

    const get = await compare(bare, bridge, { method: "GET", path: "/snapshots", concurrency: CONCURRENCY });
    const postSpec = {
      method: "POST",
      path: "/snapshots",
      body: postBody,
      headers: JSON_HEADERS,
      concurrency: CONCURRENCY,
    } as const;
    const post = await compare(bare, bridge, postSpec);
    const postParsed = await compare(parsing, bridge, postSpec);

    const postFlood = (port: number) =>
      flood(FLOOD, () =>
        send(false, { port, method: "POST", path: "/snapshots", body: postBody, headers: JSON_HEADERS }).catch(() => 0),
      );
    const okPosts = await postFlood(bridge.port);
    await settle();
    const rssAfterPosts = bridge.rssMiB();
    // For scale: what a bare node:http process weighs before and after the same flood.
    await postFlood(bare.port);
    await settle();
    const bareRssAfterPosts = bare.rssMiB();
    const oversize = Buffer.alloc(OVERSIZE_BYTES, 0x20);
    const rejected = await flood(FLOOD, () => postOversize(bridge.port, oversize));
    await settle();
    const rssAfterOversize = bridge.rssMiB();
    await new Promise((done) => setTimeout(done, (IDLE_WAIT_S - 1) * 1000));
    const rssIdle = bridge.rssMiB();
    await flood(FLOOD, () => postOversize(bare.port, oversize));
    await settle();
    const bareRssAfterOversize = bare.rssMiB();

    const rssMax = Math.max(rssAfterPosts, rssAfterOversize);
    const bareRssMax = Math.max(bareRssAfterPosts, bareRssAfterOversize);
    const fair = fairTargets({
      getRatioP50: get.ratioP50,
      postVsParsingP50: postParsed.ratioP50,
      bridgeRssMiB: rssMax,
      bareRssMiB: bareRssMax,
    });
    const targets = { ...fair, rss_after_floods: verdict(rssIdle <= RSS_AFTER_FLOODS_MIB) };

    const row = (name: string, r: LoadResult) =>
      `  ${name.padEnd(22)}${fmt(r.p50Ms, 3).padStart(9)}${fmt(r.p99Ms, 3).padStart(9)}${fmt(r.rps, 0).padStart(9)}`;
    const lines = [
      `loopback, keep-alive, concurrency ${CONCURRENCY}, ${ROUNDS}×${REQUESTS_PER_ROUND} requests per side (median of rounds)`,
      "",
      `  ${"".padEnd(22)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}${"req/s".padStart(9)}`,
      row("GET  /snapshots bare", get.bare),
      row("GET  /snapshots bridge", get.bridge),
      row("POST /snapshots bare", post.bare),
      row("POST /snapshots bridge", post.bridge),
      row("POST /snapshots parsing", postParsed.bare),
      row("POST /snapshots bridge", postParsed.bridge),
      "",
      `  GET  bridge/bare   p50 ×${fmt(get.ratioP50)}  p99 ×${fmt(get.ratioP99)}  req/s ×${fmt(get.ratioRps)}   target p50 ≤ ×${FAIR_TARGETS.getP50VsBare}: ${fair.bridge_get_p50_vs_bare}`,
      `  POST bridge/bare   p50 ×${fmt(post.ratioP50)}  p99 ×${fmt(post.ratioP99)}  req/s ×${fmt(post.ratioRps)}   (for scale: bare reads no JSON)`,
      `  POST bridge/parsing p50 ×${fmt(postParsed.ratioP50)}  p99 ×${fmt(postParsed.ratioP99)}  req/s ×${fmt(postParsed.ratioRps)}   target p50 ≤ ×${FAIR_TARGETS.postP50VsParsing}: ${fair.bridge_post_p50_vs_parsing}`,
      `    (parsing: a node:http server that reads and JSON.parses each body; bridge rows re-measured beside it)`,
      "",
      `  bridge RSS MiB     start ${fmt(rssStart, 1)}  after ${FLOOD} POSTs ${fmt(rssAfterPosts, 1)}  after ${FLOOD} 1 MiB+ POSTs ${fmt(rssAfterOversize, 1)}  idle ${fmt(rssIdle, 1)}   target ≤ ${RSS_AFTER_FLOODS_MIB} once idle: ${targets.rss_after_floods}`,
      `    (1 s after each flood, then idle for ${IDLE_WAIT_S} s: V8's memory reducer gives back the heap the floods grew)`,
      `  bridge node flags  ${BRIDGE_NODE_FLAGS.join(" ")} (as the launchd agent runs it; bare: node defaults)`,
      `  bare RSS MiB       start ${fmt(bareRssStart, 1)}  after ${FLOOD} POSTs ${fmt(bareRssAfterPosts, 1)}  after ${FLOOD} 1 MiB+ POSTs ${fmt(bareRssAfterOversize, 1)}   bridge ≤ bare after both floods: ${fair.bridge_rss_vs_bare_after_floods}`,
      `    POST statuses ${JSON.stringify(okPosts)}; oversize statuses ${JSON.stringify(rejected)} (0 = closed before an answer)`,
    ];
    const figures = {
      concurrency: CONCURRENCY,
      get: {
        bare: get.bare,
        bridge: get.bridge,
        ratio_p50: get.ratioP50,
        ratio_p99: get.ratioP99,
        ratio_rps: get.ratioRps,
      },
      post_vs_parsing: {
        parsing: postParsed.bare,
        bridge: postParsed.bridge,
        ratio_p50: postParsed.ratioP50,
        ratio_p99: postParsed.ratioP99,
        ratio_rps: postParsed.ratioRps,
      },
      post: {
        bare: post.bare,
        bridge: post.bridge,
        ratio_p50: post.ratioP50,
        ratio_p99: post.ratioP99,
        ratio_rps: post.ratioRps,
      },
      bridge_node_flags: BRIDGE_NODE_FLAGS,
      rss_mib: {
        start: rssStart,
        after_posts: rssAfterPosts,
        after_oversize_posts: rssAfterOversize,
        idle: rssIdle,
        idle_after_s: IDLE_WAIT_S,
      },
      bare_rss_mib: { start: bareRssStart, after_posts: bareRssAfterPosts, after_oversize_posts: bareRssAfterOversize },
      flood_statuses: { posts: okPosts, oversize: rejected },
    };
    return { lines, figures, targets };
  } finally {
    for (const server of servers) await server.stop();
  }
}
