/**
 * The bridge's durable state: the latest snapshot per org/account and a bounded history of samples
 * per org/window (core/history.ts), kept in one JSON file in the data dir so both change together. Writes are atomic (temp file, fsync, rename) and serialised, and memory only changes once the
 * file is written, so a failed write or a crash never leaves a half state behind. An unreadable file
 * is moved aside with a warning and the bridge starts empty: it must never crash on its own state.
 */
import { mkdir, open, readFile, rename } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { parseHistory, recordAccounts, type History } from "../core/history";
import { DEFAULT_STALE_AFTER_MS, mergeSnapshots } from "../core/merge";
import { describeZodError, isoInstant, snapshotSchema, type WireSnapshot } from "../core/schema";
import { fromWireSnapshot } from "../core/snapshot";

export const STATE_FILE = "bridge-state.json";
/** Orgs/accounts kept; beyond it the one read longest ago goes, so a flood of made-up orgs stays bounded. */
export const MAX_SNAPSHOTS = 64;

export interface StoredSnapshot {
  snapshot: WireSnapshot;
  receivedAt: Date;
}

const stateFileSchema = z.object({
  version: z.literal(1),
  snapshots: z.array(z.object({ snapshot: snapshotSchema, received_at: isoInstant })),
  // Parsed leniently by parseHistory: a bad sample costs that sample, not the file.
  history: z.unknown().optional(),
});

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
function newer(candidate: WireSnapshot, current: WireSnapshot | undefined): boolean {
  return current === undefined || fetchedAt(candidate) >= fetchedAt(current);
}

function latestOnly(entries: Map<string, StoredSnapshot>): Map<string, StoredSnapshot> {
  if (entries.size <= MAX_SNAPSHOTS) return entries;
  const kept = [...entries].sort(([, a], [, b]) => fetchedAt(b.snapshot) - fetchedAt(a.snapshot));
  return new Map(kept.slice(0, MAX_SNAPSHOTS));
}

/** Every reading in the batch becomes a sample, oldest first, at its fetched_at (never the receive time). */
function recordBatch(history: History, batch: readonly WireSnapshot[], receivedAt: Date): History {
  return [...batch]
    .sort((a, b) => fetchedAt(a) - fetchedAt(b))
    .reduce((h, wire) => {
      const accounts = mergeSnapshots([fromWireSnapshot(wire, "bridge")], {
        now: receivedAt,
        staleAfterMs: DEFAULT_STALE_AFTER_MS,
      });
      return recordAccounts(h, accounts);
    }, history);
}

interface PendingBatch {
  batch: readonly WireSnapshot[];
  receivedAt: Date;
  resolve(): void;
  reject(error: unknown): void;
}

/** The state after one batch: the newer reading per key wins, and the batch joins the history. */
function withBatch(state: State, batch: readonly WireSnapshot[], receivedAt: Date): State {
  const entries = new Map(state.entries);
  for (const snapshot of batch) {
    const key = snapshotKey(snapshot);
    if (newer(snapshot, entries.get(key)?.snapshot)) entries.set(key, { snapshot, receivedAt });
  }
  return { entries: latestOnly(entries), history: recordBatch(state.history, batch, receivedAt) };
}

export class BridgeStore {
  private tail: Promise<unknown> = Promise.resolve();
  private pending: PendingBatch[] = [];
  private tempCounter = 0;

  private constructor(
    private readonly path: string,
    private state: State,
  ) {}

  /** Loads the state file from dataDir (created if missing); a corrupt file is moved aside, never fatal. */
  static async open(dataDir: string, log: (line: string) => void): Promise<BridgeStore> {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    const path = join(dataDir, STATE_FILE);
    return new BridgeStore(path, await loadState(path, log));
  }

  get file(): string {
    return this.path;
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

  /**
   * Stores a validated batch. Resolves once it is on disk; on a write error memory stays as it was.
   * Batches that arrive while a write is in flight are committed together in the next write (group
   * commit): each still resolves only once it is durable, but a burst costs one fsync, not one each.
   */
  accept(batch: readonly WireSnapshot[], receivedAt: Date): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ batch, receivedAt, resolve, reject });
      if (this.pending.length === 1) void this.serialised(() => this.commitPending());
    });
  }

  private async commitPending(): Promise<void> {
    const group = this.pending.splice(0);
    let next = this.state;
    for (const { batch, receivedAt } of group) next = withBatch(next, batch, receivedAt);
    try {
      await this.write(next);
      this.state = next;
      for (const waiting of group) waiting.resolve();
    } catch (error) {
      for (const waiting of group) waiting.reject(error);
    }
  }

  /** Waits for every pending write. */
  async flush(): Promise<void> {
    await this.serialised(async () => undefined);
  }

  private serialised<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task);
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async write({ entries, history }: State): Promise<void> {
    const document = {
      version: 1,
      snapshots: [...entries.values()].map((e) => ({ snapshot: e.snapshot, received_at: e.receivedAt.toISOString() })),
      history,
    };
    const temp = `${this.path}.${process.pid}.${this.tempCounter++}.tmp`;
    // 0600: the file holds account emails and org ids.
    const handle = await open(temp, "w", 0o600);
    try {
      await handle.writeFile(JSON.stringify(document));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, this.path);
  }
}

async function loadState(path: string, log: (line: string) => void): Promise<State> {
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
      for (const { snapshot, received_at } of parsed.data.snapshots) {
        entries.set(snapshotKey(snapshot), { snapshot, receivedAt: new Date(received_at) });
      }
      return { entries: latestOnly(entries), history: parseHistory(parsed.data.history ?? {}) };
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
