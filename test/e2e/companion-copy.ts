/**
 * A test-only copy of the shipped companion: the same scripts, pages and pinned `key` (so the same
 * extension id the bridge answers by default), with config.js and the manifest's claude.ai host
 * permission pointed at the fake claude.ai. The bridge's port is set the user's way, in the popup.
 * The shipped files are never modified. And a second, unrelated extension: no host permissions, a
 * page to run requests from.
 */
import { createHash, generateKeyPairSync } from "node:crypto";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { COMPANION_DIR } from "../../src/build/bundles";
import { BRIDGE_HOST_PERMISSION } from "../../src/companion/bridge-port";
import { extensionIdFromKeyDigest } from "../../src/core/extension-id";

/** Chrome's id for a manifest `key`: sha256 of the DER key, first 32 hex digits spelt a–p. */
export function extensionIdFor(base64Key: string): string {
  return extensionIdFromKeyDigest(createHash("sha256").update(Buffer.from(base64Key, "base64")).digest());
}

export function copyCompanion(targetDir: string, claudeOrigin: string): { id: string } {
  cpSync(COMPANION_DIR, targetDir, { recursive: true });
  writeFileSync(join(targetDir, "config.js"), `export const CLAUDE_ORIGIN = ${JSON.stringify(claudeOrigin)};\n`);
  const manifestPath = join(targetDir, "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  manifest.host_permissions = [`${claudeOrigin}/*`, BRIDGE_HOST_PERMISSION];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return { id: extensionIdFor(manifest.key) };
}

/**
 * Any other installed extension: it asks for no permission at all, yet can send requests to loopback
 * with its own `Origin`. A fresh key pins its id (only the public half is written anywhere).
 */
export function writeOtherExtension(targetDir: string): { id: string } {
  mkdirSync(targetDir, { recursive: true });
  const der = generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey.export({ type: "spki", format: "der" });
  const key = der.toString("base64");
  const manifest = { manifest_version: 3, name: "Unrelated Extension", version: "1.0.0", key };
  writeFileSync(join(targetDir, "manifest.json"), JSON.stringify(manifest, null, 2));
  writeFileSync(join(targetDir, "page.html"), "<!doctype html><title>unrelated</title>\n");
  return { id: extensionIdFor(key) };
}
