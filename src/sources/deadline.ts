/**
 * The deadlines of one HTTP request on one AbortController, each aborting with its own reason, and
 * every timer cleared as soon as the request is over. AbortSignal.timeout would leave its timer
 * running for the whole period after every request (and build a transferable signal each time);
 * AbortSignal.any over two of them costs more again.
 */

/** Why a request was aborted, carried as the abort reason (fetch rejects with it) so messages name the deadline. */
export class Deadline extends Error {
  constructor(readonly what: string) {
    super(what);
    this.name = "TimeoutError";
  }
}

export interface RequestDeadline {
  signal: AbortSignal;
  /** The headers are in: only the total deadline keeps running, through the body. */
  connected(): void;
  /** The request is over, whichever way: no timer is left behind. */
  done(): void;
}

/** A total deadline and, when given, one until the headers arrive (connecting included). */
export function requestDeadline(totalMs: number, connectMs?: number): RequestDeadline {
  const controller = new AbortController();
  const arm = (ms: number, what: string) => setTimeout(() => controller.abort(new Deadline(what)), ms);
  const connectTimer =
    connectMs === undefined ? undefined : arm(connectMs, `did not answer within ${connectMs / 1000} s`);
  const totalTimer = arm(totalMs, `did not finish answering within ${totalMs / 1000} s`);
  return {
    signal: controller.signal,
    connected: () => clearTimeout(connectTimer),
    done: () => {
      clearTimeout(connectTimer);
      clearTimeout(totalTimer);
    },
  };
}
