/**
 * The one line Claude Code shows under its prompt (docs/FACTS.md §8): by default the binding window
 * and the 5-hour window with their resets, the forecast when a limit comes before the reset, and a
 * stale mark. `--format` fills a template over the named fields below instead. Pure: the caller
 * passes the view, the paint (ANSI or plain) and what stdin said.
 */
import { differenceInSeconds } from "date-fns/differenceInSeconds";
import { formatAge, formatSpan, isStale } from "./format";
import { shownPercent, STALE_MARK } from "./summary";
import { accountTitle, type AccountView, type UsageView, type WindowView } from "./view";
import type { Severity } from "./windows";

export type Tone = Severity | "dim";
export type Paint = (text: string, tone: Tone) => string;

export const DEFAULT_FORMAT = "{binding} {binding_reset} · {five_hour} {five_hour_reset} · {forecast} · {stale}";

/** The fields a template can name, with what each holds (printed by --help). */
export const FIELDS = {
  binding: 'the window closest to its limit, "Fable 84%"',
  binding_percent: 'its percent, "84%"',
  binding_reset: 'its reset, "↻ 4d 18h"',
  five_hour: 'the 5-hour window, "5h 42%"',
  five_hour_percent: '"42%"',
  five_hour_reset: '"↻ 2h 10m"',
  seven_day: 'the 7-day window, "7d 78%"',
  seven_day_percent: '"78%"',
  seven_day_reset: '"↻ 4d 18h"',
  forecast: 'when a limit comes before its reset, "limit in ~1h"',
  stale: `"${STALE_MARK} 12 min ago" when the newest reading is older than the stale limit`,
  age: 'how old the newest reading is, "40 s ago"',
  account: "the account (email · org)",
  model: "the session's model, from Claude Code",
} as const;

type FieldName = keyof typeof FIELDS;
/** @internal (tests) */
export type Fields = Record<FieldName, string>;

const FIELD = /\{([a-z_]+)\}/g;
const SEPARATOR = " · ";
// Colour codes are ours (cli/paint.ts); server text is made printable before it gets here.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** The names in `template` that are not fields; empty when it is good. */
export function unknownFields(template: string): string[] {
  return [...template.matchAll(FIELD)].map((m) => m[1]).filter((name) => !Object.hasOwn(FIELDS, name));
}

export interface LineContext {
  view: UsageView;
  paint: Paint;
  staleAfterMs: number;
  /** From Claude Code's stdin; null when it named none. */
  model: string | null;
}

function percentOf(w: WindowView | undefined, paint: Paint): string {
  return w ? paint(shownPercent(w, true), w.state === "active" ? w.severity : "dim") : "";
}

function resetOf(w: WindowView | undefined, now: Date, paint: Paint): string {
  if (!w?.resetsAt || w.state !== "active") return "";
  return paint(`↻ ${formatSpan(differenceInSeconds(w.resetsAt, now))}`, "dim");
}

/** The soonest limit among the account's windows that will reach 100 % before they reset. */
function forecastOf(account: AccountView | undefined, binding: WindowView | undefined, ctx: LineContext): string {
  const { now } = ctx.view;
  const coming = (account?.windows ?? [])
    .filter((w) => w.forecast.verdict === "hits_limit" && w.forecast.limitAt)
    .sort((a, b) => a.forecast.limitAt!.getTime() - b.forecast.limitAt!.getTime())[0];
  if (!coming) return "";
  const who = coming === binding ? "" : `${coming.shortLabel} `;
  const when = coming.forecast.atLimit
    ? "at limit"
    : `limit in ~${formatSpan(differenceInSeconds(coming.forecast.limitAt!, now))}`;
  return ctx.paint(`${who}${when}`, "critical");
}

/** Every field for the binding window's account (the first account when nothing binds). @internal (tests) */
export function lineFields(ctx: LineContext): Fields {
  const { view, paint } = ctx;
  const binding = view.binding ?? view.accounts.flatMap((a) => a.windows)[0];
  const account = view.accounts.find((a) => a.id === binding?.accountId) ?? view.accounts[0];
  const byKey = (key: string) => account?.windows.find((w) => w.key === key);
  const [fiveHour, sevenDay] = [byKey("five_hour"), byKey("seven_day")];
  const titled = (w: WindowView | undefined) => (w ? `${w.shortLabel} ${percentOf(w, paint)}` : "");
  const fetchedAt = account?.fetchedAt ?? null;
  const stale = isStale(fetchedAt, view.now, ctx.staleAfterMs);
  return {
    binding: titled(binding),
    binding_percent: percentOf(binding, paint),
    binding_reset: resetOf(binding, view.now, paint),
    five_hour: titled(fiveHour),
    five_hour_percent: percentOf(fiveHour, paint),
    five_hour_reset: resetOf(fiveHour, view.now, paint),
    seven_day: titled(sevenDay),
    seven_day_percent: percentOf(sevenDay, paint),
    seven_day_reset: resetOf(sevenDay, view.now, paint),
    forecast: forecastOf(account, binding, ctx),
    stale: stale && fetchedAt ? paint(`${STALE_MARK} ${formatAge(fetchedAt, view.now)}`, "warning") : "",
    age: fetchedAt ? formatAge(fetchedAt, view.now) : "",
    account: account ? accountTitle(account) : "",
    model: ctx.model ?? "",
  };
}

const visible = (text: string) => text.replace(ANSI, "").trim();

/**
 * Fills the template. Parts between " · " that come out empty, or repeat an earlier part (the binding
 * window is often the 5-hour one), are dropped, so no separator dangles; runs of spaces become one.
 * @internal (tests)
 */
export function renderTemplate(template: string, fields: Fields): string {
  const filled = template.replace(FIELD, (match, name: string) =>
    Object.hasOwn(fields, name) ? fields[name as FieldName] : match,
  );
  const seen = new Set<string>();
  const parts = filled.split(SEPARATOR).filter((part) => {
    const key = visible(part);
    if (key === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return parts
    .map((part) => part.replace(/ {2,}/g, " ").trim())
    .join(SEPARATOR)
    .replace(/[\r\n]+/g, " ");
}

/** The line, or null when the view has no window at all (the caller says why there is no data). */
export function statusLine(template: string, ctx: LineContext): string | null {
  if (ctx.view.accounts.every((a) => a.windows.length === 0)) return null;
  return renderTemplate(template, lineFields(ctx));
}

/** "no data — <why>", dimmed: short enough for the status line. */
export function noDataLine(reason: string, paint: Paint): string {
  return paint(`no data — ${reason}`, "dim");
}
