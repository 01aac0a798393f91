import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  CredentialsError,
  decodeCredentialText,
  KeychainAccessError,
  keychainService,
  readClaudeCodeLogin,
  type KeychainReader,
} from "../../src/sources/credentials";
import { keychainReaderFor, securityKeychainReader } from "../../src/sources/keychain";
import { redact, REDACTED, redactParsed } from "../../src/sources/redact";
import { credentialsText, FAKE_ACCESS_TOKEN, FAKE_REFRESH_TOKEN, makeTempHome, type TempHome } from "./temp-home";

/** The Keychain double: items by service name; records which services were asked for. */
function keychainDouble(items: Record<string, string>): KeychainReader & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    readGenericPassword: async (service) => {
      asked.push(service);
      return items[service] ?? null;
    },
  };
}

const hex = (text: string) => Buffer.from(text, "utf8").toString("hex");

let home: TempHome;
afterEach(() => home?.remove());

async function failure(promise: Promise<unknown>): Promise<CredentialsError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CredentialsError);
  return error as CredentialsError;
}

describe("readClaudeCodeLogin from the credentials file", () => {
  test("~/.claude/.credentials.json (the shared fixture)", async () => {
    home = makeTempHome();
    const login = await readClaudeCodeLogin({ env: {}, homeDir: home.dir, platform: "linux" });
    expect(login).toMatchObject({
      accessToken: FAKE_ACCESS_TOKEN,
      refreshToken: FAKE_REFRESH_TOKEN,
      subscriptionType: "max",
      origin: "~/.claude/.credentials.json",
      profile: join(home.dir, ".claude"),
    });
    expect(login.expiresAt?.toISOString()).toBe("2100-01-01T00:00:00.000Z");
  });

  test("$CLAUDE_CONFIG_DIR wins over ~/.claude", async () => {
    home = makeTempHome(null);
    const configDir = join(home.dir, "work-profile");
    mkdirSync(configDir);
    writeFileSync(join(configDir, ".credentials.json"), credentialsText({ accessToken: "sk-ant-oat01-WORK" }));
    const login = await readClaudeCodeLogin({ env: { CLAUDE_CONFIG_DIR: configDir }, homeDir: home.dir });
    expect(login.accessToken).toBe("sk-ant-oat01-WORK");
    expect(login.profile).toBe(configDir);
  });

  test("no file: log in with `claude`; on macOS without the Keychain opt-in, says where the token is", async () => {
    home = makeTempHome(null);
    const linux = await failure(readClaudeCodeLogin({ env: {}, homeDir: home.dir, platform: "linux" }));
    expect(linux.problem).toBe("missing");
    expect(linux.message).toBe("No Claude Code login found in ~/.claude/.credentials.json: log in with `claude`");
    const mac = await failure(readClaudeCodeLogin({ env: {}, homeDir: home.dir, platform: "darwin" }));
    expect(mac.message).toMatch(/log in with `claude` \(on macOS .*Keychain.*--keychain\)$/);
  });

  test.each([
    ["not JSON at all", `oops ${FAKE_ACCESS_TOKEN}`, "invalid", /neither JSON nor hex-encoded JSON/],
    [
      "wrong field type",
      JSON.stringify({ claudeAiOauth: { accessToken: 42 } }),
      "invalid",
      /claudeAiOauth\.accessToken/,
    ],
    ["no login at all", JSON.stringify({}), "no_subscription_login", /no Claude subscription login/],
  ])("%s: a clear message that never quotes the file", async (_name, text, problem, message) => {
    home = makeTempHome(text);
    const error = await failure(readClaudeCodeLogin({ env: {}, homeDir: home.dir, platform: "linux" }));
    expect(error.problem).toBe(problem);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(FAKE_ACCESS_TOKEN);
  });

  test("an unreadable credentials path says so with its error code", async () => {
    home = makeTempHome(null);
    mkdirSync(home.credentialsPath, { recursive: true }); // a directory where the file should be
    const error = await failure(readClaudeCodeLogin({ env: {}, homeDir: home.dir }));
    expect(error.problem).toBe("unreadable");
    expect(error.message).toBe("~/.claude/.credentials.json: cannot read file (EISDIR)");
  });
});

