/**
 * `npm run bench`: the bridge against a bare node:http server, the bridge's memory under floods, one
 * core refresh cycle against bare fetches, and the bundle sizes — measured in one run on this machine.
 * Prints a table, then as its last line one JSON object with every figure.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { request } from "node:http";
import { fixturePath } from "../test/fixtures";
import { bundleSizes } from "./bundles";
import { FAIR_TARGETS, fairTargets } from "./fair";
import { runLedgerBench } from "./ledger";
import { runLoad, send, type LoadResult, type LoadSpec } from "./load";
import { bundle, startServer, type ServerProcess } from "./processes";
import { measureRefresh } from "./refresh";
import { measureStatusline, STATUSLINE_TARGET_RATIO } from "./statusline";
import { bridgeReader } from "../src/sources/bridge";
import { BRIDGE_NODE_FLAGS } from "../src/bridge/agent";

const CONCURRENCY = 8;
const REQUESTS_PER_ROUND = 2000;
const ROUNDS = 3;
const FLOOD = 10_000;
const OVERSIZE_BYTES = 1024 * 1024 + 1;
const REFRESH_CYCLES = 200;

const TARGETS = { rssAfterFloodsMiB: 60, refreshRatio: 1.5 };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function medianResult(results: LoadResult[]): LoadResult {
  return {
    p50Ms: median(results.map((r) => r.p50Ms)),
    p99Ms: median(results.map((r) => r.p99Ms)),
    rps: median(results.map((r) => r.rps)),
    errors: results.reduce((n, r) => n + r.errors, 0),
  };
}

/** Bare and bridge, same client and concurrency, interleaved rounds (each side sees the same load). */
async function compare(bare: ServerProcess, bridge: ServerProcess, spec: Omit<LoadSpec, "port" | "requests">) {
  const bareRuns: LoadResult[] = [];
  const bridgeRuns: LoadResult[] = [];
  for (const server of [bare, bridge]) await runLoad({ ...spec, port: server.port, requests: 300 });
  for (let round = 0; round < ROUNDS; round += 1) {
    bareRuns.push(await runLoad({ ...spec, port: bare.port, requests: REQUESTS_PER_ROUND }));
    bridgeRuns.push(await runLoad({ ...spec, port: bridge.port, requests: REQUESTS_PER_ROUND }));
  }
  const b = medianResult(bareRuns);
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
const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");
const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "cpm-bench-"));
  const servers: ServerProcess[] = [];
  try {
    const bridgeScript = await bundle("src/bridge/main.ts", work);
    const bareScript = await bundle("bench/bare-server.ts", work);
    const parsingScript = await bundle("bench/parsing-server.ts", work);
    // Started as the launchd agent starts it, with its V8 flags; the bare baseline runs with node's defaults.
    const bridge = await startServer(
      bridgeScript,
      // Its request log goes to a file, rotated at 1 MiB, as the agent runs it.
      ["--port", "0", "--data-dir", join(work, "data"), "--log", join(work, "bridge.log")],
      BRIDGE_NODE_FLAGS,
    );
    servers.push(bridge);
    await settle();
    const rssStart = bridge.rssMiB();

    // The bare server answers with the bridge's own bytes.
    const postBody = readFileSync(fixturePath("bridge-post.json"));
    const json = { "Content-Type": "application/json" };
    await send(false, { port: bridge.port, method: "POST", path: "/snapshots", body: postBody, headers: json });
    const capture = async (method: "GET" | "POST") =>
      (
        await fetch(`http://127.0.0.1:${bridge.port}/snapshots`, {
          method,
          headers: json,
          body: method === "POST" ? postBody : undefined,
        })
      ).text();
    writeFileSync(join(work, "get.json"), await capture("GET"));
    writeFileSync(join(work, "post.json"), await capture("POST"));
    const bare = await startServer(bareScript, [join(work, "get.json"), join(work, "post.json")]);
    servers.push(bare);
    const parsing = await startServer(parsingScript, [join(work, "get.json"), join(work, "post.json")]);
    servers.push(parsing);
    await settle();
    const bareRssStart = bare.rssMiB();

    const get = await compare(bare, bridge, { method: "GET", path: "/snapshots", concurrency: CONCURRENCY });
    const postSpec = {
      method: "POST",
      path: "/snapshots",
      body: postBody,
      headers: json,
      concurrency: CONCURRENCY,
    } as const;
    const post = await compare(bare, bridge, postSpec);
    const postParsed = await compare(parsing, bridge, postSpec);

    const postFlood = (port: number) =>
      flood(FLOOD, () =>
        send(false, { port, method: "POST", path: "/snapshots", body: postBody, headers: json }).catch(() => 0),
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
    await flood(FLOOD, () => postOversize(bare.port, oversize));
    await settle();
    const bareRssAfterOversize = bare.rssMiB();

    const refresh = await measureRefresh({
      bridge: {
        reader: bridgeReader({ url: `http://127.0.0.1:${bridge.port}` }),
        url: `http://127.0.0.1:${bridge.port}`,
      },
      cycles: REFRESH_CYCLES,
    });
    for (const server of servers.splice(0)) await server.stop();
    const statusline = await measureStatusline();
    const bundles = await bundleSizes();
    const ledger = await runLedgerBench(join(work, "ledger"));

    const rssMax = Math.max(rssAfterPosts, rssAfterOversize);
    const bareRssMax = Math.max(bareRssAfterPosts, bareRssAfterOversize);
    const fair = fairTargets({
      getRatioP50: get.ratioP50,
      postVsParsingP50: postParsed.ratioP50,
      bridgeRssMiB: rssMax,
      bareRssMiB: bareRssMax,
    });
    const targets = {
      ...fair,
      rss_after_floods: verdict(rssMax <= TARGETS.rssAfterFloodsMiB),
      refresh: verdict(refresh.ratio <= TARGETS.refreshRatio),
      statusline: verdict(statusline.ratio <= STATUSLINE_TARGET_RATIO),
    };

    const row = (name: string, r: LoadResult) =>
      `  ${name.padEnd(22)}${fmt(r.p50Ms, 3).padStart(9)}${fmt(r.p99Ms, 3).padStart(9)}${fmt(r.rps, 0).padStart(9)}`;
    const lines = [
      `claude-plan-meter bench — node ${process.version}, ${cpus().length} CPU, load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`,
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
      `  bridge RSS MiB     start ${fmt(rssStart, 1)}  after ${FLOOD} POSTs ${fmt(rssAfterPosts, 1)}  after ${FLOOD} 1 MiB+ POSTs ${fmt(rssAfterOversize, 1)}   target ≤ ${TARGETS.rssAfterFloodsMiB}: ${targets.rss_after_floods}`,
      `  bridge node flags  ${BRIDGE_NODE_FLAGS.join(" ")} (as the launchd agent runs it; bare: node defaults)`,
      `  bare RSS MiB       start ${fmt(bareRssStart, 1)}  after ${FLOOD} POSTs ${fmt(bareRssAfterPosts, 1)}  after ${FLOOD} 1 MiB+ POSTs ${fmt(bareRssAfterOversize, 1)}   bridge ≤ bare after both floods: ${fair.bridge_rss_vs_bare_after_floods}`,
      `    POST statuses ${JSON.stringify(okPosts)}; oversize statuses ${JSON.stringify(rejected)} (0 = closed before an answer)`,
      `  refresh cycle      core ${fmt(refresh.coreMedianMs, 3)} ms  bare fetch ${fmt(refresh.bareMedianMs, 3)} ms  ×${fmt(refresh.ratio)}   target ≤ ×${TARGETS.refreshRatio}: ${targets.refresh}`,
      `    (bridge + OAuth against a local fake, parse, merge, view; ${refresh.windows} windows; median of ${REFRESH_CYCLES})`,
      `  statusline         ${fmt(statusline.statuslineMedianMs, 1)} ms  node -e '' ${fmt(statusline.nodeMedianMs, 1)} ms  ×${fmt(statusline.ratio)}   target ≤ ×${STATUSLINE_TARGET_RATIO}: ${targets.statusline}`,
      `    (bundled, plain node, stdin with rate_limits, median of ${statusline.runs} alternating runs: "${statusline.line}")`,
      `  bundles (bytes)    ${Object.entries(bundles)
        .map(([name, size]) => `${name} ${size}`)
        .join(", ")}`,
      "",
      ...ledger.lines,
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
    const figures = {
      node: process.version,
      cpus: cpus().length,
      loadavg: loadavg()[0],
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
      rss_mib: { start: rssStart, after_posts: rssAfterPosts, after_oversize_posts: rssAfterOversize },
      bare_rss_mib: { start: bareRssStart, after_posts: bareRssAfterPosts, after_oversize_posts: bareRssAfterOversize },
      flood_statuses: { posts: okPosts, oversize: rejected },
      refresh: { core_ms: refresh.coreMedianMs, bare_ms: refresh.bareMedianMs, ratio: refresh.ratio },
      statusline: { ms: statusline.statuslineMedianMs, node_ms: statusline.nodeMedianMs, ratio: statusline.ratio },
      bundle_bytes: bundles,
      ledger: ledger.figures,
      targets,
    };
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } finally {
    for (const server of servers) await server.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
