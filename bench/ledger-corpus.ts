/**
 * A generated Claude Code log folder for the ledger bench (docs/FACTS.md §7): sessions of user
 * tool-result lines (most of the bytes) and assistant messages streamed over several lines with
 * growing usage, subagent files with their own messages and copies of parent lines, a few broken and
 * spaced-out lines, half-written last lines. Deterministic for a seed; every timestamp in the last 6 days.
 */
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const MODELS = ["claude-opus-4-5-20251101", "claude-sonnet-4-5-20250929", "claude-haiku-4-5-20251001"];
const WORDS =
  'the quick brown fox jumps over lazy dog const function return await import export usage \\"usage\\" type assistant {\\"a\\":1} path src index test value'.split(
    " ",
  );

/** mulberry32: small, fast, seeded. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CorpusSpec {
  dir: string;
  targetBytes: number;
  now: number;
  seed?: number;
}

export interface Corpus {
  projectsDir: string;
  bytes: number;
  files: number;
  /** Deduplicated tokens of every complete message (the grand total both tools should report). */
  totalTokens: number;
  /** Of which in messages written with spaces after the colons. */
  spacedTokens: number;
  /** Appends about `bytes` of new messages to a few session files; returns their tokens. */
  append(bytes: number): number;
}

export function generateCorpus(spec: CorpusSpec): Corpus {
  const random = rng(spec.seed ?? 42);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  // A pool of filler text, sliced: generating 300 MB word by word would dominate the bench.
  const pool = Array.from({ length: 40_000 }, () => pick(WORDS)).join(" ");
  const text = (n: number) => {
    const start = int(0, pool.length - n - 1);
    return pool.slice(start, start + n);
  };
  const projectsDir = join(spec.dir, "projects");
  const span = 6 * 24 * 3_600_000;
  let bytes = 0;
  let files = 0;
  let totalTokens = 0;
  let spacedTokens = 0;
  let counter = 0;
  const sessions: Array<{ path: string; cwd: string; sessionId: string }> = [];

  const assistantLines = (cwd: string, sessionId: string, at: number, sidechain: boolean) => {
    counter += 1;
    const id = `msg_${counter.toString(36)}_${int(0, 1e9).toString(36)}`;
    const model = pick(MODELS);
    const input = int(1, 5000);
    const cacheCreation = int(0, 20_000);
    const cacheRead = int(0, 200_000);
    const output = int(10, 4000);
    totalTokens += input + cacheCreation + cacheRead + output;
    // Now and then a message written as one line with spaces after the colons (§7: a byte filter on
    // `"usage":{` misses it; ccusage 20 does), tracked so the bench can say what that costs it.
    const spaced = random() < 0.002;
    if (spaced) spacedTokens += input + cacheCreation + cacheRead + output;
    const streamed = spaced ? 0 : int(0, 2);
    const lines: string[] = [];
    for (let i = 0; i <= streamed; i += 1) {
      const final = i === streamed;
      const line = JSON.stringify({
        parentUuid: `p${counter}`,
        isSidechain: sidechain,
        userType: "external",
        cwd,
        sessionId,
        version: "2.0.14",
        gitBranch: "main",
        message: {
          id,
          type: "message",
          role: "assistant",
          model,
          content: [
            random() < 0.5
              ? { type: "text", text: text(int(100, 1500)) }
              : {
                  type: "tool_use",
                  id: `toolu_${counter}`,
                  name: "Edit",
                  input: { file_path: cwd, id: "x", old_string: text(int(50, 800)) },
                },
          ],
          stop_reason: final ? pick(["end_turn", "tool_use"]) : null,
          stop_sequence: null,
          usage: {
            input_tokens: input,
            cache_creation_input_tokens: cacheCreation,
            cache_read_input_tokens: cacheRead,
            cache_creation: { ephemeral_5m_input_tokens: cacheCreation, ephemeral_1h_input_tokens: 0 },
            output_tokens: final ? output : int(1, output),
            service_tier: "standard",
          },
        },
        requestId: `req_${counter}`,
        type: "assistant",
        uuid: `a${counter}_${i}`,
        timestamp: new Date(at + i * 1000).toISOString(),
      });
      lines.push(spaced ? line.replace(/":/g, '": ') : line);
    }
    return lines;
  };

  const userLine = (cwd: string, sessionId: string, at: number) =>
    JSON.stringify({
      parentUuid: `u${counter}`,
      isSidechain: false,
      userType: "external",
      cwd,
      sessionId,
      version: "2.0.14",
      gitBranch: "main",
      type: "user",
      message: {
        role: "user",
        content: [{ tool_use_id: `toolu_${counter}`, type: "tool_result", content: text(int(500, 9000)) }],
      },
      uuid: `u${counter}`,
      timestamp: new Date(at).toISOString(),
    });

  /** One turn: a user line, then an assistant message (maybe streamed); sometimes a broken line. */
  const turn = (cwd: string, sessionId: string, at: number, sidechain: boolean): string[] => {
    const lines = [userLine(cwd, sessionId, at), ...assistantLines(cwd, sessionId, at + 2000, sidechain)];
    if (random() < 0.001) lines.push(lines[0].slice(0, int(10, lines[0].length - 10)));
    return lines;
  };

  const writeLines = (path: string, lines: string[], partialTail: boolean) => {
    let body = `${lines.join("\n")}\n`;
    // A session being written: its last line is half there (a message never completed: not counted).
    if (partialTail) body += `{"type":"assistant","message":{"id":"msg_half_${counter}","usage":{"input_tok`;
    writeFileSync(path, body);
    bytes += Buffer.byteLength(body);
    files += 1;
  };

  for (let p = 0; bytes < spec.targetBytes; p += 1) {
    const cwd = `/Users/ada/src/project-${p}`;
    const folder = join(projectsDir, cwd.replace(/\//g, "-"));
    mkdirSync(folder, { recursive: true });
    for (let s = 0; s < 12 && bytes < spec.targetBytes; s += 1) {
      const sessionId = `00000000-0000-4000-8000-${(p * 100 + s).toString().padStart(12, "0")}`;
      let at = spec.now - span + int(0, span / 2);
      const lines: string[] = [];
      const assistants: string[] = [];
      const turns = int(100, 250);
      for (let t = 0; t < turns; t += 1) {
        at += int(5_000, 60_000);
        const l = turn(cwd, sessionId, at, false);
        lines.push(...l);
        assistants.push(l[l.length - 1]);
      }
      const path = join(folder, `${sessionId}.jsonl`);
      const partial = random() < 0.05;
      writeLines(path, lines, partial);
      // Appends go to sessions that end in a complete line.
      if (!partial) sessions.push({ path, cwd, sessionId });
      if (random() < 0.5) {
        const dir = join(folder, sessionId, "subagents");
        mkdirSync(dir, { recursive: true });
        const agent: string[] = [];
        for (let t = 0; t < int(10, 40); t += 1) agent.push(...turn(cwd, sessionId, at - int(0, 3_600_000), true));
        // A subagent file repeats some of its parent's lines: counted once.
        for (let c = 0; c < 3; c += 1) agent.push(pick(assistants));
        writeLines(join(dir, `agent-${p}-${s}.jsonl`), agent, false);
      }
    }
  }

  const append = (target: number): number => {
    const before = totalTokens;
    let written = 0;
    for (let i = 0; written < target; i += 1) {
      const session = sessions[(i * 7919) % sessions.length];
      const lines = turn(session.cwd, session.sessionId, spec.now - int(0, 3_600_000), false);
      const body = `${lines.join("\n")}\n`;
      appendFileSync(session.path, body);
      written += Buffer.byteLength(body);
    }
    bytes += written;
    return totalTokens - before;
  };

  return {
    projectsDir,
    get bytes() {
      return bytes;
    },
    files,
    get totalTokens() {
      return totalTokens;
    },
    get spacedTokens() {
      return spacedTokens;
    },
    append,
  };
}
