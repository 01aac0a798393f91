/**
 * The macOS Keychain through `security find-generic-password -s … -w` (read-only). Used only when
 * the user opted in: reading the item makes macOS ask for permission, and the Raycast store rejects
 * extensions that do so unasked. The item's text is returned to the caller and never logged; failure
 * messages carry only the exit status, never the command's output.
 */
import { execFile } from "node:child_process";
import { KeychainAccessError, type KeychainReader, type KeychainRefusal } from "./credentials";

/**
 * `security` exits with the low byte of the Security framework's OSStatus: errSecItemNotFound
 * (-25300) → 44, errSecUserCanceled (-128, "User canceled the operation.", the prompt closed or
 * Escape) → 128, errSecAuthFailed (-25293, "Deny" or a wrong password) → 51,
 * errSecInteractionNotAllowed (-25308: no login session to show a prompt in, or a locked Keychain) → 36.
 */
const ITEM_NOT_FOUND = 44;
const REFUSALS: ReadonlyMap<unknown, KeychainRefusal> = new Map([
  [128, "cancelled"],
  [51, "denied"],
  [36, "not_allowed"],
]);
/** Long enough to read the prompt and type the login password for "Always Allow". */
const DEFAULT_TIMEOUT_MS = 30_000;

export function refusalMessage(refusal: KeychainRefusal, timeoutMs = DEFAULT_TIMEOUT_MS): string {
  switch (refusal) {
    case "denied":
      return "macOS denied access to Claude Code’s Keychain item";
    case "cancelled":
      return "the macOS Keychain prompt was canceled";
    case "no_answer":
      return `the macOS Keychain prompt was not answered within ${timeoutMs / 1000} s`;
    case "not_allowed":
      return "macOS could not ask for Keychain access (no login session, or the Keychain is locked)";
  }
}

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
            const refusal = failure.killed ? "no_answer" : REFUSALS.get(failure.code);
            if (refusal) return reject(new KeychainAccessError(refusal, refusalMessage(refusal, timeoutMs)));
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
