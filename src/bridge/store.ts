/**
 * The bridge's durable state: the latest snapshot per org/account and a bounded history of samples
 * per org/window (core/history.ts), kept in one JSON file in the data dir so both change together.
 *
 * A batch is acknowledged once it is validated and applied in memory; the file follows write-behind,
 * at most one write per SAVE_INTERVAL_MS: a change after a quiet spell is written at once, changes
 * during a write or within the interval after one are coalesced into the next. So a crash (or power
 * loss) loses at most the changes of the last interval plus the write in flight, which the
 * companion's next post (every minute) restores; a normal stop writes everything (flush); a flood
 * of posts costs one write a second, not one per post; and a loopback answer never waits on the
 * disk. Each write is atomic (temp file, fsync, rename), at most one is in flight, so the latest
 * state always reaches the file and a crash never leaves a half state behind. A failed write is
 * logged and retried on the next change; it never touches memory or the last good file.
 * An unreadable file is moved aside with a warning and the bridge starts empty: it must never crash
 * on its own state.
 */
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import * as z from "zod";
import { isFromTheFuture } from "../core/clock";
import { parseHistory, recordReadings, type History } from "../core/history";
import { accountId } from "../core/merge";
import { describeZodError, isoInstant, storedSnapshotSchema, type WireSnapshot } from "../core/schema";
import { wireIdentity } from "../core/snapshot";
import { parseCheckedWindows, type WindowReading } from "../core/usage";

/** @internal */
export const STATE_FILE = "bridge-state.json";
/** At most one state-file write per this many ms (see above). */
const SAVE_INTERVAL_MS = 1000;
/** Orgs/accounts kept; beyond it the one read longest ago goes, so a flood of made-up orgs stays bounded. @internal */
export const MAX_SNAPSHOTS = 64;

export interface StoredSnapshot {
  snapshot: WireSnapshot;
  receivedAt: Date;
}

const stateFileSchema = z.object({
  version: z.literal(1),
  // Each entry on its own (storedEntrySchema): one that today's rules refuse costs that entry, not the file.
  snapshots: z.array(z.unknown()),
  // Parsed leniently by parseHistory: a bad sample costs that sample, not the file.
  history: z.unknown().optional(),
});
const storedEntrySchema = z.object({ snapshot: storedSnapshotSchema, received_at: isoInstant });

interface State {
  entries: ReadonlyMap<string, StoredSnapshot>;
  history: History;
}

const EMPTY: State = { entries: new Map(), history: {} };

/** Which stored snapshot a new one replaces: one per org, else per account email, else per browser. */
function snapshotKey(s: WireSnapshot): string {
  if (s.org_uuid) return `org:${s.org_uuid}`;
  if (s.account_email) return `email:${s.account_email.toLowerCase()}`;
  return `browser:${s.browser}`;
}

const fetchedAt = (s: WireSnapshot) => Date.parse(s.fetched_at);

/** A reading that the server answered earlier than the one already stored never replaces it. */
function older(candidate: AcceptedSnapshot, current: WireSnapshot | undefined): boolean {
  return current !== undefined && candidate.fetchedAt.getTime() < fetchedAt(current);
}

function latestOnly(entries: Map<string, StoredSnapshot>): Map<string, StoredSnapshot> {
  if (entries.size <= MAX_SNAPSHOTS) return entries;
  const kept = [...entries].sort(([, a], [, b]) => fetchedAt(b.snapshot) - fetchedAt(a.snapshot));
  return new Map(kept.slice(0, MAX_SNAPSHOTS));
}

/**
 * A snapshot that passed storedSnapshotSchema, with what its history samples need: its account (as
 * merge.ts names it), when it was read, and its windows. The schema proved the usage body an object
 * nested within bounds, so only its windows are parsed here, once.
 */
export interface AcceptedSnapshot {
  wire: WireSnapshot;
  accountId: string;
  fetchedAt: Date;
  windows: readonly WindowReading[];
}