describe("readClaudeCodeLogin from the Keychain (opt-in)", () => {
  test("service name: plain, or per profile with the first 8 hex of sha256(configDir)", () => {
    expect(keychainService({})).toBe("Claude Code-credentials");
    // printf %s /Users/ada/.claude-work | shasum -a 256 → 6a5b8464…
    expect(keychainService({ CLAUDE_CONFIG_DIR: "/Users/ada/.claude-work" })).toBe("Claude Code-credentials-6a5b8464");
  });

  test("the Keychain item wins over the file; JSON as stored", async () => {
    home = makeTempHome(credentialsText({ accessToken: "sk-ant-oat01-FROM-FILE" }));
    const keychain = keychainDouble({ "Claude Code-credentials": credentialsText() });
    const login = await readClaudeCodeLogin({ env: {}, homeDir: home.dir, keychain });
    expect(login.accessToken).toBe(FAKE_ACCESS_TOKEN);
    expect(login.origin).toBe("Keychain item “Claude Code-credentials”");
    expect(keychain.asked).toEqual(["Claude Code-credentials"]);
  });

  test("hex-encoded JSON is decoded", async () => {
    home = makeTempHome(null);
    const keychain = keychainDouble({ "Claude Code-credentials": `${hex(credentialsText())}\n` });
    const login = await readClaudeCodeLogin({ env: {}, homeDir: home.dir, keychain });
    expect(login.accessToken).toBe(FAKE_ACCESS_TOKEN);
  });

  test("with CLAUDE_CONFIG_DIR the per-profile item is asked for", async () => {
    home = makeTempHome(null);
    const env = { CLAUDE_CONFIG_DIR: join(home.dir, "profile-b") };
    const service = keychainService(env);
    const keychain = keychainDouble({ [service]: hex(credentialsText({ accessToken: "sk-ant-oat01-PROFILE-B" })) });
    const login = await readClaudeCodeLogin({ env, homeDir: home.dir, keychain });
    expect(keychain.asked).toEqual([service]);
    expect(login.accessToken).toBe("sk-ant-oat01-PROFILE-B");
    expect(login.profile).toBe(env.CLAUDE_CONFIG_DIR);
  });

  test.each([
    ["as JSON", JSON.stringify({ mcpOAuth: { "github|abc": { accessToken: "mcp-secret-token-xyz" } } })],
    ["hex-encoded", hex(JSON.stringify({ mcpOAuth: { "github|abc": { accessToken: "mcp-secret-token-xyz" } } }))],
  ])("an item with only mcpOAuth (%s) says there is no subscription login", async (_name, item) => {
    home = makeTempHome(null);
    const keychain = keychainDouble({ "Claude Code-credentials": item });
    const error = await failure(readClaudeCodeLogin({ env: {}, homeDir: home.dir, keychain }));
    expect(error.problem).toBe("no_subscription_login");
    expect(error.message).toBe(
      "Keychain item “Claude Code-credentials” holds only MCP server tokens (mcpOAuth), no Claude subscription login: log in with `claude` using your Claude Pro/Max account",
    );
    expect(error.message).not.toContain("mcp-secret-token-xyz");
  });

  test("an mcpOAuth-only item still lets a usable credentials file through", async () => {
    home = makeTempHome();
    const keychain = keychainDouble({ "Claude Code-credentials": JSON.stringify({ mcpOAuth: {} }) });
    const login = await readClaudeCodeLogin({ env: {}, homeDir: home.dir, keychain });
    expect(login.origin).toBe("~/.claude/.credentials.json");
  });

  test("neither the item nor the file: both places named", async () => {
    home = makeTempHome(null);
    const error = await failure(readClaudeCodeLogin({ env: {}, homeDir: home.dir, keychain: keychainDouble({}) }));
    expect(error.message).toBe(
      "No Claude Code login found in Keychain item “Claude Code-credentials” or ~/.claude/.credentials.json: log in with `claude`",
    );
  });

  test("a Keychain failure (e.g. access denied) is reported without the item's text", async () => {
    home = makeTempHome(null);
    const keychain: KeychainReader = {
      readGenericPassword: async () => {
        throw new Error("could not read the item (security exited with 51)");
      },
    };
    const error = await failure(readClaudeCodeLogin({ env: {}, homeDir: home.dir, keychain }));
    expect(error.message).toBe(
      "Keychain item “Claude Code-credentials”: could not read the item (security exited with 51)",
    );
  });
});

