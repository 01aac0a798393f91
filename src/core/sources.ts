/**
 * Each enabled source as the user should read it (docs/FACTS.md §2): *not set up* (never connected:
 * nothing is broken, there is only something to offer), *working*, *stale*, or *failing* with its
 * reason. Only a source that was set up and now fails is an error: a Mac that never opened the
 * Keychain, or a browser without the companion, is a first run, not a fault.
 */
import { isStale } from "./format";
import type { Snapshot, SourceFailure, SourceKind } from "./snapshot";

type SourceHealth = "not_set_up" | "working" | "stale" | "failing";

export interface SourceStatus {
  source: SourceKind;
  sourceLabel: string;
  health: SourceHealth;
  /** The source's own words when it is not working; null when it is. */
  reason: string | null;
  /** macOS refused (or nobody answered) the Keychain prompt: the fix is to ask again, by hand. */
  keychainDenied: boolean;
}

export interface SourceRound {
  /** The sources asked this round (those enabled in the preferences), in order. */
  sources: ReadonlyArray<{ source: SourceKind; sourceLabel: string }>;
  failures: readonly SourceFailure[];
  /** What is shown: this round's snapshots and those carried from sources that failed. */
  snapshots: readonly Snapshot[];
  /** Sources that delivered a reading at least once, this round included (see deliveredSources). */
  delivered: readonly SourceKind[];
  now: Date;
  staleAfterMs: number;
}

/** The sources that have ever delivered: once set up, a source that stops is failing, not "not set up". */
export function deliveredSources(previous: readonly SourceKind[], snapshots: readonly Snapshot[]): SourceKind[] {
  return [...new Set([...previous, ...snapshots.map((s) => s.source)])].sort();
}

export function sourceStatuses(round: SourceRound): SourceStatus[] {
  const { failures, snapshots, delivered, now, staleAfterMs } = round;
  return round.sources.map(({ source, sourceLabel }) => {
    const failure = failures.find((f) => f.source === source);
    if (failure) {
      const neverSetUp = failure.kind === "not_set_up" && !delivered.includes(source);
      return {
        source,
        sourceLabel,
        health: neverSetUp ? "not_set_up" : "failing",
        reason: failure.message,
        keychainDenied: failure.kind === "keychain_denied",
      };
    }
    const own = snapshots.filter((s) => s.source === source);
    const stale = own.length > 0 && own.every((s) => isStale(s.fetchedAt, now, staleAfterMs));
    return {
      source,
      sourceLabel,
      health: stale ? "stale" : "working",
      reason: stale ? (own.flatMap((s) => s.errors)[0] ?? null) : null,
      keychainDenied: false,
    };
  });
}

/** The sources that were set up and fail now: the only ones a surface reports as errors. */
export function failingSources(statuses: readonly SourceStatus[]): SourceStatus[] {
  return statuses.filter((s) => s.health === "failing");
}

/**
 * What a surface with no data offers, fitted to the machine: on a Mac, one click reads Claude Code's
 * Keychain item ("connect"); elsewhere, or once the Keychain may be read and holds nothing, only
 * `claude` can log in ("log in"); a bridge that never delivered needs the companion ("companion").
 */
export type SetupOffer = "connect_claude_code" | "log_in_claude_code" | "set_up_companion";

interface SetupContext {
  mac: boolean;
  /** The user allowed the Keychain read (the preference, or "Connect Claude Code" once). */
  keychainConsent: boolean;
}

export function setupOffers(statuses: readonly SourceStatus[], { mac, keychainConsent }: SetupContext): SetupOffer[] {
  const offers: SetupOffer[] = [];
  const oauth = statuses.find((s) => s.source === "oauth");
  const canConnect = mac && oauth !== undefined && (oauth.keychainDenied || !keychainConsent);
  if (canConnect && (oauth.health === "not_set_up" || oauth.keychainDenied)) offers.push("connect_claude_code");
  else if (oauth?.health === "not_set_up") offers.push("log_in_claude_code");
  if (statuses.some((s) => s.source === "bridge" && s.health === "not_set_up")) offers.push("set_up_companion");
  return offers;
}

/**
 * The offers when a round brought nothing to show at all (the terminal's no-data help): each source
 * that failed is judged as on a first run, since the terminal keeps no record of what delivered before.
 */
export function offersWithNoData(failures: readonly SourceFailure[], context: SetupContext): SetupOffer[] {
  const round = { sources: failures, failures, snapshots: [], delivered: [], now: new Date(), staleAfterMs: 0 };
  return setupOffers(sourceStatuses(round), context);
}

/** "Start Bridge" is for a bridge that delivered before and is failing now, never for a first run. */
export function mayOfferStartBridge(statuses: readonly SourceStatus[]): boolean {
  return statuses.some((s) => s.source === "bridge" && s.health === "failing");
}

export const NOT_CONNECTED = "No usage data yet: connect a source to see your Claude usage";

/** Why there is no data, one line per failing source; a first run is not connected, not broken. */
export function noDataReasons(statuses: readonly SourceStatus[]): string[] {
  const failing = failingSources(statuses);
  if (failing.length > 0) return failing.map((s) => `${s.sourceLabel}: ${s.reason ?? "failing"}`);
  return [NOT_CONNECTED];
}
