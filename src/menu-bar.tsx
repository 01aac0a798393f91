/**
 * Menu-bar command (runs every minute in the background): the binding number as the title, and per
 * account every window most pressing first. Paints the cached numbers at once, then refreshes.
 */
import { MenuBarExtra, updateCommandMetadata } from "@raycast/api";
import { useEffect } from "react";
import { describeFailures } from "./core/merge";
import { commandSubtitle, menuBarTitle } from "./core/summary";
import { AccountMenuSection, MenuActions, ProblemSection } from "./components/menu-sections";
import { gaugeIcon } from "./components/look";
import { useUsage } from "./hooks/use-usage";
import { useBridgeDown } from "./hooks/use-bridge-down";
import { useBridgeAgentInstalled } from "./hooks/use-bridge-agent";
import { BridgeSection } from "./components/bridge-section";

const LOADING_TITLE = "…";

/** Keeps the command's root-search subtitle ("5h 42% · 7d 78%") current. */
function useRootSearchSubtitle(subtitle: string | null): void {
  useEffect(() => {
    if (subtitle !== null) void updateCommandMetadata({ subtitle });
  }, [subtitle]);
}

export default function Command() {
  const usage = useUsage();
  const bridge = useBridgeDown(usage);
  const bridgeInstalled = useBridgeAgentInstalled();
  const { view, problem } = usage;
  // The menu bar is unloaded once loading ends, so the /health check counts as loading too.
  const isLoading = usage.isLoading || bridge.isLoading;
  const waiting = usage.isLoading && view.accounts.length === 0 && problem === null;
  const title = menuBarTitle(view, {
    mode: usage.settings?.menuBarTitle ?? "most-pressing",
    staleAfterMs: usage.staleAfterMs,
    noDataReason: problem ?? "Loading Claude usage…",
  });
  useRootSearchSubtitle(commandSubtitle(view) ?? (problem && !isLoading ? "No usage data" : null));
  return (
    <MenuBarExtra
      icon={gaugeIcon(title.severity)}
      title={waiting ? LOADING_TITLE : title.text}
      tooltip={title.tooltip}
      isLoading={isLoading}
    >
      <ProblemSection title="No usage data" lines={problem ? problem.split("\n") : []} />
      {view.accounts.map((account) => (
        <AccountMenuSection key={account.id} account={account} view={view} />
      ))}
      <ProblemSection title="Source errors" lines={problem ? [] : describeFailures(usage.failures)} />
      <BridgeSection down={bridge.down} installed={bridgeInstalled} />
      <MenuActions usage={usage} />
    </MenuBarExtra>
  );
}
