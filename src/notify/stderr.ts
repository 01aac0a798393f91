/** `npm start` runs anywhere, so its alerts are a line on stderr (stdout stays the table or the JSON). */
import type { Alert, Notifier } from "../core/alerts";

/** @internal */
export function alertLine(alert: Alert): string {
  return `alert: ${alert.title} — ${alert.message}`;
}

export function streamNotifier(write: (line: string) => void = (line) => process.stderr.write(line)): Notifier {
  return {
    notify: async (alert) => write(`${alertLine(alert)}\n`),
  };
}
