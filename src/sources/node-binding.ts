/**
 * Node's internal bindings (`process.binding`), which Node reserves for its own code (DEP0111, a
 * documentation-only deprecation). Used only where the public API costs a short command a large share
 * of its time; every caller checks each part it uses and falls back to the public API when the binding
 * is missing, changed or refused: another Node, the permission model, or `--pending-deprecation`, under
 * which the call would warn on stderr.
 */

/** Node's --pending-deprecation turns process.binding into a warning on stderr. */
function pendingDeprecation(): boolean {
  const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)];
  return flags.includes("--pending-deprecation") || process.env.NODE_PENDING_DEPRECATION === "1";
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/** The binding called `name`, or null when it cannot be had without a warning or an error. */
export function nodeBinding(name: string): Record<string, unknown> | null {
  if (pendingDeprecation()) return null;
  try {
    const { binding } = process as unknown as { binding(name: string): unknown };
    const loaded = binding(name);
    return isObject(loaded) ? loaded : null;
  } catch {
    return null;
  }
}
