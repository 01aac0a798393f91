/** Bundles a server entry with esbuild (as the launchd agent runs it: plain node, no tsx) and runs it as a child. */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";

export const ROOT = resolve(__dirname, "..");

export async function bundle(entry: string, outDir: string): Promise<string> {
  const outfile = join(outDir, `${entry.replace(/[/.]/g, "_")}.js`);
  await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    platform: "node",
    target: "node20",
    outfile,
    logLevel: "warning",
  });
  return outfile;
}

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  /** Resident set size now, in MiB, from /proc/<pid>/status. */
  rssMiB(): number;
  stop(): Promise<void>;
}

/** Starts `node nodeFlags… script args…` and waits for its "listening on http://127.0.0.1:PORT" line. */
export function startServer(script: string, args: string[], nodeFlags: readonly string[] = []): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...nodeFlags, script, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolvePort, reject) => {
    let out = "";
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (!match) return;
      const exited = new Promise<void>((done) => child.once("exit", () => done()));
      resolvePort({
        child,
        port: Number(match[1]),
        rssMiB: () => {
          const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
          return Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? Number.NaN) / 1024;
        },
        stop: async () => {
          if (child.exitCode === null) child.kill("SIGTERM");
          await exited;
        },
      });
    });
    child.once("exit", (code) => reject(new Error(`${script} exited ${code}: ${stderr.trim()}`)));
  });
}