export const acceptedFrom = (wire: WireSnapshot): AcceptedSnapshot => ({
  wire,
  accountId: accountId(wireIdentity(wire)),
  fetchedAt: new Date(wire.fetched_at),
  windows: parseCheckedWindows(wire.usage).windows,
});

/**
 * Every stored reading becomes a sample, oldest first, at its fetched_at (never the receive time).
 * Only its own org's series changes; the week of history is counted back from receivedAt.
 */
function recordBatch(history: History, batch: readonly AcceptedSnapshot[], receivedAt: Date): History {
  return [...batch]
    .sort((a, b) => a.fetchedAt.getTime() - b.fetchedAt.getTime())
    .reduce((h, s) => recordReadings(h, s.accountId, s.fetchedAt, s.windows, receivedAt), history);
}

/** What a batch did: `stored` replaced (or added) a snapshot; `ignored` were older than the one held. */
export interface BatchOutcome {
  stored: number;
  ignored: number;
}

/** The state after one batch: a reading older than the stored one is ignored, the rest are stored and join the history. */
function withBatch(
  state: State,
  batch: readonly AcceptedSnapshot[],
  receivedAt: Date,
): { state: State; outcome: BatchOutcome } {
  const entries = new Map(state.entries);
  const stored: AcceptedSnapshot[] = [];
  for (const accepted of batch) {
    const key = snapshotKey(accepted.wire);
    if (older(accepted, entries.get(key)?.snapshot)) continue;
    entries.set(key, { snapshot: accepted.wire, receivedAt });
    stored.push(accepted);
  }
  return {
    state: { entries: latestOnly(entries), history: recordBatch(state.history, stored, receivedAt) },
    outcome: { stored: stored.length, ignored: batch.length - stored.length },
  };
}

export class BridgeStore {
  /** The write in flight, if any. */
  private persisting: Promise<void> | null = null;
  /** The next write, waiting out the interval since the last one. */
  private timer: NodeJS.Timeout | null = null;
  /** Memory holds changes the file does not (yet, or because the last write failed). */
  private dirty = false;
  /** When the last write began (Date.now()). */
  private lastWriteAt = Number.NEGATIVE_INFINITY;
  private tempCounter = 0;
  private changes = 0;

  private constructor(
    private readonly path: string,
    private state: State,
    private readonly log: (line: string) => void,
    private readonly saveIntervalMs: number,
  ) {}

  /**
   * Loads the state file from dataDir (created if missing); a corrupt file is moved aside, never fatal.
   * History samples dated after `now` (plus the allowed skew) are dropped on the way in.
   */
  static async open(
    dataDir: string,
    log: (line: string) => void,
    now: Date = new Date(),
    saveIntervalMs = SAVE_INTERVAL_MS,
  ): Promise<BridgeStore> {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    const path = join(dataDir, STATE_FILE);
    return new BridgeStore(path, await loadState(path, log, now), log, saveIntervalMs);
  }

  get file(): string {
    return this.path;
  }

  /** Counts the changes to what latest() returns: an answer built from it stands until this moves. */
  get revision(): number {
    return this.changes;
  }

  latest(): StoredSnapshot[] {
    return [...this.state.entries.values()];
  }

  /** Series by historyKey(accountId, windowKey); account ids are "org:<uuid>" for org snapshots. */
  history(): History {
    return this.state.history;
  }

  lastReceivedAt(): Date | null {
    const times = this.latest().map((e) => e.receivedAt.getTime());
    return times.length > 0 ? new Date(Math.max(...times)) : null;
  }

  /** Applies a validated batch to memory at once and schedules the write that persists it. */
  accept(batch: readonly AcceptedSnapshot[], receivedAt: Date): BatchOutcome {
    const { state, outcome } = withBatch(this.state, batch, receivedAt);
    if (outcome.stored === 0) return outcome;
    this.state = state;
    this.changes += 1;
    this.dirty = true;
    this.persist();
    return outcome;
  }