describe("securityKeychainReader runs `security` and never echoes its output", () => {
  // A stand-in for /usr/bin/security: behaviour chosen by the service name it is asked for.
  const script = (dir: string) => {
    const path = join(dir, "security");
    writeFileSync(
      path,
      [
        "#!/bin/sh",
        '[ "$1" = find-generic-password ] && [ "$2" = -s ] && [ "$4" = -w ] || exit 2',
        'case "$3" in',
        `  present) printf '%s\\n' '${hex(credentialsText())}' ;;`,
        "  missing) echo 'security: SecKeychainSearchCopyNext: The specified item could not be found.' >&2; exit 44 ;;",
        `  denied) echo 'leaky ${FAKE_ACCESS_TOKEN}'; exit 51 ;;`,
        "  cancelled) echo 'security: SecKeychainSearchCopyNext: User canceled the operation.' >&2; exit 128 ;;",
        "  locked) echo 'security: User interaction is not allowed.' >&2; exit 36 ;;",
        "  odd) exit 3 ;;",
        "  slow) sleep 5 ;;",
        "esac",
      ].join("\n"),
      { mode: 0o755 },
    );
    return path;
  };

  test("found, not found, refused (denied, cancelled, no prompt possible, unanswered), other failure", async () => {
    home = makeTempHome(null);
    const reader = securityKeychainReader(300, script(home.dir));
    expect(decodeCredentialText((await reader.readGenericPassword("present")) ?? "", "item")).toMatchObject({
      claudeAiOauth: { accessToken: FAKE_ACCESS_TOKEN },
    });
    await expect(reader.readGenericPassword("missing")).resolves.toBeNull();
    const refusal = (service: string) =>
      reader.readGenericPassword(service).catch((e: KeychainAccessError) => [e.refusal, e.message]);
    expect(await refusal("denied")).toEqual(["denied", "macOS denied access to Claude Code’s Keychain item"]);
    expect(await refusal("cancelled")).toEqual(["cancelled", "the macOS Keychain prompt was canceled"]);
    expect(await refusal("locked")).toEqual([
      "not_allowed",
      "macOS could not ask for Keychain access (no login session, or the Keychain is locked)",
    ]);
    expect(await refusal("slow")).toEqual(["no_answer", "the macOS Keychain prompt was not answered within 0.3 s"]);
    await expect(reader.readGenericPassword("odd")).rejects.toThrow("could not read the item (security exited with 3)");
  });

  test("only on macOS and only when opted in", () => {
    expect(keychainReaderFor(false, "darwin")).toBeNull();
    expect(keychainReaderFor(true, "linux")).toBeNull();
    expect(keychainReaderFor(true, "darwin")).not.toBeNull();
  });
});

describe("redact", () => {
  test("known secrets, token-shaped strings and bearer values", () => {
    expect(redact("a opaque-secret-123 b", ["opaque-secret-123"])).toBe(`a ${REDACTED} b`);
    expect(redact(`x ${FAKE_ACCESS_TOKEN} y`)).toBe(`x ${REDACTED} y`);
    expect(redact("Authorization: Bearer abc.def-ghi")).toBe(`Authorization: Bearer ${REDACTED}`);
    expect(redact("short words stay", ["short"])).toBe("short words stay");
  });

  test("redactParsed: parsed JSON is walked when its text may hold a token, even one spelled in \\u escapes", () => {
    const plain = `{"errors":["401 with Bearer ${FAKE_ACCESS_TOKEN}"]}`;
    expect(redactParsed(plain, JSON.parse(plain))).toEqual({ errors: [`401 with Bearer ${REDACTED}`] });
    const escaped = `{"e":"x \\u0073k-ant-oat01-abcdefgh y","\\u0062earer":"k"}`;
    expect(JSON.parse(escaped)).toEqual({ e: "x sk-ant-oat01-abcdefgh y", bearer: "k" });
    expect(redactParsed(escaped, JSON.parse(escaped))).toEqual({ e: `x ${REDACTED} y`, bearer: "k" });
    const clean = '{"errors":["overage: 404 Not Found"],"n":[1,{"a":"b"}]}';
    const value = JSON.parse(clean);
    expect(redactParsed(clean, value)).toBe(value);
  });
});
