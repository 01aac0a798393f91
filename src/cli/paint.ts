/** Colours on the terminal by severity: ANSI when the output takes it, plain text otherwise. */
import type { Paint, Tone } from "../core/status-line";

const COLOURS: Record<Tone, string> = { ok: "32", warning: "33", critical: "31", dim: "2" };

export type { Paint };
export const plain: Paint = (text) => text;
export const ansi: Paint = (text, tone) => `\u001b[${COLOURS[tone]}m${text}\u001b[0m`;

/** https://no-color.org: any non-empty NO_COLOR turns colours off. */
export const noColor = (env: NodeJS.ProcessEnv = process.env) => Boolean(env.NO_COLOR);
