/** Time display: countdowns, ages, absolute local times, and the per-window reset line. */
import { differenceInSeconds } from "date-fns/differenceInSeconds";
import { isSameDay } from "date-fns/isSameDay";
import { isSameYear } from "date-fns/isSameYear";
import type { WindowState } from "./windows";

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Two largest units of a span: "4d 6h", "2h 47m", "12m", "<1m". */
export function formatSpan(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  if (s < MINUTE) return "<1m";
  const days = Math.floor(s / DAY);
  const hours = Math.floor((s % DAY) / HOUR);
  const minutes = Math.floor((s % HOUR) / MINUTE);
  if (days > 0) return hours > 0 ? `${days}d ${hours}h` : `${days}d`;
  if (hours > 0) return minutes > 0 ? `${hours}h ${minutes}m` : `${hours}h`;
  return `${minutes}m`;
}

/** "in 2h 47m", "in 4d 6h"; "now" once the moment has come. */
export function formatCountdown(target: Date, now: Date): string {
  const seconds = differenceInSeconds(target, now);
  return seconds <= 0 ? "now" : `in ${formatSpan(seconds)}`;
}

/** "40 s ago", "3 min ago", "2 h ago", "3 d ago". */
export function formatAge(then: Date, now: Date): string {
  const s = Math.max(0, differenceInSeconds(now, then));
  if (s < MINUTE) return `${s} s ago`;
  if (s < HOUR) return `${Math.floor(s / MINUTE)} min ago`;
  if (s < DAY) return `${Math.floor(s / HOUR)} h ago`;
  return `${Math.floor(s / DAY)} d ago`;
}

/**
 * The terminal's fixed wall-clock format, e.g. "Tue 24 Nov, 18:42"; the year only when it is not the
 * current one. The Raycast surfaces use formatLocalDateTime (the user's locale) instead.
 */
export function formatAbsolute(date: Date, now: Date = new Date()): string {
  const p: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of absoluteFormat().formatToParts(date)) p[type] = value;
  return `${p.weekday} ${p.day} ${p.month}${isSameYear(date, now) ? "" : ` ${p.year}`}, ${p.hour}:${p.minute}`;
}

/**
 * The parts of formatAbsolute, put in its order by hand: English names (en-GB writes "Sept"), 00–23
 * hours. Not date-fns' format, whose formatters and locale are a quarter of a command's bundle. Made on
 * first use: an Intl format costs its construction, and `--json` never needs one.
 */
let absolute: Intl.DateTimeFormat | undefined;
const absoluteFormat = () =>
  (absolute ??= new Intl.DateTimeFormat("en-US", {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }));

/**
 * Date and time as the user's locale writes them (12/24-hour, day or month first), as Raycast itself
 * does: "Tue, Nov 24, 6:42 PM" (en-US), "Tue 24 Nov, 18:42" (en-GB); the year only when it is not
 * the current one. `locale` defaults to the runtime's.
 */
export function formatLocalDateTime(date: Date, now: Date = new Date(), locale?: string): string {
  const day = new Intl.DateTimeFormat(locale, {
    weekday: "short",
    day: "numeric",
    month: "short",
    ...(isSameYear(date, now) ? {} : { year: "numeric" }),
  }).format(date);
  return `${day}, ${localTime(date, locale)}`;
}

/** "6:42 PM" / "18:42": the locale's own short time (Intl's timeStyle keeps en-GB's leading zero). */
function localTime(date: Date, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: "short" }).format(date);
}

/** A day in the user's locale: "Thu, Dec 3, 2026" (en-US), "Thu 3 Dec 2026" (en-GB). */
export function formatLocalDay(date: Date, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}

/** A chart axis label in the user's locale: "6:42 PM" / "18:42" today, with the weekday on another day. */
export function formatClock(date: Date, now: Date, locale?: string): string {
  if (isSameDay(date, now)) return localTime(date, locale);
  return `${new Intl.DateTimeFormat(locale, { weekday: "short" }).format(date)} ${localTime(date, locale)}`;
}

/** What the reset column says for a window in each state; never a countdown stuck at "now". */
export function formatResetLine(state: WindowState, resetsAt: Date | null, now: Date): string {
  if (state === "not_started") return "not started";
  if (resetsAt === null) return "no reset time";
  if (state === "reset_pending") return `reset ${formatAge(resetsAt, now)} · refreshing`;
  return `resets ${formatCountdown(resetsAt, now)}`;
}

export function isStale(fetchedAt: Date | null, now: Date, staleAfterMs: number): boolean {
  return fetchedAt !== null && now.getTime() - fetchedAt.getTime() > staleAfterMs;
}
