/** A reading from one source, normalised: what merge.ts combines into accounts. */
import {
  describeZodError,
  snapshotArraySchema,
  type WireOverage,
  type WireSnapshot,
  type WireSubscription,
} from "./schema";
import { printable } from "./text";
import { parseUsage, UsageShapeError, type ParsedUsage } from "./usage";

/** `statusline`: the `rate_limits` Claude Code hands its status-line command (docs/FACTS.md §8). */
export type SourceKind = "bridge" | "oauth" | "file" | "statusline";

export interface Snapshot {
  source: SourceKind;
  /** Shown to the user: "Chrome bridge", "Claude Code", "file usage.json". */
  sourceLabel: string;
  orgUuid: string | null;
  orgName: string | null;
  accountEmail: string | null;
  /** When the server was asked; null when unknown (a bare payload file). */
  fetchedAt: Date | null;
  usage: ParsedUsage;
  overage: WireOverage | null;
  subscription: WireSubscription | null;
  /** Source-level problems reported alongside the data (e.g. "overage: 404 Not Found"). */
  errors: string[];
}

/**
 * Why a source gave nothing, when it is not a plain error: it was never set up (no credentials, no
 * companion), or macOS refused the Keychain read. See src/core/sources.ts.
 */
export type FailureKind = "not_set_up" | "keychain_denied";

/** A source that produced no snapshot this round, with the reason the user should see. */
export interface SourceFailure {
  source: SourceKind;
  sourceLabel: string;
  message: string;
  /** Absent for a plain error. */
  kind?: FailureKind;
}

export class SnapshotShapeError extends Error {}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "extension" / "chrome" → "Chrome bridge"-style label for bridge snapshots. @internal */
export function bridgeLabel(browser: string): string {
  const name = browser.trim() || "browser";
  return name === "extension" || name === "browser" ? "Browser bridge" : `${capitalise(name)} bridge`;
}

const printableOrNull = (text: string | null | undefined): string | null => (text == null ? null : printable(text));

/** Whom a wire snapshot is about and where it came from, as every surface names them. */
export type SnapshotIdentity = Pick<Snapshot, "sourceLabel" | "orgUuid" | "orgName" | "accountEmail">;

/** Every string a surface shows is made printable here, where the posted text enters the model. */
export function wireIdentity(wire: WireSnapshot, sourceLabel?: string): SnapshotIdentity {
  return {
    sourceLabel: sourceLabel ?? bridgeLabel(printable(wire.browser)),
    orgUuid: printableOrNull(wire.org_uuid),
    orgName: printableOrNull(wire.org_name),
    accountEmail: printableOrNull(wire.account_email),
  };
}

/** A wire snapshot as the model holds it, its usage body parsed window by window. @internal */
export function fromWireSnapshot(wire: WireSnapshot, source: SourceKind, sourceLabel?: string): Snapshot {
  return {
    source,
    ...wireIdentity(wire, sourceLabel),
    fetchedAt: new Date(wire.fetched_at),
    usage: parseUsage(wire.usage),
    overage: wire.overage ?? null,
    subscription: wire.subscription ?? null,
    errors: wire.errors.map(printable),
  };
}

/** Parses a bridge snapshot array; a bad element names its index and field. */
export function parseSnapshotArray(raw: unknown, source: SourceKind, sourceLabel?: string): Snapshot[] {
  const parsed = snapshotArraySchema.safeParse(raw);
  if (!parsed.success) throw new SnapshotShapeError(`snapshot ${describeZodError(parsed.error)}`);
  return parsed.data.map((wire) => fromWireSnapshot(wire, source, sourceLabel));
}

/** A file holds either a bare usage payload or a bridge snapshot array. */
export function snapshotsFromDocument(raw: unknown, sourceLabel: string): Snapshot[] {
  if (Array.isArray(raw)) return parseSnapshotArray(raw, "file", sourceLabel);
  try {
    return [
      {
        source: "file",
        sourceLabel,
        orgUuid: null,
        orgName: null,
        accountEmail: null,
        fetchedAt: null,
        usage: parseUsage(raw),
        overage: null,
        subscription: null,
        errors: [],
      },
    ];
  } catch (error) {
    if (error instanceof UsageShapeError) throw new SnapshotShapeError(error.message);
    throw error;
  }
}
