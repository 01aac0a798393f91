import { createHash, generateKeyPairSync } from "node:crypto";
import {
  COMPANION_EXTENSION_ID,
  COMPANION_MANIFEST_KEY,
  extensionIdFromKeyDigest,
  parseExtensionIds,
} from "../../src/core/extension-id";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest();

describe("extensionIdFromKeyDigest", () => {
  test("spells the first 16 bytes as hex digits 0–f → letters a–p", () => {
    const digest = Uint8Array.from({ length: 32 }, (_, i) => (i < 16 ? i * 17 : 0xff));
    // 0x00 0x11 0x22 … 0xff → "aabbcc…pp"; the last 16 bytes do not count.
    expect(extensionIdFromKeyDigest(digest)).toBe("aabbccddeeffgghhiijjkkllmmnnoopp");
  });

  test("the companion's manifest key gives the pinned id", () => {
    expect(extensionIdFromKeyDigest(sha256(Buffer.from(COMPANION_MANIFEST_KEY, "base64")))).toBe(
      COMPANION_EXTENSION_ID,
    );
  });

  test("a fresh key gives a different 32-letter id", () => {
    const der = generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey.export({ type: "spki", format: "der" });
    const id = extensionIdFromKeyDigest(sha256(der));
    expect(id).toMatch(/^[a-p]{32}$/);
    expect(id).not.toBe(COMPANION_EXTENSION_ID);
  });

  test("refuses anything but a sha256 digest", () => {
    expect(() => extensionIdFromKeyDigest(new Uint8Array(16))).toThrow(/32-byte/);
  });
});

describe("parseExtensionIds", () => {
  const a = "abcdefghijklmnopabcdefghijklmnop";
  const b = "ponmlkjihgfedcbaponmlkjihgfedcba";

  test("commas and/or spaces separate ids; blanks and repeats drop out", () => {
    expect(parseExtensionIds(` ${a}, ${b}\n${a},, `)).toEqual([a, b]);
    expect(parseExtensionIds("")).toEqual([]);
  });

  test.each([
    ["abc"],
    ["ABCDEFGHIJKLMNOPABCDEFGHIJKLMNOP"],
    ["chrome-extension://" + "a".repeat(32)],
    ["q".repeat(32)],
  ])("names an entry that is not an id: %s", (bad) => {
    expect(() => parseExtensionIds(`${a},${bad}`)).toThrow(/^not an extension id \(32 letters a–p/);
  });
});
