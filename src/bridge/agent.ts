/**
 * Keeps the bridge running beside Raycast. Raycast commands are short-lived (a menu-bar run is
 * unloaded once it has painted), so the bridge runs as a per-user launchd agent instead: launchd
 * starts it at login, restarts it if it dies, and logs to ~/Library/Logs. The agent never outlives
 * the extension (see AGENT_GUARD and the KeepAlive condition in launchAgentPlist). Everything macOS-specific
 * is behind BridgeAgent, and every launchctl call goes through an injectable CommandRunner, so the
 * sequence is tested on any OS with a double (test/bridge/launchctl-double.ts).
 */
import { execFile } from "node:child_process";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ALLOWED_EXTENSIONS_ENV } from "./server";

/** @internal */
export const AGENT_LABEL = "dev.claude-plan-meter.bridge";
const AGENT_LOG_NAME = "claude-plan-meter-bridge.log";
/** Seconds launchd waits before restarting a bridge that exited (e.g. its port was taken). */
const RESTART_THROTTLE_S = 10;
/**
 * V8 flags for the long-lived bridge. Its live state is small and bounded (64 snapshots, bounded
 * history), but V8's defaults size the heap for throughput: after a flood of 10 000 POSTs the young
 * generation and heap growth left RSS near 120 MB. A 1 MiB semi-space, a 64 MB old-space cap (far
 * above the bounded state) and one GC helper thread keep it near 60 MB (npm run bench starts the
 * bridge with these same flags). Not `--optimize-for-size`: it saved about 3 MB but cost a quarter
 * of the CPU of every request (same-run A/B under the bench's POST load: 420 vs 309 µs a POST).
 * Node ≥ 20 accepts all of them.
 * @internal
 */
export const BRIDGE_NODE_FLAGS: readonly string[] = [
  "--max-semi-space-size=1",
  "--max-old-space-size=64",
  "--v8-pool-size=1",
];

/** @internal */
export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a program with arguments (never through a shell) and reports how it ended; never throws for a non-zero exit. */
export type CommandRunner = (command: string, args: readonly string[]) => Promise<CommandResult>;

interface AgentStatus {
  /** The plist is in ~/Library/LaunchAgents. */
  installed: boolean;
  /** launchd knows the service (bootstrapped). */
  loaded: boolean;
  running: boolean;
  pid: number | null;
  logPath: string;
}

/** What uninstall found and undid; both false when there was nothing to stop. */
export interface UninstallOutcome {
  /** launchd had the service loaded and booted it out. */
  bootedOut: boolean;
  /** The plist existed and was removed. */
  removedPlist: boolean;
}

export interface BridgeAgent {
  /** Writes the agent definition and (re)loads it, so a changed node or script path takes effect. */
  install(): Promise<void>;
  /** Makes sure the bridge runs: installs or repairs the agent when needed, else just starts it. */
  start(): Promise<void>;
  status(): Promise<AgentStatus>;
  /** Stops the bridge and removes the agent; the data dir and the log stay. Harmless when already gone. */
  uninstall(): Promise<UninstallOutcome>;
}

export class AgentError extends Error {}

export interface LaunchAgentOptions {
  /** Node to run the bridge with: Raycast's own (process.execPath inside a command). */
  nodePath: string;
  /** The standalone bundle, assets/bridge/bridge.js. */
  scriptPath: string;
  port: number;
  dataDir: string;
  homeDir: string;
  /** Extension ids answered besides the companion (the "Allowed Extensions" preference). */
  allowedExtensions?: readonly string[];
  uid: number;
  run: CommandRunner;
  /** Waits between bootstrap attempts; bootout finishes asynchronously. */
  sleep?: (ms: number) => Promise<void>;
}

const LAUNCHCTL = "/bin/launchctl";
const BOOTSTRAP_ATTEMPTS = 3;
const BOOTSTRAP_RETRY_MS = 500;

