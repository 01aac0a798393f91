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
 * Each node keeps only a link to its parent, so the walk stays linear however deep the value nests.
 */
export function findUnsafeText(value: unknown, maxLength: number): UnsafeText | null {
  type Node = { item: unknown; key: string | number | null; parent: Node | null };
  const pathOf = (node: Node): (string | number)[] => {
    const path: (string | number)[] = [];
    for (let n: Node | null = node; n && n.key !== null; n = n.parent) path.unshift(n.key);
    return path;
  };
  const pending: Node[] = [{ item: value, key: null, parent: null }];
  while (pending.length > 0) {
    const node = pending.pop() as Node;
    const { item } = node;
    if (typeof item === "string") {
      const problem = textProblem(item, maxLength);
      if (problem) return { path: pathOf(node), problem };
      continue;
    }
    if (typeof item !== "object" || item === null) continue;
    const entries: [string | number, unknown][] = Array.isArray(item) ? [...item.entries()] : Object.entries(item);
    for (const [key, child] of entries.reverse()) {
      const childNode = { item: child, key, parent: node };
      const problem = typeof key === "string" ? textProblem(key, maxLength) : null;
      if (problem) return { path: pathOf(childNode), problem: `key ${problem}` };
      pending.push(childNode);
    }
  }
  return null;
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
