/**
 * The Extra Usage view, shown by its own command and pushed from Usage Windows with ⌘E: metered usage
 * per account — used vs the monthly limit in the account's currency, utilization, overage state and
 * the next charge.
 */
import { ActionPanel, Color, Detail } from "@raycast/api";
import { extraUsageFacts, extraUsageMarkdown, type ExtraUsageFacts } from "../core/details";
import { SEVERITY_COLOR } from "./look";
import { emptyDescription, SetupActions } from "./setup";
import { CopyJsonAction, OpenSettingsPageAction, RefreshAction } from "./usage-actions";
import { useUsage } from "../hooks/use-usage";

const NO_EXTRA_USAGE = "No account reported extra usage. It appears here once the server includes it in a reading.";

function AccountMetadata({ facts, last }: { facts: ExtraUsageFacts; last: boolean }) {
  return (
    <>
      <Detail.Metadata.Label title="Account" text={facts.title} />
      <Detail.Metadata.TagList title="Extra usage">
        <Detail.Metadata.TagList.Item
          text={facts.enabled ? "Enabled" : "Disabled"}
          color={facts.enabled ? Color.Green : Color.SecondaryText}
        />
      </Detail.Metadata.TagList>
      {facts.used ? <Detail.Metadata.Label title="Used" text={facts.used} /> : null}
      {facts.limit ? <Detail.Metadata.Label title="Monthly limit" text={facts.limit} /> : null}
      {facts.remaining ? <Detail.Metadata.Label title="Remaining" text={facts.remaining} /> : null}
      {facts.percent && facts.severity ? (
        <Detail.Metadata.Label
          title="Utilization"
          text={{ value: facts.percent, color: SEVERITY_COLOR[facts.severity] }}
        />
      ) : null}
      {facts.overage ? (
        <Detail.Metadata.Label title="Overage" text={{ value: facts.overage, color: Color.Red }} />
      ) : null}
      {facts.nextCharge ? <Detail.Metadata.Label title="Next charge" text={facts.nextCharge} /> : null}
      {facts.billingInterval ? <Detail.Metadata.Label title="Billing" text={facts.billingInterval} /> : null}
      {last ? null : <Detail.Metadata.Separator />}
    </>
  );
}

export function ExtraUsageDetail() {
  const usage = useUsage();
  const { view, isLoading } = usage;
  const accounts = view.accounts.flatMap((a) => {
    const facts = extraUsageFacts(a, view.now);
    return facts ? [{ id: a.id, facts }] : [];
  });
  const empty = isLoading ? "" : view.accounts.length === 0 ? emptyDescription(usage) : NO_EXTRA_USAGE;
  const markdown =
    accounts.length > 0 ? ["# Extra Usage", ...accounts.map((a) => extraUsageMarkdown(a.facts))].join("\n\n") : empty;
  return (
    <Detail
      navigationTitle="Extra Usage"
      isLoading={isLoading}
      markdown={markdown}
      metadata={
        accounts.length > 0 ? (
          <Detail.Metadata>
            {accounts.map((a, i) => (
              <AccountMetadata key={a.id} facts={a.facts} last={i === accounts.length - 1} />
            ))}
          </Detail.Metadata>
        ) : null
      }
      actions={
        <ActionPanel>
          <SetupActions usage={usage} />
          <RefreshAction usage={usage} />
          <OpenSettingsPageAction />
          <CopyJsonAction usage={usage} />
        </ActionPanel>
      }
    />
  );
}
