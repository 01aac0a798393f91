/**
 * `npm run bridge -- [--port N] [--data-dir DIR] [--allow-extension ID]… [--log FILE]`: the bridge in
 * the foreground, on any OS; request lines go to stdout, or to FILE (capped) as the launchd agent runs
 * it (the bundled copy of this file, see agent.ts). Never imports @raycast/api.
 */
import { rmSync } from "node:fs";
import { homedir } from "node:os";
import { agentPaths } from "./agent";
import { BRIDGE_USAGE, BridgeExitError, parseBridgeArgs } from "./args";
import { openLogFile } from "./log-file";
import { watchLifeline } from "./lifeline";
import { startBridge } from "./server";

async function runBridge(argv: string[]): Promise<void> {
  const options = parseBridgeArgs(argv);
  if (options.help) {
    process.stdout.write(`${BRIDGE_USAGE}\n`);
    return;
  }
  const file = options.logFile ? openLogFile(options.logFile) : null;
  const log = file ? file.write : (line: string) => process.stderr.write(`${line}\n`);
  const requestLog = file ? file.write : (line: string) => process.stdout.write(`${line}\n`);
  let bridge;
  try {
    bridge = await startBridge({
      port: options.port,
      dataDir: options.dataDir,
      allowedExtensions: options.allowedExtensions,
      log,
      requestLog,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      throw new BridgeExitError(
        `port ${options.port} on 127.0.0.1 is already in use — is a bridge already running? ` +
          `(check http://127.0.0.1:${options.port}/health, or pick another port with --port)`,
        1,
      );
    }
    throw error;
  }
  process.stdout.write(`listening on ${bridge.url}\n`);
  process.stdout.write(`data dir ${options.dataDir}\n`);
  const extra = options.allowedExtensions.length > 0 ? ` and ${options.allowedExtensions.join(", ")}` : "";
  process.stdout.write(`answering the companion extension${extra}\n`);
  if (file) process.stdout.write(`request log ${options.logFile}\n`);
  const stop = () => {
    bridge.close().then(
      () => {
        file?.close();
        process.exit(0);
      },
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  if (options.agent) {
    // The extension was removed: take the agent with it. launchd does not restart a bridge whose
    // script is gone (KeepAlive PathState), and without the plist nothing starts it at login.
    watchLifeline({
      path: process.argv[1],
      onGone: () => {
        const { plistPath, logPath } = agentPaths(homedir());
        process.stdout.write(`${process.argv[1]} is gone (extension removed): removing the agent and stopping\n`);
        rmSync(plistPath, { force: true });
        rmSync(logPath, { force: true });
        rmSync(`${logPath}.1`, { force: true });
        stop();
      },
    });
  }
}

runBridge(process.argv.slice(2)).catch((error: unknown) => {
  // Expected failures are one line on stderr, never a stack trace.
  const known = error instanceof BridgeExitError;
  process.stderr.write(`claude-plan-meter bridge: ${known ? error.message : String(error)}\n`);
  process.exitCode = known ? error.exitCode : 1;
});
