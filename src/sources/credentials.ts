/**
 * Claude Code's OAuth login, read-only: the macOS Keychain item (only when the user opted in, see
 * docs/FACTS.md §2) or the credentials file. Nothing here refreshes, rewrites, logs or stores the token:
 * refreshing would rotate it and log Claude Code out. Every message is redacted before it leaves.
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { credentialsSchema, describeZodError } from "../core/schema";
import { redact } from "./redact";

/** Reads a Keychain generic password; a test double stands in for `security` off macOS. */
export interface KeychainReader {
  /** The item's secret, or null when there is no such item; any other failure throws (without the secret). */
  readGenericPassword(service: string): Promise<string | null>;
}

/**
 * macOS refused the read: the user denied or cancelled the prompt, nobody answered it, or no prompt
 * could be shown. Not an absent item. Callers back off (see keychain-access.ts), never re-prompt.
 */
export type KeychainRefusal = "denied" | "cancelled" | "no_answer" | "not_allowed";

export class KeychainAccessError extends Error {
  constructor(
    readonly refusal: KeychainRefusal,
    message: string,
  ) {
    super(message);
  }
}

const KEYCHAIN_SERVICE = "Claude Code-credentials";
const CREDENTIALS_FILE = ".credentials.json";

export interface ClaudeCodeLogin {
  accessToken: string;
  refreshToken: string | null;
  /** null when the document does not say. */
  expiresAt: Date | null;
  subscriptionType: string | null;
  /** Where it was read, for messages: a path or the Keychain item. */
  origin: string;
  /** The Claude Code profile (its config dir): keys the per-account state. */
  profile: string;
}

export type CredentialsProblem = "missing" | "unreadable" | "invalid" | "no_subscription_login" | "keychain_refused";

export class CredentialsError extends Error {
  constructor(
    readonly problem: CredentialsProblem,
    message: string,
  ) {
    super(message);
  }
}

interface CredentialsLocation {
  env?: NodeJS.ProcessEnv;
  homeDir?: string;
}

/** `$CLAUDE_CONFIG_DIR`, else `~/.claude`, as Claude Code resolves it. */
function claudeConfigDir({ env = process.env, homeDir = homedir() }: CredentialsLocation = {}): string {
  return env.CLAUDE_CONFIG_DIR || join(homeDir, ".claude");
}

/**
 * Claude Code keys its Keychain item per profile when `CLAUDE_CONFIG_DIR` is set:
 * `Claude Code-credentials-<first 8 hex of sha256(configDir)>`.
 * @internal
 */
export function keychainService(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.CLAUDE_CONFIG_DIR;
  if (!dir) return KEYCHAIN_SERVICE;
  const suffix = createHash("sha256").update(dir.normalize("NFC")).digest("hex").slice(0, 8);
  return `${KEYCHAIN_SERVICE}-${suffix}`;
}

/** "~/.claude/.credentials.json" rather than the full home path. */
function displayPath(path: string, homeDir: string): string {
  return homeDir && path.startsWith(`${homeDir}/`) ? `~${path.slice(homeDir.length)}` : path;
}

const HEX = /^(?:[0-9a-fA-F]{2})+$/;

/**
 * The stored text as JSON. `security -w` prints an item written with `-X` as hex, so hex-encoded
 * JSON is decoded first. The parser's own message is never used: it can quote the input.
 * @internal
 */
export function decodeCredentialText(text: string, origin: string): unknown {
  const trimmed = text.trim();
  const candidates = HEX.test(trimmed) ? [Buffer.from(trimmed, "hex").toString("utf8"), trimmed] : [trimmed];
  for (const candidate of candidates) {
    try {
      return JSON.parse(candidate);
    } catch {
      // try the next reading
    }
  }
  throw new CredentialsError("invalid", `${origin} is neither JSON nor hex-encoded JSON`);
}

/** A time outside what a Date can hold (e.g. 1e20) is no expiry we can judge: unknown, not "never expires". */
function expiryOf(ms: number | null | undefined): Date | null {
  if (typeof ms !== "number") return null;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date;
}

