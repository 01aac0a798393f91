import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { COMPANION_DIR } from "../../src/build/bundles";
import { COMPANION_EXTENSION_ID, COMPANION_MANIFEST_KEY, extensionIdFromKeyDigest } from "../../src/core/extension-id";
import { BRIDGE_HOST_PERMISSION } from "../../src/companion/bridge-port";
import { CLAUDE_ORIGIN } from "../../src/companion/config";

const manifest = JSON.parse(readFileSync(join(COMPANION_DIR, "manifest.json"), "utf8"));

describe("the shipped companion manifest", () => {
  test("is Manifest V3 with a module service worker and a popup", () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background).toEqual({ service_worker: "background.js", type: "module" });
    expect(manifest.action.default_popup).toBe("popup.html");
  });

  test("pins the extension id with a public key: the id the bridge answers by default", () => {
    expect(manifest.key).toBe(COMPANION_MANIFEST_KEY);
    const digest = createHash("sha256").update(Buffer.from(manifest.key, "base64")).digest();
    expect(extensionIdFromKeyDigest(digest)).toBe(COMPANION_EXTENSION_ID);
  });

  test("asks for nothing beyond alarms, storage and the two origins it talks to", () => {
    expect(manifest.permissions).toEqual(["alarms", "storage"]);
    // No port in the loopback pattern: it matches every port, so the user's port setting is covered.
    expect(manifest.host_permissions).toEqual(["https://claude.ai/*", "http://127.0.0.1/*"]);
    expect(manifest.host_permissions).toEqual([`${CLAUDE_ORIGIN}/*`, BRIDGE_HOST_PERMISSION]);
    expect(Object.keys(manifest).sort()).not.toContain("content_scripts");
  });

  test("every file it names exists", () => {
    const icons = [...Object.values(manifest.icons), ...Object.values(manifest.action.default_icon)] as string[];
    for (const file of [manifest.background.service_worker, manifest.action.default_popup, ...icons]) {
      expect(existsSync(join(COMPANION_DIR, file))).toBe(true);
    }
    const html = readFileSync(join(COMPANION_DIR, "popup.html"), "utf8");
    for (const [, src] of html.matchAll(/(?:src|href)="([^"]+)"/g))
      expect(existsSync(join(COMPANION_DIR, src))).toBe(true);
  });
});
