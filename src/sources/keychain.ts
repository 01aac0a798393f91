/**
 * The macOS Keychain through `security find-generic-password -s … -w` (read-only). Used only when
 * the user opted in: reading the item makes macOS ask for permission, and the Raycast store rejects
 * extensions that do so unasked. The item's text is returned to the caller and never logged; failure
 * messages carry only the exit status, never the command's output.
 */
import { execFile } from "node:child_process";
import type { KeychainReader } from "./credentials";

// `security` exits with 44 (errSecItemNotFound) when there is no such item.
const ITEM_NOT_FOUND = 44;
const DEFAULT_TIMEOUT_MS = 10_000;

/** @internal */
export function securityKeychainReader(timeoutMs = DEFAULT_TIMEOUT_MS, command = "/usr/bin/security"): KeychainReader {
  return {
    readGenericPassword: (service) =>
      new Promise((resolve, reject) => {
        execFile(
          command,
          ["find-generic-password", "-s", service, "-w"],
          { timeout: timeoutMs, maxBuffer: 1024 * 1024, encoding: "utf8", windowsHide: true },
          (error, stdout) => {
            if (!error) return resolve(stdout);
            const failure = error as { code?: unknown; killed?: boolean };
            if (failure.code === ITEM_NOT_FOUND) return resolve(null);
            if (failure.killed) return reject(new Error(`the Keychain did not answer within ${timeoutMs / 1000} s`));
            if (failure.code === "ENOENT") return reject(new Error("the `security` tool is missing (macOS only)"));
            reject(new Error(`could not read the item (security exited with ${String(failure.code ?? "an error")})`));
          },
        );
      }),
  };
}

/** The Keychain reader a caller should use: only on macOS, and only when the user opted in. */
export function keychainReaderFor(
  optedIn: boolean,
  platform: NodeJS.Platform = process.platform,
): KeychainReader | null {
  return optedIn && platform === "darwin" ? securityKeychainReader() : null;
}
