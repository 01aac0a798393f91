/** A throwaway HOME with Claude Code's credentials file, for tests. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixturePath } from "../fixtures";

export const FAKE_ACCESS_TOKEN = "sk-ant-oat01-FAKE-TOKEN-FOR-TESTS-ONLY";
export const FAKE_REFRESH_TOKEN = "sk-ant-ort01-FAKE-REFRESH-FOR-TESTS-ONLY";

export interface TempHome {
  dir: string;
  credentialsPath: string;
  writeCredentials(text: string): void;
  remove(): void;
}

export function credentialsText(overrides: Record<string, unknown> = {}): string {
  const doc = JSON.parse(readFileSync(fixturePath("credentials.json"), "utf8")) as {
    claudeAiOauth: Record<string, unknown>;
  };
  return JSON.stringify({ claudeAiOauth: { ...doc.claudeAiOauth, ...overrides } });
}

/** A temporary HOME holding `.claude/.credentials.json` (the shared fixture unless told otherwise). */
export function makeTempHome(text: string | null = credentialsText()): TempHome {
  const dir = mkdtempSync(join(tmpdir(), "cpm-home-"));
  const credentialsPath = join(dir, ".claude", ".credentials.json");
  const writeCredentials = (t: string) => {
    mkdirSync(join(dir, ".claude"), { recursive: true });
    writeFileSync(credentialsPath, t);
  };
  if (text !== null) writeCredentials(text);
  return {
    dir,
    credentialsPath,
    writeCredentials,
    remove: () => rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }),
  };
}
