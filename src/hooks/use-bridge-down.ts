/**
 * Whether the menu bar should offer "Start Bridge": only when the bridge was set up (it delivered
 * before), failed this round, and GET /health confirms nothing answers on the bridge port. A first
 * run (the companion never posted) is offered the companion's set-up instead, and a bridge that is
 * up but holds no snapshots needs the companion, not a start.
 */
import { usePromise } from "@raycast/utils";
import { mayOfferStartBridge } from "../core/sources";
import { isBridgeUp } from "../sources/bridge";
import type { Usage } from "./use-usage";

export function useBridgeDown(usage: Pick<Usage, "settings" | "statuses">): { down: boolean; isLoading: boolean } {
  const port = usage.settings?.useBridge ? usage.settings.bridgePort : null;
  const bridgeFailed = port !== null && mayOfferStartBridge(usage.statuses);
  const { data, isLoading } = usePromise(isBridgeUp, [port ?? 0], { execute: bridgeFailed });
  return { down: bridgeFailed && data === false, isLoading: bridgeFailed && isLoading };
}
