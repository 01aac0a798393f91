/**
 * One full refresh cycle of the core — read the bridge, read the OAuth source against a local fake
 * api.anthropic.com, parse, merge, build the view — against bare `fetch`es of the same JSON.
 */
import { mergeSnapshots, DEFAULT_STALE_AFTER_MS } from "../src/core/merge";
import { buildView } from "../src/core/view";
import type { SourceReader } from "../src/sources/load";
import { loadSnapshots } from "../src/sources/load";
import { OAUTH_BETA, PROFILE_PATH, USAGE_PATH } from "../src/sources/oauth-http";
import { oauthReader } from "../src/sources/oauth";
import { MemoryStore } from "../src/sources/store";
import { startFixtureAnthropic } from "../test/sources/fake-anthropic";
import { FAKE_ACCESS_TOKEN, makeTempHome } from "../test/sources/temp-home";
import { percentile } from "./load";

export interface RefreshResult {
  coreMedianMs: number;
  bareMedianMs: number;
  ratio: number;
  windows: number;
}

export interface RefreshSpec {
  /** Extra readers in the cycle (the bridge), with the URL the bare side fetches for each. */
  bridge: { reader: SourceReader; url: string } | null;
  cycles: number;
}

export async function measureRefresh({ bridge, cycles }: RefreshSpec): Promise<RefreshResult> {
  const fake = await startFixtureAnthropic();
  const home = makeTempHome();
  const oauthHeaders = { Authorization: `Bearer ${FAKE_ACCESS_TOKEN}`, "anthropic-beta": OAUTH_BETA };
  try {
    // A fresh store each cycle: nothing cached, both OAuth requests go out, as on a cold launch.
    const core = async () => {
      const readers: SourceReader[] = [
        ...(bridge ? [bridge.reader] : []),
        oauthReader({ store: new MemoryStore(), env: {}, homeDir: home.dir, baseUrl: fake.baseUrl, platform: "linux" }),
      ];
      const { snapshots, failures } = await loadSnapshots(readers);
      if (failures.length > 0) throw new Error(`refresh failed: ${failures.map((f) => f.message).join("; ")}`);
      const now = new Date();
      const view = buildView(mergeSnapshots(snapshots, { now, staleAfterMs: DEFAULT_STALE_AFTER_MS }), now);
      return view.accounts.reduce((n, a) => n + a.windows.length, 0);
    };
    const bare = async () => {
      const urls = [
        ...(bridge ? [[`${bridge.url}/snapshots`, {}] as const] : []),
        [`${fake.baseUrl}${USAGE_PATH}`, oauthHeaders] as const,
        [`${fake.baseUrl}${PROFILE_PATH}`, oauthHeaders] as const,
      ];
      await Promise.all(urls.map(([url, headers]) => fetch(url, { headers }).then((r) => r.json())));
    };
    const timed = async (run: () => Promise<unknown>) => {
      const started = process.hrtime.bigint();
      await run();
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const windows = await core();
    for (let i = 0; i < 30; i += 1) await Promise.all([core(), bare()]); // warm-up: JIT, connection pools
    const coreTimes: number[] = [];
    const bareTimes: number[] = [];
    // Interleaved, so both sides see the same machine load.
    for (let i = 0; i < cycles; i += 1) {
      coreTimes.push(await timed(core));
      bareTimes.push(await timed(bare));
    }
    const coreMedianMs = percentile(
      coreTimes.sort((a, b) => a - b),
      50,
    );
    const bareMedianMs = percentile(
      bareTimes.sort((a, b) => a - b),
      50,
    );
    return { coreMedianMs, bareMedianMs, ratio: coreMedianMs / bareMedianMs, windows };
  } finally {
    await fake.close();
    home.remove();
  }
}
