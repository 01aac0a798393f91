/** Whether the bridge's launchd agent is installed: checked once per menu-bar run (one stat, no launchctl). */
import { useMemo } from "react";
import { bridgeAgentInstalled } from "../bridge/control";

export function useBridgeAgentInstalled(): boolean {
  return useMemo(() => bridgeAgentInstalled(), []);
}
