/** The toolbar badge: the worst five-hour percent, coloured by severity, `!` with the reason on failure. */
import { formatAge, formatAbsolute } from "../core/format";
import { accountTitle, type WindowView } from "../core/view";
import { formatPercent, type Severity } from "../core/windows";
import { backoffLine, stateView, type CompanionState } from "./state";

export interface Badge {
  text: string;
  color: string;
  /** Dark on amber, white elsewhere: white on amber is unreadable. */
  textColor: string;
  title: string;
}

/** @internal */
export const BADGE_COLOURS: Readonly<Record<Severity | "none", string>> = {
  ok: "#2e7d32",
  warning: "#f9a825",
  critical: "#c62828",
  none: "#757575",
};

const NAME = "Claude Plan Meter";

function colours(tone: Severity | "none"): Pick<Badge, "color" | "textColor"> {
  return { color: BADGE_COLOURS[tone], textColor: tone === "warning" ? "#1f1f1f" : "#ffffff" };
}

function fiveHourLine(w: WindowView, account: string): string {
  return `5-hour ${formatPercent(w.percent)} — ${w.resetLine} (${account})`;
}

export function badgeFor(state: CompanionState | null, now: Date): Badge {
  if (!state) return { text: "", ...colours("none"), title: `${NAME}: waiting for the first reading` };
  const waiting = backoffLine(state, now);
  if (state.error) {
    return {
      text: "!",
      ...colours("critical"),
      title: [`${NAME}: ${state.error}`, waiting].filter(Boolean).join("\n"),
    };
  }
  const view = stateView(state, now);
  // A reading older than its own reset says nothing about the current window, so it cannot be the worst.
  const fiveHour = view.accounts.flatMap((a) =>
    a.windows.filter((w) => w.key === "five_hour" && w.state !== "reset_pending").map((w) => ({ w, a })),
  );
  const updated = state.lastSuccessAt
    ? `updated ${formatAge(new Date(state.lastSuccessAt), now)} (${formatAbsolute(new Date(state.lastSuccessAt), now)})`
    : "";
  const extra = [...state.problems, waiting, updated].filter(Boolean);
  if (fiveHour.length === 0) {
    return {
      text: "–",
      ...colours("none"),
      title: [`${NAME}: no 5-hour window in the last reading`, ...extra].join("\n"),
    };
  }
  const worst = fiveHour.reduce((a, b) => (b.w.percent > a.w.percent ? b : a));
  return {
    text: formatPercent(worst.w.percent, true),
    ...colours(worst.w.severity),
    title: [NAME, ...fiveHour.map(({ w, a }) => fiveHourLine(w, accountTitle(a))), ...extra].join("\n"),
  };
}
