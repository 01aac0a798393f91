/**
 * Menu-bar command (runs every minute in the background): the number that limits you first as the
 * title, and per account every window most pressing first. Paints the cached numbers at once, then
 * refreshes. With no data it offers the set-up that fits this machine; a source that was never set
 * up is not an error.
 */
import { MenuBarExtra } from "@raycast/api";
import { menuBarTitle } from "./core/summary";
import { AccountMenuSection, MenuActions, ProblemSection } from "./components/menu-sections";
import { gaugeIcon } from "./components/look";
import { SetupMenuSection } from "./components/setup";
import { NOT_CONNECTED } from "./core/sources";
import { useUsage } from "./hooks/use-usage";
import { useBridgeDown } from "./hooks/use-bridge-down";
import { useBridgeAgentInstalled } from "./hooks/use-bridge-agent";
import { BridgeSection } from "./components/bridge-section";

const LOADING_TITLE = "…";

export default function Command() {
  const usage = useUsage({ rootSearchSubtitle: true });
  const bridge = useBridgeDown(usage);
  const bridgeInstalled = useBridgeAgentInstalled();
  const { view, problem, errors } = usage;
  // The menu bar is unloaded once loading ends, so the /health check counts as loading too.
  const isLoading = usage.isLoading || bridge.isLoading;
  const noData = view.accounts.length === 0;
  const waiting = usage.isLoading && noData && problem === null;
  const title = menuBarTitle(view, {
    mode: usage.settings?.menuBarTitle ?? "most-pressing",
    staleAfterMs: usage.staleAfterMs,
    noDataReason: problem ?? "Loading Claude usage…",
  });
  // With no data: a bad preference, no source, or the failing sources; a first run shows only its set-up.
  const noDataLines = problem && problem !== NOT_CONNECTED ? problem.split("\n") : [];
  return (
    <MenuBarExtra
      icon={gaugeIcon(title.severity)}
      title={waiting ? LOADING_TITLE : title.text}
      tooltip={title.tooltip}
      isLoading={isLoading}
    >
      <ProblemSection title="No usage data" lines={noData ? noDataLines : []} />
      <SetupMenuSection usage={usage} />
      {view.accounts.map((account) => (
        <AccountMenuSection key={account.id} account={account} view={view} />
      ))}
      <ProblemSection title="Source errors" lines={noData ? [] : errors} />
      <BridgeSection down={bridge.down} installed={bridgeInstalled} />
      <MenuActions usage={usage} />
    </MenuBarExtra>
  );
}