function xml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * The first thing launchd runs, as `/bin/sh -c AGENT_GUARD guard PLIST LOG SERVICE SCRIPT NODE ARGS…`
 * (paths are arguments, never spliced into the script). While the bundle and Raycast's node exist it
 * execs the bridge. Once either is gone (the extension or Raycast was removed, or Raycast moved its
 * node) a bridge can never start again, so instead of failing at every login the agent removes its
 * plist and log and boots itself out; "Start Bridge" installs it afresh. The bootout comes last: it
 * ends this very process, and with the plist gone nothing loads the agent again anyway.
 * @internal
 */
export const AGENT_GUARD =
  'plist=$1 log=$2 service=$3 script=$4; shift 4; [ -f "$script" ] && [ -x "$1" ] && exec "$@"; ' +
  'rm -f "$plist" "$log" "$log.1"; exec /bin/launchctl bootout "$service"';

export function agentPaths(homeDir: string) {
  return {
    plistPath: join(homeDir, "Library", "LaunchAgents", `${AGENT_LABEL}.plist`),
    logPath: join(homeDir, "Library", "Logs", AGENT_LOG_NAME),
  };
}

/** The allow-list reaches the bridge as its environment variable, so it never shows in `ps`. */
function environmentVariables(allowedExtensions: readonly string[] = []): string {
  if (allowedExtensions.length === 0) return "";
  return `  <key>EnvironmentVariables</key>
  <dict>
    <key>${ALLOWED_EXTENSIONS_ENV}</key>
    <string>${xml(allowedExtensions.join(","))}</string>
  </dict>
`;
}

const agentService = (uid: number) => ({ domain: `gui/${uid}`, service: `gui/${uid}/${AGENT_LABEL}` });

/**
 * The LaunchAgent definition: run at login through AGENT_GUARD, throttled restarts, one log for
 * stdout and stderr. KeepAlive is conditional on the bundle existing: with a plain `true`, launchd
 * respawned a deleted script every ThrottleInterval forever; with PathState it stops restarting the
 * moment the extension's folder is gone (RunAtLoad still runs the guard once, which cleans up). The
 * bridge writes its request log itself (--log, rotated at 1 MiB) into that same log.
 * @internal
 */