function loginFromDocument(raw: unknown, origin: string, profile: string): ClaudeCodeLogin {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) throw new CredentialsError("invalid", `${origin}: ${describeZodError(parsed.error)}`);
  const { claudeAiOauth, mcpOAuth } = parsed.data;
  if (!claudeAiOauth) {
    const what =
      mcpOAuth === undefined
        ? "has no Claude subscription login (no claudeAiOauth)"
        : "holds only MCP server tokens (mcpOAuth), no Claude subscription login";
    throw new CredentialsError(
      "no_subscription_login",
      `${origin} ${what}: log in with \`claude\` using your Claude Pro/Max account`,
    );
  }
  return {
    accessToken: claudeAiOauth.accessToken,
    refreshToken: claudeAiOauth.refreshToken ?? null,
    expiresAt: expiryOf(claudeAiOauth.expiresAt),
    subscriptionType: claudeAiOauth.subscriptionType ?? null,
    origin,
    profile,
  };
}

async function readFromKeychain(keychain: KeychainReader, service: string, profile: string) {
  const origin = `Keychain item “${service}”`;
  let text: string | null;
  try {
    text = await keychain.readGenericPassword(service);
  } catch (error) {
    // A refusal already names Claude Code's item and says what to do; the service name adds only noise.
    if (error instanceof KeychainAccessError) throw new CredentialsError("keychain_refused", error.message);
    throw new CredentialsError("unreadable", `${origin}: ${(error as Error).message}`);
  }
  return text === null ? null : loginFromDocument(decodeCredentialText(text, origin), origin, profile);
}

/**
 * Read synchronously: the file is a few hundred bytes read on every refresh, and fs/promises'
 * open, stat, read and close (four thread-pool round trips) took twenty times longer than this.
 * Only a regular file is read, so a FIFO planted at the path cannot block the event loop.
 */
async function readFromFile(path: string, origin: string, profile: string) {
  let text: string;
  try {
    if (!statSync(path).isFile()) {
      throw Object.assign(new Error("not a regular file"), { code: "EISDIR" });
    }
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    throw new CredentialsError("unreadable", `${origin}: cannot read file${code ? ` (${code})` : ""}`);
  }
  return loginFromDocument(decodeCredentialText(text, origin), origin, profile);
}

export interface ReadLoginOptions extends CredentialsLocation {
  /** Only when the user opted in (the `useKeychain` preference, "Connect Claude Code", `--keychain`). */
  keychain?: KeychainReader | null;
  platform?: NodeJS.Platform;
  /** How this surface turns the Keychain read on, said when a Mac has no login file (default: the terminal's flag). */
  keychainHint?: string;
}

/** The terminal view's way to opt in; the Raycast commands pass their own. */
const TERMINAL_KEYCHAIN_HINT =
  "on macOS Claude Code keeps it in the Keychain: turn on “Also read the token from the macOS Keychain”, or pass --keychain";

/**
 * The Keychain item first (when allowed), then the credentials file. When neither yields a login,
 * the most specific problem wins (an unusable item says more than an absent one).
 */
export async function readClaudeCodeLogin(options: ReadLoginOptions = {}): Promise<ClaudeCodeLogin> {
  const {
    env = process.env,
    homeDir = homedir(),
    keychain = null,
    platform = process.platform,
    keychainHint = TERMINAL_KEYCHAIN_HINT,
  } = options;
  const profile = claudeConfigDir({ env, homeDir });
  const filePath = join(profile, CREDENTIALS_FILE);
  const fileOrigin = displayPath(filePath, homeDir);
  const service = keychainService(env);
  const attempts: Array<() => Promise<ClaudeCodeLogin | null>> = [
    ...(keychain ? [() => readFromKeychain(keychain, service, profile)] : []),
    () => readFromFile(filePath, fileOrigin, profile),
  ];
  const problems: CredentialsError[] = [];
  for (const attempt of attempts) {
    try {
      const login = await attempt();
      if (login) return login;
    } catch (error) {
      if (!(error instanceof CredentialsError)) throw error;
      problems.push(error);
    }
  }
  if (problems.length > 0) throw problems[0];
  const looked = keychain ? `Keychain item “${service}” or ${fileOrigin}` : fileOrigin;
  const hint = !keychain && platform === "darwin" ? ` (${keychainHint})` : "";
  throw new CredentialsError("missing", `No Claude Code login found in ${looked}: log in with \`claude\`${hint}`);
}

/** The login's secrets, for redact(). */
function secretsOf(login: ClaudeCodeLogin | null): string[] {
  return login ? [login.accessToken, login.refreshToken ?? ""] : [];
}

/** Redacts a message that may have passed near a login. */
export function redactLogin(message: string, login: ClaudeCodeLogin | null): string {
  return redact(message, secretsOf(login));
}
