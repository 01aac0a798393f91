/** Server-provided text made safe to show on any surface. */

/**
 * Control characters (C0, DEL, C1) and bidi overrides. Printed raw they could drive a terminal (move
 * the cursor, clear the screen, retitle the window) or reorder what the user reads.
 */
const UNPRINTABLE_CHARS = String.raw`[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]`;
const UNPRINTABLE = new RegExp(UNPRINTABLE_CHARS, "gu");
/** Not global, so .test keeps no lastIndex between calls. */
const HAS_UNPRINTABLE = new RegExp(UNPRINTABLE_CHARS, "u");

/** Replaces each unprintable character with U+FFFD, so the tampering stays visible rather than hidden. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, "\uFFFD");
}

/** The first string (value or key) in a JSON value that is too long or unprintable, with its path. */
export interface UnsafeText {
  path: (string | number)[];
  problem: string;
}

function textProblem(text: string, maxLength: number): string | null {
  if (text.length > maxLength) return `text longer than ${maxLength} characters`;
  if (HAS_UNPRINTABLE.test(text)) {
    return "contains a control or bidi-override character";
  }
  return null;
}

/**
 * Walks a parsed JSON value (iteratively, so depth cannot overflow the stack) and reports the first
 * string that a surface could not show as it is: over `maxLength`, or carrying a control or bidi
 * character. What the bridge stores and serves back is refused at the door rather than patched later.
 */
export function findUnsafeText(value: unknown, maxLength: number): UnsafeText | null {
  const pending: Array<[unknown, (string | number)[]]> = [[value, []]];
  while (pending.length > 0) {
    const [item, path] = pending.pop() as [unknown, (string | number)[]];
    if (typeof item === "string") {
      const problem = textProblem(item, maxLength);
      if (problem) return { path, problem };
      continue;
    }
    if (typeof item !== "object" || item === null) continue;
    const entries: [string | number, unknown][] = Array.isArray(item) ? [...item.entries()] : Object.entries(item);
    for (const [key, child] of entries.reverse()) {
      const problem = typeof key === "string" ? textProblem(key, maxLength) : null;
      if (problem) return { path: [...path, key], problem: `key ${problem}` };
      pending.push([child, [...path, key]]);
    }
  }
  return null;
}
