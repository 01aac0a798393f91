/**
 * A test-only copy of the shipped companion: the same scripts and pages, with config.js and the
 * manifest's claude.ai host permission pointed at the fake claude.ai, and a pinned `key` so the
 * extension id is known in advance. The bridge's port is set the user's way, in the popup. The
 * shipped files are never modified.
 */
import { createHash } from "node:crypto";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { COMPANION_DIR } from "../../src/build/bundles";
import { BRIDGE_HOST_PERMISSION } from "../../src/companion/bridge-port";

/** A public key only (Chrome derives the id from it); no private key exists for it anywhere. */
const TEST_KEY =
  "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAke/xGahtsseEB0aNat7IDVKqs33XmpYe5Mx8QDVm3XE1Gt3Vy3oBRslVCOitUFfkOi90y3X0QHMejDuZJxNMzygws8jfC1KWhlcgd6F3qKR+NxTZZXfpOv0EyCA5SZ74SJGlqO6fOSnpoE977bdyBe1T53lo0BDxD8ebvfVmtKjMp9wpk7lKzg7vvkObA1LJBKDfdI59CXI4YFa+QRERgakNndSfkBGZjK6PUIpr/g087KHmKhWC9cIydGvSwd9px1as0miBwil3ccj+e91KXLQvWfGM87qs9Ot5y4GgaEmCBq2yRozEty56irkph/QPxZllSJ+11Fr88uzF/UbdwwIDAQAB";

/** Chrome's id for a key: sha256 of the DER key, first 32 hex digits spelt a–p. */
export function extensionIdFor(base64Key: string): string {
  const hex = createHash("sha256").update(Buffer.from(base64Key, "base64")).digest("hex").slice(0, 32);
  return [...hex].map((h) => String.fromCharCode(97 + parseInt(h, 16))).join("");
}

export function copyCompanion(targetDir: string, claudeOrigin: string): { id: string } {
  cpSync(COMPANION_DIR, targetDir, { recursive: true });
  writeFileSync(join(targetDir, "config.js"), `export const CLAUDE_ORIGIN = ${JSON.stringify(claudeOrigin)};\n`);
  const manifestPath = join(targetDir, "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  manifest.key = TEST_KEY;
  manifest.host_permissions = [`${claudeOrigin}/*`, BRIDGE_HOST_PERMISSION];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return { id: extensionIdFor(TEST_KEY) };
}
