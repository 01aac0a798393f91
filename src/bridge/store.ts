/**
 * The bridge's durable state: the latest snapshot per org/account, kept in one JSON file in the data
 * dir. Writes are atomic (temp file, fsync, rename) and serialised, and memory only changes once the
 * file is written, so a failed write or a crash never leaves a half state behind. An unreadable file
 * is moved aside with a warning and the bridge starts empty: it must never crash on its own state.
 */
import { mkdir, open, readFile, rename } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { describeZodError, isoInstant, snapshotSchema, type WireSnapshot } from "../core/schema";

export const STATE_FILE = "bridge-state.json";

export interface StoredSnapshot {
  snapshot: WireSnapshot;
  receivedAt: Date;
}

const stateFileSchema = z.object({
  version: z.literal(1),
  snapshots: z.array(z.object({ snapshot: snapshotSchema, received_at: isoInstant })),
});

/** Which stored snapshot a new one replaces: one per org, else per account email, else per browser. */
function snapshotKey(s: WireSnapshot): string {
  if (s.org_uuid) return `org:${s.org_uuid}`;
  if (s.account_email) return `email:${s.account_email.toLowerCase()}`;
  return `browser:${s.browser}`;
}

/** A reading that the server answered earlier than the one already stored never replaces it. */
function newer(candidate: WireSnapshot, current: WireSnapshot | undefined): boolean {
  return current === undefined || Date.parse(candidate.fetched_at) >= Date.parse(current.fetched_at);
}

export class BridgeStore {
  private tail: Promise<unknown> = Promise.resolve();
  private tempCounter = 0;

  private constructor(
    private readonly path: string,
    private entries: ReadonlyMap<string, StoredSnapshot>,
  ) {}

  /** Loads the state file from dataDir (created if missing); a corrupt file is moved aside, never fatal. */
  static async open(dataDir: string, log: (line: string) => void): Promise<BridgeStore> {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    const path = join(dataDir, STATE_FILE);
    return new BridgeStore(path, await loadEntries(path, log));
  }

  get file(): string {
    return this.path;
  }

  latest(): StoredSnapshot[] {
    return [...this.entries.values()];
  }

  lastReceivedAt(): Date | null {
    const times = this.latest().map((e) => e.receivedAt.getTime());
    return times.length > 0 ? new Date(Math.max(...times)) : null;
  }

  /** Stores a validated batch. Resolves once it is on disk; on a write error memory stays as it was. */
  accept(batch: readonly WireSnapshot[], receivedAt: Date): Promise<void> {
    return this.serialised(async () => {
      const next = new Map(this.entries);
      for (const snapshot of batch) {
        const key = snapshotKey(snapshot);
        if (newer(snapshot, next.get(key)?.snapshot)) next.set(key, { snapshot, receivedAt });
      }
      await this.write(next);
      this.entries = next;
    });
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

  private async write(entries: ReadonlyMap<string, StoredSnapshot>): Promise<void> {
    const document = {
      version: 1,
      snapshots: [...entries.values()].map((e) => ({ snapshot: e.snapshot, received_at: e.receivedAt.toISOString() })),
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

async function loadEntries(path: string, log: (line: string) => void): Promise<Map<string, StoredSnapshot>> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return new Map();
    log(`warning: cannot read ${path} (${(error as Error).message}); starting empty`);
    return new Map();
  }
  let problem: string;
  try {
    const parsed = stateFileSchema.safeParse(JSON.parse(text));
    if (parsed.success) {
      const entries = new Map<string, StoredSnapshot>();
      for (const { snapshot, received_at } of parsed.data.snapshots) {
        entries.set(snapshotKey(snapshot), { snapshot, receivedAt: new Date(received_at) });
      }
      return entries;
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
  return new Map();
}
