/** The Notifier test double: remembers what it was asked to show, or fails on demand. */
import type { Alert, Notifier } from "../../src/core/alerts";

export class RecordingNotifier implements Notifier {
  readonly shown: Alert[] = [];
  constructor(private readonly failWith: Error | null = null) {}
  notify = async (alert: Alert) => {
    if (this.failWith) throw this.failWith;
    this.shown.push(alert);
  };
}
