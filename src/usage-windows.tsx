/**
 * Usage Windows (view): every window of every account, most pressing first, with a detail pane
 * (⌘D), refresh (⌘R) and the extra-usage view (⌘E). Search filters by window name.
 */
import { Action, Icon, List } from "@raycast/api";
import { useMemo, useState, type ReactNode } from "react";
import { attributeWindows } from "./core/ledger/attribute";
import { localMarkdown } from "./core/ledger/text";
import { updatedLine } from "./core/summary";
import { accountTitle, type WindowView } from "./core/view";
import { windowLabels } from "./core/windows";
import { failingSources } from "./core/sources";
import { ExtraUsageDetail } from "./components/extra-usage-detail";
import { ListActions } from "./components/list-actions";
import { SHORTCUTS } from "./components/navigation";
import { emptyDescription, SetupActions } from "./components/setup";
import { copyPercent, ProblemListItem, WindowListItem } from "./components/window-list-item";
import { useLedger } from "./hooks/use-ledger";
import { useUsage } from "./hooks/use-usage";

export default function Command() {
  const usage = useUsage();
  const { view, isLoading, staleAfterMs } = usage;
  const [showingDetail, setShowingDetail] = useState(false);
  const { ledger, error: ledgerError } = useLedger();
  // Only with log files: a Mac without Claude Code gets no local section.
  const local = useMemo(
    () => (ledger && ledger.files > 0 ? attributeWindows(view, ledger.records) : new Map()),
    [view, ledger],
  );
  const localFor = (w: WindowView) => {
    const spent = local.get(w);
    return spent && ledger ? localMarkdown(spent, ledger.progress) : ledgerError;
  };
  const failing = failingSources(usage.statuses);
  const toggleDetail = () => setShowingDetail((shown) => !shown);
  const actions = (itemActions?: ReactNode) => (
    <ListActions
      usage={usage}
      extraUsage={<ExtraUsageDetail />}
      showingDetail={showingDetail}
      onToggleDetail={toggleDetail}
    >
      {itemActions}
    </ListActions>
  );
  return (
    <List isLoading={isLoading} isShowingDetail={showingDetail} searchBarPlaceholder="Filter windows by name">
      {view.accounts.length === 0 && !isLoading ? (
        <List.EmptyView
          icon={Icon.Gauge}
          title="No Claude usage data"
          description={emptyDescription(usage)}
          actions={
            <ListActions
              usage={usage}
              extraUsage={<ExtraUsageDetail />}
              showingDetail={false}
              setup={usage.offers.length > 0 ? <SetupActions usage={usage} /> : undefined}
            />
          }
        />
      ) : null}
      {view.accounts.map((account) => (
        <List.Section
          key={account.id}
          title={accountTitle(account)}
          subtitle={`${updatedLine(account, view.now)}${account.stale ? " · stale" : ""}`}
        >
          {account.windows.map((w) => (
            <WindowListItem
              key={w.key}
              window={w}
              view={view}
              staleAfterMs={staleAfterMs}
              local={localFor(w)}
              actions={actions(
                <Action
                  icon={Icon.Clipboard}
                  title="Copy Percent"
                  shortcut={SHORTCUTS.copyPercent}
                  onAction={() => copyPercent(w)}
                />,
              )}
            />
          ))}
          {account.errors.map((e) => (
            <ProblemListItem
              key={`window:${e.window}`}
              title={windowLabels(e.window).label}
              message={e.message}
              actions={actions()}
            />
          ))}
          {account.sources.flatMap((s) =>
            s.errors.map((message) => (
              <ProblemListItem
                key={`source:${s.sourceLabel}:${message}`}
                title={s.sourceLabel}
                message={message}
                actions={actions()}
              />
            )),
          )}
        </List.Section>
      ))}
      {view.accounts.length > 0 && failing.length > 0 ? (
        <List.Section title="Source errors">
          {failing.map((f) => (
            <ProblemListItem key={f.sourceLabel} title={f.sourceLabel} message={f.reason ?? ""} actions={actions()} />
          ))}
        </List.Section>
      ) : null}
    </List>
  );
}