  /**
   * Writes now whatever memory holds that the file does not, without waiting out the interval;
   * resolves once the file holds it, or the last attempt failed (logged).
   */
  async flush(): Promise<void> {
    for (;;) {
      this.cancelTimer();
      if (this.persisting) await this.persisting;
      else if (!this.dirty || (await this.writeNow()) === "failed") return;
    }
  }

  /** Writes at once after a quiet spell, else once the interval since the last write has passed. */
  private persist(): void {
    if (this.persisting || this.timer) return; // the write in flight or the timer takes this change along
    const wait = this.lastWriteAt + this.saveIntervalMs - Date.now();
    if (wait <= 0) return void this.writeNow();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.writeNow();
    }, wait);
  }

  private cancelTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private writeNow(): Promise<"done" | "failed"> {
    this.dirty = false;
    this.lastWriteAt = Date.now();
    const settled = this.write(this.state).then(
      () => "done" as const,
      (error: unknown) => {
        this.dirty = true; // retried on the next change (or flush); memory and the last good file are untouched
        this.log(`warning: cannot save ${this.path} (${(error as Error).message}); kept in memory, will retry`);
        return "failed" as const;
      },
    );
    this.persisting = settled.then((outcome) => {
      this.persisting = null;
      // Changes made while it was being written follow in the next write.
      if (outcome === "done" && this.dirty) this.persist();
    });
    return settled;
  }

  private async write({ entries, history }: State): Promise<void> {
    const document = {
      version: 1,
      snapshots: [...entries.values()].map((e) => ({ snapshot: e.snapshot, received_at: e.receivedAt.toISOString() })),
      history,
    };
    const temp = `${this.path}.${process.pid}.${this.tempCounter++}.tmp`;
    // 0600: the file holds account emails and org ids.
    try {
      const handle = await open(temp, "w", 0o600);
      try {
        await handle.writeFile(JSON.stringify(document));
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, this.path);
    } catch (error) {
      // A full disk must not fill up further with one orphaned temp file per retry.
      await rm(temp, { force: true }).catch(() => undefined);
      throw error;
    }
  }
}

async function loadState(path: string, log: (line: string) => void, now: Date): Promise<State> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return EMPTY;
    log(`warning: cannot read ${path} (${(error as Error).message}); starting empty`);
    return EMPTY;
  }
  let problem: string;
  try {
    const parsed = stateFileSchema.safeParse(JSON.parse(text));
    if (parsed.success) {
      const entries = new Map<string, StoredSnapshot>();
      parsed.data.snapshots.forEach((raw, i) => {
        const entry = storedEntrySchema.safeParse(raw);
        if (!entry.success) {
          return log(`warning: ${path}: dropped snapshots[${i}] (${describeZodError(entry.error)})`);
        }
        const { snapshot, received_at } = entry.data;
        if (isFromTheFuture(fetchedAt(snapshot), now)) {
          return log(
            `warning: ${path}: dropped snapshots[${i}] (fetched_at ${snapshot.fetched_at} is ahead of this clock)`,
          );
        }
        entries.set(snapshotKey(snapshot), { snapshot, receivedAt: new Date(received_at) });
      });
      return { entries: latestOnly(entries), history: parseHistory(parsed.data.history ?? {}, now) };
    }
    problem = describeZodError(parsed.error);
  } catch (error) {
    problem = `not valid JSON: ${(error as Error).message}`;
  }
  const aside = `${path}.corrupt-${Date.now()}`;
  try {
    await rename(path, aside);
    log(`warning: ${path} is corrupt (${problem}); moved it to ${aside} and started empty`);
  } catch (error) {
    log(`warning: ${path} is corrupt (${problem}) and could not be moved aside (${(error as Error).message})`);
  }
  return EMPTY;
}
