/**
 * The node bundles (bridge, command line) as test/global-setup.ts built them from the current sources
 * for this jest run: process tests start them with plain node, as they ship, instead of tsx per case.
 */
import { existsSync } from "node:fs";
import { scriptPath, type NodeBundle } from "../src/build/bundles";

export const BUNDLES_DIR_ENV = "CLAUDE_PLAN_METER_TEST_BUNDLES";

/** The state folder of a jest run (global-setup), removed when it ends. */
export const STATE_DIR_ENV = "CLAUDE_PLAN_METER_TEST_STATE";

/** The freshly built script of `bundle`; fails clearly when jest ran without its global setup. */
export function freshScript(bundle: NodeBundle): string {
  const dir = process.env[BUNDLES_DIR_ENV];
  const path = dir ? scriptPath(bundle, dir) : "";
  if (!path || !existsSync(path)) {
    throw new Error(`no fresh ${bundle.name} bundle: run the tests through jest.config.js (its globalSetup builds it)`);
  }
  return path;
}
