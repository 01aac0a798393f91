/** Command-line options of the foreground bridge (`npm run bridge -- …`). */
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { defaultStatePath } from "../sources/state-path";
import { DEFAULT_BRIDGE_PORT } from "./server";

const PORT_ENV = "CLAUDE_PLAN_METER_BRIDGE_PORT";
const DATA_DIR_ENV = "CLAUDE_PLAN_METER_DATA_DIR";

export const BRIDGE_USAGE = `Usage: npm run bridge -- [--port N] [--data-dir DIR]

  --port N         loopback port (default ${DEFAULT_BRIDGE_PORT}, env ${PORT_ENV})
  --data-dir DIR   where the latest snapshots are kept (env ${DATA_DIR_ENV})
  --agent          run as the launchd agent: once this script's file is gone, remove the agent and exit
  --help           this text`;

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
  /** Started by the launchd agent (agent.ts), which it removes when its script disappears. */
  agent: boolean;
  help: boolean;
}

export function parseBridgeArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): BridgeCliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: "string" },
        "data-dir": { type: "string" },
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
  const dataDir = values["data-dir"] ?? env[DATA_DIR_ENV] ?? dirname(defaultStatePath(env));
  return { port, dataDir, agent: values.agent, help: values.help };
}
