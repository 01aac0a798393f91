/**
 * Preference values as Raycast would hand them to a fresh install: the defaults declared in
 * package.json (extension-wide, then the command's own), overridden per test.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

interface DeclaredPreference {
  name: string;
  type: string;
  default?: unknown;
}

interface Manifest {
  name: string;
  preferences?: DeclaredPreference[];
  commands: Array<{ name: string; preferences?: DeclaredPreference[] }>;
}

export const PROJECT_ROOT = join(__dirname, "..", "..");
export const manifest: Manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8"));

/** Raycast gives an unset checkbox `false` and an unset text field `""`. */
function declaredValue(p: DeclaredPreference): unknown {
  if (p.default !== undefined) return p.default;
  return p.type === "checkbox" ? false : p.type === "textfield" || p.type === "password" ? "" : undefined;
}

export function declaredDefaults(commandName: string): Record<string, unknown> {
  const command = manifest.commands.find((c) => c.name === commandName);
  const declared = [...(manifest.preferences ?? []), ...(command?.preferences ?? [])];
  return Object.fromEntries(declared.map((p) => [p.name, declaredValue(p)]));
}
