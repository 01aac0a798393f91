/**
 * One assistant message from Claude Code's logs (docs/FACTS.md §7), and which of its several lines
 * stands for it: streaming writes one `message.id` many times with growing usage, and a subagent file
 * can repeat a parent's line.
 */

export interface LedgerRecord {
  /** `message.id`: the key every copy of a message shares. */
  id: string;
  /** The winning line's `timestamp`, epoch ms (a UTC instant). */
  at: number;
  model: string;
  /** Absolute project path: the line's `cwd`, else the project folder decoded. */
  project: string;
  input: number;
  output: number;
  cacheCreation: number;
  cacheRead: number;
  /** The line carried a `stop_reason`: the message is complete. */
  final: boolean;
}

export const recordTotal = (r: LedgerRecord): number => r.input + r.output + r.cacheCreation + r.cacheRead;

/**
 * True when `next` should replace `current` for the same id: a line with a stop_reason wins, else the
 * latest; equal instants keep the larger usage. Independent of the order files are read in.
 */
export function supersedes(next: LedgerRecord, current: LedgerRecord): boolean {
  if (next.final !== current.final) return next.final;
  if (next.at !== current.at) return next.at > current.at;
  return recordTotal(next) > recordTotal(current);
}

/** Messages by id, each the line that stands for it (see supersedes). */
export type LedgerRecords = Map<string, LedgerRecord>;

/** What reading the records needs: a LedgerRecords, or the stored ones read in place (core/ledger/packed). */
export interface RecordSet {
  readonly size: number;
  values(): IterableIterator<LedgerRecord>;
}

/** Adds one line's record; returns true when it changed what the id stands for. */
export function addRecord(records: LedgerRecords, next: LedgerRecord): boolean {
  const current = records.get(next.id);
  if (current && !supersedes(next, current)) return false;
  records.set(next.id, next);
  return true;
}
