/** Server-provided text made safe to show on any surface. */

/**
 * Control characters (C0, DEL, C1) and bidi overrides. Printed raw they could drive a terminal (move
 * the cursor, clear the screen, retitle the window) or reorder what the user reads. The controls are
 * spelled as ranges, exactly what `\p{Cc}` means (Unicode keeps that category fixed): a property
 * escape costs a short-lived process such as the status line ~0.4 ms to build.
 */
const UNPRINTABLE_CHARS = String.raw`[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]`;
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
  type Node = { item: object; key: string | number | null; parent: Node | null };
  const pathOf = (node: Node, leaf: string | number | null): (string | number)[] => {
    const path: (string | number)[] = leaf === null ? [] : [leaf];
    for (let n: Node | null = node; n && n.key !== null; n = n.parent) path.unshift(n.key);
    return path;
  };
  if (typeof value === "string") {
    const problem = textProblem(value, maxLength);
    return problem ? { path: [], problem } : null;
  }
  if (typeof value !== "object" || value === null) return null;
  // Strings are checked where they are met (an object's own strings before its nested ones); only
  // objects and arrays wait on the stack, pushed in reverse so siblings are visited in order.
  const pending: Node[] = [{ item: value, key: null, parent: null }];
  while (pending.length > 0) {
    const node = pending.pop() as Node;
    const { item } = node;
    const children: Node[] = [];
    const visit = (key: string | number, child: unknown): UnsafeText | null => {
      if (typeof child === "string") {
        const problem = textProblem(child, maxLength);
        if (problem) return { path: pathOf(node, key), problem };
      } else if (typeof child === "object" && child !== null) {
        children.push({ item: child, key, parent: node });
      }
      return null;
    };
    if (Array.isArray(item)) {
      for (let i = 0; i < item.length; i += 1) {
        const unsafe = visit(i, item[i]);
        if (unsafe) return unsafe;
      }
    } else {
      for (const key of Object.keys(item)) {
        const problem = textProblem(key, maxLength);
        if (problem) return { path: pathOf(node, key), problem: `key ${problem}` };
        const unsafe = visit(key, (item as Record<string, unknown>)[key]);
        if (unsafe) return unsafe;
      }
    }
    for (let i = children.length - 1; i >= 0; i -= 1) pending.push(children[i]);
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