export function launchAgentPlist(
  options: Pick<
    LaunchAgentOptions,
    "nodePath" | "scriptPath" | "port" | "dataDir" | "homeDir" | "uid" | "allowedExtensions"
  >,
): string {
  const { plistPath, logPath } = agentPaths(options.homeDir);
  const args = [
    "/bin/sh",
    "-c",
    AGENT_GUARD,
    "claude-plan-meter-guard",
    plistPath,
    logPath,
    agentService(options.uid).service,
    options.scriptPath,
    options.nodePath,
    ...BRIDGE_NODE_FLAGS,
    options.scriptPath,
    "--port",
    String(options.port),
    "--data-dir",
    options.dataDir,
    "--log",
    logPath,
    "--agent",
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>Label</key>
  <string>${AGENT_LABEL}</string>
  <key>ProgramArguments</key>
  <array>
${args.map((a) => `    <string>${xml(a)}</string>`).join("\n")}
  </array>
${environmentVariables(options.allowedExtensions)}  <key>RunAtLoad</key>
  <true/>
  <key>KeepAlive</key>
  <dict>
    <key>PathState</key>
    <dict>
      <key>${xml(options.scriptPath)}</key>
      <true/>
    </dict>
  </dict>
  <key>ThrottleInterval</key>
  <integer>${RESTART_THROTTLE_S}</integer>
  <key>ProcessType</key>
  <string>Background</string>
  <key>StandardOutPath</key>
  <string>${xml(logPath)}</string>
  <key>StandardErrorPath</key>
  <string>${xml(logPath)}</string>
</dict>
</plist>
`;
}

async function readOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, "utf8");
  } catch {
    return null;
  }
}

export function launchAgent(options: LaunchAgentOptions): BridgeAgent {
  const { plistPath, logPath } = agentPaths(options.homeDir);
  const { domain, service } = agentService(options.uid);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  const desired = launchAgentPlist(options);

  const launchctl = (...args: string[]) => options.run(LAUNCHCTL, args);
  const failure = (what: string, r: CommandResult) =>
    new AgentError(`launchctl ${what} failed (${r.code}): ${(r.stderr || r.stdout).trim() || "no message"}`);

  async function isLoaded(): Promise<boolean> {
    return (await launchctl("print", service)).code === 0;
  }

  async function writePlist(): Promise<void> {
    await mkdir(join(options.homeDir, "Library", "LaunchAgents"), { recursive: true });
    await mkdir(join(options.homeDir, "Library", "Logs"), { recursive: true });
    const temp = `${plistPath}.${process.pid}.tmp`;
    await writeFile(temp, desired, { mode: 0o644 });
    await rename(temp, plistPath);
  }

  async function bootstrap(): Promise<void> {
    let last: CommandResult | null = null;
    for (let attempt = 1; attempt <= BOOTSTRAP_ATTEMPTS; attempt++) {
      last = await launchctl("bootstrap", domain, plistPath);
      if (last.code === 0) return;
      if (attempt < BOOTSTRAP_ATTEMPTS) await sleep(BOOTSTRAP_RETRY_MS);
    }
    throw failure("bootstrap", last as CommandResult);
  }

  async function kickstart(): Promise<void> {
    const r = await launchctl("kickstart", service);
    if (r.code !== 0) throw failure("kickstart", r);
  }

  const agent: BridgeAgent = {
    async install() {
      await writePlist();
      if (await isLoaded()) {
        const r = await launchctl("bootout", service);
        if (r.code !== 0) throw failure("bootout", r);
      }
      await bootstrap();
      await kickstart();
    },

    async start() {
      // A plist that differs (Raycast moved its node, the port changed) is rewritten and reloaded.
      if ((await readOrNull(plistPath)) !== desired) return agent.install();
      if (!(await isLoaded())) await bootstrap();
      await kickstart();
    },

    async status() {
      const installed = (await readOrNull(plistPath)) !== null;
      const printed = await launchctl("print", service);
      const loaded = printed.code === 0;
      const pidText = loaded ? /^\s*pid = (\d+)\s*$/m.exec(printed.stdout)?.[1] : undefined;
      return {
        installed,
        loaded,
        running: loaded && /^\s*state = running\s*$/m.test(printed.stdout),
        pid: pidText ? Number(pidText) : null,
        logPath,
      };
    },

    async uninstall() {
      const bootedOut = await isLoaded();
      if (bootedOut) {
        const r = await launchctl("bootout", service);
        // A service that went away between print and bootout is stopped all the same.
        if (r.code !== 0 && (await isLoaded())) throw failure("bootout", r);
      }
      const removedPlist = (await readOrNull(plistPath)) !== null;
      await rm(plistPath, { force: true });
      return { bootedOut, removedPlist };
    },
  };
  return agent;
}

/** Where launchd does not exist: every operation says how to run the bridge instead. */
export function unsupportedAgent(platform: string, port: number): BridgeAgent {
  const refuse = async (): Promise<never> => {
    throw new AgentError(
      `running the bridge as a background agent needs macOS (this is ${platform}); run it with \`npm run bridge -- --port ${port}\``,
    );
  };
  return { install: refuse, start: refuse, status: refuse, uninstall: refuse };
}

/** The real runner: execFile, no shell; a missing program or non-zero exit is a result, not a throw. */
export const execRunner: CommandRunner = (command, args) =>
  new Promise((done) => {
    execFile(command, [...args], { timeout: 15_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      done({ code, stdout: String(stdout), stderr: String(stderr || (error && !stderr ? error.message : "")) });
    });
  });
