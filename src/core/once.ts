/**
 * A value built on the first call and kept: for zod schemas that a short command may never use, since
 * building one is work at the start of every run that loads its module (`z.lazy` itself is a schema
 * built at once, and the first of its kind costs a few tenths of a ms).
 */
export function once<T>(build: () => T): () => T {
  let value: { built: T } | undefined;
  return () => (value ??= { built: build() }).built;
}
