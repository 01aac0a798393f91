/**
 * Chromium extension ids (docs/FACTS.md §3). An extension whose manifest carries a `key` (base64 of a
 * DER SubjectPublicKeyInfo) gets the id spelt from the first 16 bytes of sha256(DER): each hex digit
 * 0–f written as a letter a–p. Pinning the key gives the companion the same id on every machine, so
 * the bridge can answer that id alone. The digest is passed in: core does no crypto of its own.
 */
/**
 * The public key in assets/companion/manifest.json (no private key exists for it: it only pins the id).
 * @internal
 */
export const COMPANION_MANIFEST_KEY =
  "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA1/3g/rJdEtChDGDE0JEnDxDXnetRoD+bp46GlioG/gUYqUFoF8j3qV9rq8KOgu1NmXxCN9MHIup3BAOG2F6KaUqNggSqmebkH0bLq9xzaDvEc8OuHud6QqrHYTy/NjdHirhiV6Wibko6tYZbMsLMZDXexzKGPE9XSDc/rFfoCDX7ncmetKqEqpuYsnELyvdEqj5zy7BhuWbxeGluOilEnyJNE3BT8ZDOPZkpaDPIKjHW/fbj8xxU/tLr1f2P2r3/iidd+EO2R5lXmx8R/W2xhy28dahX4nLsRJ/rpfVtLK/COM6HL/K8gh6T0Z65QCitbgiAk977tkl5Wj/Er5fR5QIDAQAB";

/** The companion's id, derived from COMPANION_MANIFEST_KEY (test/core/extension-id.test.ts checks both). */
export const COMPANION_EXTENSION_ID = "bbbhoppbgfeagmjkiheomdiembgbnlkk";

const EXTENSION_ID = /^[a-p]{32}$/;

/**
 * The id Chromium gives the extension whose manifest `key` has this sha256 digest (32 bytes); the
 * tests derive COMPANION_EXTENSION_ID from the manifest with it.
 * @internal
 */
export function extensionIdFromKeyDigest(sha256: Uint8Array): string {
  if (sha256.length !== 32) throw new Error(`expected a 32-byte sha256 digest, got ${sha256.length} bytes`);
  return [...sha256.subarray(0, 16)]
    .flatMap((byte) => [byte >> 4, byte & 0x0f])
    .map((nibble) => String.fromCharCode(97 + nibble))
    .join("");
}

export class ExtensionListError extends Error {}

/**
 * A list of extension ids as a user types it (commas and/or spaces between ids). An entry that is not
 * an id is an error naming it, so a typo never silently leaves the extension locked out.
 */
export function parseExtensionIds(text: string): string[] {
  const ids = text
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
  const bad = ids.find((id) => !EXTENSION_ID.test(id));
  if (bad !== undefined) {
    const shown = bad.length > 40 ? `${bad.slice(0, 39)}…` : bad;
    throw new ExtensionListError(`not an extension id (32 letters a–p, as chrome://extensions shows it): ${shown}`);
  }
  return [...new Set(ids)];
}
