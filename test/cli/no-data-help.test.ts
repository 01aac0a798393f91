import { noDataHelp } from "../../src/cli/table";
import { offersWithNoData } from "../../src/core/sources";
import type { SourceFailure } from "../../src/core/snapshot";

const missingLogin: SourceFailure = {
  source: "oauth",
  sourceLabel: "Claude Code",
  message: "No Claude Code login found",
  kind: "not_set_up",
};
const offersOn = (mac: boolean, failures: SourceFailure[], keychainConsent = false) =>
  offersWithNoData(failures, { mac, keychainConsent });

test("on a Mac without a login file, the step is --keychain, not `claude`", () => {
  expect(noDataHelp(offersOn(true, [missingLogin]))).toBe(
    [
      "No usage data available.",
      "  • read Claude Code's login from the macOS Keychain: pass --keychain (macOS asks once), or",
      "  • pass --file PATH with a saved usage payload.",
    ].join("\n"),
  );
});

test("with --keychain already given (or off a Mac), the step is to log in", () => {
  expect(noDataHelp(offersOn(true, [missingLogin], true))).toMatch(/^ {2}• log in to Claude Code \(run `claude`\)/m);
  expect(noDataHelp(offersOn(false, [missingLogin]))).toMatch(/^ {2}• log in to Claude Code \(run `claude`\)/m);
});

test("a source that is set up but failing gets no set-up step", () => {
  const refused: SourceFailure = { source: "oauth", sourceLabel: "Claude Code", message: "HTTP 429" };
  expect(noDataHelp(offersOn(false, [refused]))).toBe(
    "No usage data available.\n  • pass --file PATH with a saved usage payload.",
  );
});
