/** Server-provided text made safe to show on any surface. */

/**
 * Control characters (C0, DEL, C1) and bidi overrides. Printed raw they could drive a terminal (move
 * the cursor, clear the screen, retitle the window) or reorder what the user reads.
 */
const UNPRINTABLE = /[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** Replaces each unprintable character with U+FFFD, so the tampering stays visible rather than hidden. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, "\uFFFD");
}

/**
 * At most `max` characters, ending in "…" when cut (at a word break when one is near): one short
 * line on a menu, the full text in its tooltip.
 */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space >= max * 0.7 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
