/** What each part of `npm run bench` hands back: its table lines, its figures and its PASS/MISS verdicts. */
export interface Section {
  lines: string[];
  figures: Record<string, unknown>;
  targets: Record<string, "PASS" | "MISS">;
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");
export const verdict = (ok: boolean): "PASS" | "MISS" => (ok ? "PASS" : "MISS");
