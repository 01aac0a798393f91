/**
 * `npm run bench`: every performance target, measured in one run on this machine as ratios against
 * a baseline measured beside it. `npm run bench -- --only bridge,statusline` runs some sections.
 * Prints a table, then as its last line one JSON object with every figure.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { bridgeSection, startBridge } from "./bridge";
import { bundleSizes } from "./bundles";
import { runLedgerBench } from "./ledger";
import { measureRefresh } from "./refresh";
import { fmt, verdict, type Section } from "./section";
import { measureStatusline, STATUSLINE_TARGET_RATIO } from "./statusline";
import { bridgeReader } from "../src/sources/bridge";

const REFRESH_CYCLES = 200;
const REFRESH_TARGET_RATIO = 1.5;

async function refreshSection(work: string): Promise<Section> {
  const bridge = await startBridge(work);
  try {
    const url = `http://127.0.0.1:${bridge.port}`;
    const refresh = await measureRefresh({ bridge: { reader: bridgeReader({ url }), url }, cycles: REFRESH_CYCLES });
    const pass = verdict(refresh.ratio <= REFRESH_TARGET_RATIO);
    return {
      lines: [
        `  refresh cycle      core ${fmt(refresh.coreMedianMs, 3)} ms  bare fetch ${fmt(refresh.bareMedianMs, 3)} ms  ×${fmt(refresh.ratio)}   target ≤ ×${REFRESH_TARGET_RATIO}: ${pass}`,
        `    (bridge + OAuth against a local fake, parse, merge, view; ${refresh.windows} windows; median of ${REFRESH_CYCLES})`,
      ],
      figures: { refresh: { core_ms: refresh.coreMedianMs, bare_ms: refresh.bareMedianMs, ratio: refresh.ratio } },
      targets: { refresh: pass },
    };
  } finally {
    await bridge.stop();
  }
}

async function statuslineSection(): Promise<Section> {
  const s = await measureStatusline();
  const pass = verdict(s.ratio <= STATUSLINE_TARGET_RATIO);
  return {
    lines: [
      `  statusline         ${fmt(s.statuslineMedianMs, 1)} ms  node -e '' ${fmt(s.nodeMedianMs, 1)} ms  ×${fmt(s.ratio)}   target ≤ ×${STATUSLINE_TARGET_RATIO}: ${pass}`,
      `    (bundled, plain node, stdin with rate_limits, median of ${s.runs} alternating runs: "${s.line}")`,
    ],
    figures: { statusline: { ms: s.statuslineMedianMs, node_ms: s.nodeMedianMs, ratio: s.ratio } },
    targets: { statusline: pass },
  };
}

async function bundlesSection(): Promise<Section> {
  const bundles = await bundleSizes();
  return {
    lines: [
      `  bundles (bytes)    ${Object.entries(bundles)
        .map(([name, size]) => `${name} ${size}`)
        .join(", ")}`,
    ],
    figures: { bundle_bytes: bundles },
    targets: {},
  };
}

async function ledgerSection(work: string): Promise<Section> {
  const { lines, figures } = await runLedgerBench(work);
  // The ledger's verdicts stay inside its own figures, as they always have.
  return { lines: ["", ...lines], figures: { ledger: figures }, targets: {} };
}

/** In the order they run: the servers first, then the processes that start afresh, the big corpus last. */
const SECTIONS: Record<string, (work: string) => Promise<Section>> = {
  bridge: bridgeSection,
  refresh: refreshSection,
  statusline: statuslineSection,
  bundles: bundlesSection,
  ledger: ledgerSection,
};

/** The sections asked for, or null when `--only` names none or an unknown one. */
function chosenSections(argv: string[]): string[] | null {
  const at = argv.indexOf("--only");
  if (at === -1) return Object.keys(SECTIONS);
  const names = (argv[at + 1] ?? "").split(",").filter(Boolean);
  const unknown = names.filter((name) => !(name in SECTIONS));
  return names.length === 0 || unknown.length > 0 ? null : names;
}

async function main(): Promise<void> {
  const names = chosenSections(process.argv.slice(2));
  if (!names) {
    process.stderr.write(`bench: --only takes a comma-separated list of: ${Object.keys(SECTIONS).join(", ")}\n`);
    process.exitCode = 64;
    return;
  }
  const work = mkdtempSync(join(tmpdir(), "cpm-bench-"));
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(1))
      .join(" ");
  try {
    process.stdout.write(`claude-plan-meter bench — node ${process.version}, ${cpus().length} CPU, load ${load()}\n`);
    const figures: Record<string, unknown> = { node: process.version, cpus: cpus().length, sections: names };
    const targets: Record<string, string> = {};
    for (const name of names) {
      const dir = join(work, name);
      mkdirSync(dir);
      const section = await SECTIONS[name](dir);
      process.stdout.write(`${section.lines.join("\n")}\n`);
      Object.assign(figures, section.figures);
      Object.assign(targets, section.targets);
    }
    process.stdout.write(`  load at the end    ${load()}\n`);
    process.stdout.write(`${JSON.stringify({ ...figures, loadavg: loadavg()[0], targets })}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
