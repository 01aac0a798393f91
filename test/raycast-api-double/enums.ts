/**
 * The double's `Icon` enum, read from the real package's declarations so every member carries the
 * exact runtime value Raycast uses (there are ~500, and the list grows with each release).
 */
import { readFileSync } from "node:fs";

export function enumFromDeclarations(name: string): Record<string, string> {
  const declarations = readFileSync(require.resolve("@raycast/api/types/index.d.ts"), "utf8");
  const body = new RegExp(`export declare enum ${name} \\{([\\s\\S]*?)\\n\\}`).exec(declarations)?.[1];
  if (!body) throw new Error(`@raycast/api declares no enum ${name}`);
  return Object.fromEntries([...body.matchAll(/^\s*(\w+) = "([^"]*)"/gm)].map((m) => [m[1], m[2]]));
}
