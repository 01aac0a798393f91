/** Command-line options of the foreground bridge (`npm run bridge -- …`). */
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { isFetchBlockedPort } from "../core/bridge-port";
import { ExtensionListError, parseExtensionIds } from "../core/extension-id";
import { defaultStatePath } from "../sources/state-path";
import { ALLOWED_EXTENSIONS_ENV, DEFAULT_BRIDGE_PORT } from "./server";

const PORT_ENV = "CLAUDE_PLAN_METER_BRIDGE_PORT";
const DATA_DIR_ENV = "CLAUDE_PLAN_METER_DATA_DIR";
const LOG_ENV = "CLAUDE_PLAN_METER_BRIDGE_LOG";

export const BRIDGE_USAGE = `Usage: npm run bridge -- [--port N] [--data-dir DIR] [--allow-extension ID]… [--log FILE]

  --port N               loopback port (default ${DEFAULT_BRIDGE_PORT}, env ${PORT_ENV})
  --data-dir DIR         where the latest snapshots are kept (env ${DATA_DIR_ENV})
  --allow-extension ID   also answer this browser extension (its id from chrome://extensions);
                         repeatable; env ${ALLOWED_EXTENSIONS_ENV} takes a comma-separated list.
                         The Claude Plan Meter companion is always answered.
  --log FILE             one line per request to FILE, rotated at 1 MiB to FILE.1 (env ${LOG_ENV});
                         without it, request lines go to stdout
  --agent                run as the launchd agent: once this script's file is gone, remove the agent and exit
  --help                 this text`;

/** A failure with a one-line message for the user and the exit code to leave with. */
export class BridgeExitError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

const usageError = (message: string) => new BridgeExitError(message, 64);

export interface BridgeCliOptions {
  port: number;
  dataDir: string;
  /** Extensions answered besides the companion: the flags' and the environment's together. */
  allowedExtensions: string[];
  logFile: string | null;
  /** Started by the launchd agent (agent.ts), which it removes when its script disappears. */
  agent: boolean;
  help: boolean;
}

function extensionIds(where: string, text: string): string[] {
  try {
    return parseExtensionIds(text);
  } catch (error) {
    if (error instanceof ExtensionListError) throw usageError(`${where}: ${error.message}`);
    throw error;
  }
}

export function parseBridgeArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): BridgeCliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: "string" },
        "data-dir": { type: "string" },
        "allow-extension": { type: "string", multiple: true },
        log: { type: "string" },
        agent: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    throw usageError((error as Error).message);
  }
  const portText = values.port ?? env[PORT_ENV] ?? String(DEFAULT_BRIDGE_PORT);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    throw usageError(`--port: expected a port number 0–65535, got ${portText}`);
  }
  if (isFetchBlockedPort(port)) {
    throw usageError(
      `--port: browsers and fetch refuse to connect to port ${port}: use another, such as ${DEFAULT_BRIDGE_PORT}`,
    );
  }
  const dataDir = values["data-dir"] ?? env[DATA_DIR_ENV] ?? dirname(defaultStatePath(env));
  const allowedExtensions = [
    ...new Set([
      ...(values["allow-extension"] ?? []).flatMap((id) => extensionIds("--allow-extension", id)),
      ...extensionIds(ALLOWED_EXTENSIONS_ENV, env[ALLOWED_EXTENSIONS_ENV] ?? ""),
    ]),
  ];
  const logFile = values.log ?? (env[LOG_ENV] || null);
  return { port, dataDir, allowedExtensions, logFile, agent: values.agent, help: values.help };
}
