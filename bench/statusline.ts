/**
 * The status line's start-up cost: Claude Code starts it afresh after every assistant message, so
 * what counts is the wall time of one run of `claude-plan-meter statusline` against `node -e ''`, the
 * floor any Node command pays. It runs the command `--print-setting` gives Claude Code (checked, not
 * assumed): plain node and the bin built from the current sources, which runs the status line's own
 * bundle through its code cache (src/cli/bin.ts). The first run, which writes that cache, is the one
 * whose line is shown and not timed: Claude Code runs the line after every message, so the cache is
 * warm for all but the first. Runs alternate so both see the same load.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fixturePath } from "../test/fixtures";
import { CLI, scriptPath, writeBundle } from "../src/build/bundles";
import { median } from "./section";
import { statusLineSettingJson } from "../src/core/status-setting";

export const STATUSLINE_RUNS = 25;
export const STATUSLINE_TARGET_RATIO = 1.5;

export interface StatuslineFigures {
  runs: number;
  nodeMedianMs: number;
  statuslineMedianMs: number;
  ratio: number;
  line: string;
}

function timed(args: string[], env: NodeJS.ProcessEnv, input: string): { ms: number; stdout: string } {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { env, input, encoding: "utf8" });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  return { ms, stdout: run.stdout };
}

export async function measureStatusline(runs = STATUSLINE_RUNS): Promise<StatuslineFigures> {
  const work = mkdtempSync(join(tmpdir(), "cpm-bench-statusline-"));
  try {
    await writeBundle(CLI, work);
    const bin = scriptPath(CLI, work);
    // Steady state: Claude Code's stdin with rate_limits and a recorded reading to merge it with;
    // no live source, so no background refresh runs beside the measurement.
    const env = { PATH: process.env.PATH, HOME: work, XDG_STATE_HOME: join(work, "state"), NO_COLOR: "1" };
    const input = readFileSync(fixturePath("claude-code-statusline-stdin.json"), "utf8");
    const setting = timed([bin, "statusline", "--print-setting"], env, "").stdout.trim();
    if (setting !== statusLineSettingJson(process.execPath, bin)) {
      throw new Error(`--print-setting names another command than the one timed here:\n${setting}`);
    }
    // That command, with no live source: nothing is fetched and no background refresh runs beside it.
    const statusline = [bin, "statusline", "--no-bridge", "--no-oauth"];
    const line = timed(statusline, env, input).stdout.trim();
    const node: number[] = [];
    const ours: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      node.push(timed(["-e", ""], env, input).ms);
      ours.push(timed(statusline, env, input).ms);
    }
    const nodeMedianMs = median(node);
    const statuslineMedianMs = median(ours);
    return { runs, nodeMedianMs, statuslineMedianMs, ratio: statuslineMedianMs / nodeMedianMs, line };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
