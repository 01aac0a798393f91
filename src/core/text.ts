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
