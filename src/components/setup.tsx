/**
 * The set-up a surface with no data offers, as real actions (see setupOffers in core/sources.ts):
 * "Connect Claude Code" reads Claude Code's Keychain item (macOS asks once, the consent is kept),
 * "Set Up Browser Companion" opens the install steps (the install-companion command).
 */
import { Action, Icon, launchCommand, LaunchType, MenuBarExtra } from "@raycast/api";
import { NOT_CONNECTED, type SetupOffer } from "../core/sources";
import { connectKeychain } from "../hooks/readers";
import { NO_DATA_YET, type Usage } from "../hooks/use-usage";

const INSTALL_COMPANION_COMMAND = "install-companion";

interface OfferText {
  title: string;
  tooltip: string;
  icon: Icon;
}

const OFFER_TEXT: Readonly<Record<SetupOffer, OfferText>> = {
  connect_claude_code: {
    title: "Connect Claude Code",
    tooltip:
      "Reads Claude Code’s login from the macOS Keychain (read-only). macOS asks once: choose Always Allow so background refreshes do not ask again.",
    icon: Icon.Key,
  },
  log_in_claude_code: {
    title: "Log In to Claude Code: Run `claude`",
    tooltip: "Run `claude` in a terminal and log in with your Claude Pro/Max account; the usage shows up here.",
    icon: Icon.Terminal,
  },
  set_up_companion: {
    title: "Set Up Browser Companion",
    tooltip: "A small browser extension reads your usage from claude.ai with the login you already have there.",
    icon: Icon.Globe,
  },
};

/** The user asked: consent is kept, any wait after a refusal ends, and the sources are asked at once. */
async function connectClaudeCode(usage: Pick<Usage, "refresh">, announce: boolean): Promise<void> {
  connectKeychain();
  await usage.refresh({ announce });
}

function openCompanionSetup(): Promise<void> {
  return launchCommand({ name: INSTALL_COMPANION_COMMAND, type: LaunchType.UserInitiated });
}

/** The menu bar's set-up section; nothing when there is nothing to set up. */
export function SetupMenuSection({ usage }: { usage: Pick<Usage, "offers" | "refresh"> }) {
  if (usage.offers.length === 0) return null;
  return (
    <MenuBarExtra.Section title="Get your usage">
      {usage.offers.map((offer) => {
        const { title, tooltip, icon } = OFFER_TEXT[offer];
        const run =
          offer === "connect_claude_code"
            ? () => connectClaudeCode(usage, false)
            : offer === "set_up_companion"
              ? openCompanionSetup
              : undefined;
        return <MenuBarExtra.Item key={offer} icon={icon} title={title} tooltip={tooltip} onAction={run} />;
      })}
    </MenuBarExtra.Section>
  );
}

/** The same offers as actions of a view (first, so ↵ runs the first set-up); "log in" has no action. */
export function SetupActions({ usage }: { usage: Pick<Usage, "offers" | "refresh"> }) {
  return (
    <>
      {usage.offers.map((offer) => {
        const { title, icon } = OFFER_TEXT[offer];
        if (offer === "connect_claude_code")
          return <Action key={offer} icon={icon} title={title} onAction={() => connectClaudeCode(usage, true)} />;
        if (offer === "set_up_companion")
          return <Action key={offer} icon={icon} title={title} onAction={openCompanionSetup} />;
        return null;
      })}
    </>
  );
}

/** What an empty view says: the failing sources' reasons, or on a first run the set-up to choose. */
export function emptyDescription(usage: Pick<Usage, "problem" | "offers">): string {
  if (usage.problem !== NOT_CONNECTED) return usage.problem ?? NO_DATA_YET;
  const steps = usage.offers.map((offer) => OFFER_TEXT[offer].title.replace(/: /, " — "));
  return steps.length > 0 ? `Not connected yet: ${steps.join(", or ")}.` : NO_DATA_YET;
}
