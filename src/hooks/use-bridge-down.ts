/**
 * Whether the menu bar should offer "Start Bridge": only when the bridge source failed this round
 * and GET /health confirms nothing answers on the bridge port. A bridge that is up but holds no
 * snapshots needs the companion extension, not a start, so it is not offered then.
 */
import { usePromise } from "@raycast/utils";
import { isBridgeUp } from "../sources/bridge";
import type { Usage } from "./use-usage";

export function useBridgeDown(usage: Pick<Usage, "settings" | "failures">): { down: boolean; isLoading: boolean } {
  const port = usage.settings?.useBridge ? usage.settings.bridgePort : null;
  const bridgeFailed = port !== null && usage.failures.some((f) => f.source === "bridge");
  const { data, isLoading } = usePromise(isBridgeUp, [port ?? 0], { execute: bridgeFailed });
  return { down: bridgeFailed && data === false, isLoading: bridgeFailed && isLoading };
}
