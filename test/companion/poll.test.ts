import { pollClaude, postToBridge, PollError, type PollDeps } from "../../src/companion/poll";
import { fixture } from "../fixtures";
import { fakeFetch, type Answer } from "./fake-fetch";

const ORIGIN = "https://claude.test";
const MAIN = "0b8e7d1c-0000-4000-8000-00000000b001";
const TEAM = "0b8e7d1c-0000-4000-8000-00000000b002";
const org = (uuid: string, tail: string) => `${ORIGIN}/api/organizations/${uuid}/${tail}`;
const AT = new Date("2026-11-24T12:00:00Z");

function signedIn(overrides: Record<string, Answer> = {}): Record<string, Answer> {
  return {
    [`${ORIGIN}/api/account`]: { status: 200, body: fixture("account.json") },
    [org(MAIN, "usage")]: { status: 200, body: fixture("usage-oauth-percent.json") },
    [org(MAIN, "overage_spend_limit")]: { status: 200, body: fixture("overage.json") },
    [org(MAIN, "subscription_details")]: { status: 200, body: fixture("subscription.json") },
    [org(TEAM, "usage")]: { status: 200, body: fixture("usage-claudeai-small-values.json") },
    ...overrides,
  };
}

function deps(answers: Record<string, Answer>): PollDeps & { calls: { url: string; init: RequestInit }[] } {
  const { fetch, calls } = fakeFetch(answers);
  return { fetch, calls, claudeOrigin: ORIGIN, browser: "brave", now: () => AT };
}

describe("pollClaude", () => {
  test("reads every membership and builds the bridge's wire format", async () => {
    const d = deps(signedIn());
    const { snapshots, problems } = await pollClaude(d);
    expect(problems).toEqual([]);
    const { payment_method: card, ...subscription } = fixture("subscription.json") as Record<string, unknown>;
    expect(card).toBeDefined();
    expect(snapshots).toEqual([
      {
        org_uuid: MAIN,
        org_name: "Ada's Individual Org",
        account_email: "ada@example.com",
        browser: "brave",
        fetched_at: "2026-11-24T12:00:00.000Z",
        usage: fixture("usage-oauth-percent.json"),
        overage: fixture("overage.json"),
        subscription,
        errors: [],
      },
      {
        org_uuid: TEAM,
        org_name: "Team Org",
        account_email: "ada@example.com",
        browser: "brave",
        fetched_at: "2026-11-24T12:00:00.000Z",
        usage: fixture("usage-claudeai-small-values.json"),
        // 404: the org has no such block, which is normal and not an error.
        overage: null,
        subscription: null,
        errors: [],
      },
    ]);
  });

  test("every claude.ai request lets the browser attach its cookies and sends none itself", async () => {
    const d = deps(signedIn());
    await pollClaude(d);
    expect(d.calls).toHaveLength(7);
    for (const { init } of d.calls) {
      expect(init.credentials).toBe("include");
      expect(JSON.stringify(init.headers ?? {})).not.toMatch(/cookie|authorization/i);
    }
  });

  test("a signed-out browser is a PollError that says what to do", async () => {
    await expect(pollClaude(deps({ [`${ORIGIN}/api/account`]: { status: 401 } }))).rejects.toThrow(
      new PollError("not signed in to claude.ai (401) — sign in there and this updates within a minute"),
    );
    await expect(pollClaude(deps({ [`${ORIGIN}/api/account`]: { status: 403 } }))).rejects.toThrow(/\(403\)/);
  });

  test("an account answer of the wrong shape names the field", async () => {
    const answers = { [`${ORIGIN}/api/account`]: { status: 200, body: { memberships: [{ organization: {} }] } } };
    await expect(pollClaude(deps(answers))).rejects.toThrow("claude.ai account: memberships[0].organization.uuid");
    const none = { [`${ORIGIN}/api/account`]: { status: 200, body: { email_address: "a@b.c", memberships: [] } } };
    await expect(pollClaude(deps(none))).rejects.toThrow("belongs to no organization");
    const html = { [`${ORIGIN}/api/account`]: { status: 200, raw: "<html>" } };
    await expect(pollClaude(deps(html))).rejects.toThrow("claude.ai account: answer is not JSON");
    const down = { [`${ORIGIN}/api/account`]: new TypeError("Failed to fetch") };
    await expect(pollClaude(deps(down))).rejects.toThrow("claude.ai account: not reachable (Failed to fetch)");
  });

  test("an optional block that fails or changed shape is null with the reason in errors", async () => {
    const d = deps(
      signedIn({
        [org(MAIN, "overage_spend_limit")]: { status: 200, body: { is_enabled: "yes" } },
        [org(MAIN, "subscription_details")]: { status: 500 },
      }),
    );
    const [main] = (await pollClaude(d)).snapshots;
    expect(main.overage).toBeNull();
    expect(main.subscription).toBeNull();
    expect(main.errors).toEqual([
      "overage: is_enabled: Invalid input: expected boolean, received string",
      "subscription: 500",
    ]);
  });

  test("an org whose usage fails is left out (its last good reading stays) and named", async () => {
    const d = deps(signedIn({ [org(TEAM, "usage")]: { status: 429 } }));
    const { snapshots, problems } = await pollClaude(d);
    expect(snapshots.map((s) => s.org_uuid)).toEqual([MAIN]);
    expect(problems).toEqual(["Team Org: usage 429"]);
    const notObject = deps(signedIn({ [org(TEAM, "usage")]: { status: 200, body: [1, 2] } }));
    expect((await pollClaude(notObject)).problems).toEqual(["Team Org: usage usage answer is not an object"]);
  });

  test("a 429 anywhere is reported as a throttle with its Retry-After; none otherwise", async () => {
    expect((await pollClaude(deps(signedIn()))).throttle).toBeNull();
    const partial = await pollClaude(
      deps(signedIn({ [org(TEAM, "usage")]: { status: 429, headers: { "retry-after": "120" } } })),
    );
    expect(partial.throttle).toEqual({ retryAfterMs: 120_000 });
    const account = deps({ [`${ORIGIN}/api/account`]: { status: 429 } });
    await expect(pollClaude(account)).rejects.toMatchObject({
      message: "claude.ai account: 429",
      throttle: { retryAfterMs: null },
    });
    const signedOut = deps({ [`${ORIGIN}/api/account`]: { status: 401 } });
    await expect(pollClaude(signedOut)).rejects.toMatchObject({ throttle: null });
  });

  test("when every org fails the poll fails with each reason", async () => {
    const d = deps(signedIn({ [org(MAIN, "usage")]: { status: 500 }, [org(TEAM, "usage")]: { status: 429 } }));
    await expect(pollClaude(d)).rejects.toThrow(new PollError("Ada's Individual Org: usage 500; Team Org: usage 429"));
  });

  test("an org without a name is named by its uuid prefix; a missing email is null", async () => {
    const account = { memberships: [{ organization: { uuid: MAIN } }] };
    const d = deps(
      signedIn({ [`${ORIGIN}/api/account`]: { status: 200, body: account }, [org(MAIN, "usage")]: { status: 502 } }),
    );
    await expect(pollClaude(d)).rejects.toThrow("org 0b8e7d1c: usage 502");
    const ok = deps(signedIn({ [`${ORIGIN}/api/account`]: { status: 200, body: account } }));
    const [s] = (await pollClaude(ok)).snapshots;
    expect([s.account_email, s.org_name]).toEqual([null, null]);
  });
});

describe("postToBridge", () => {
  const URL = "http://127.0.0.1:63762/snapshots";

  test("POSTs the array as application/json", async () => {
    const { fetch, calls } = fakeFetch({ [URL]: { status: 200, body: { ok: true, accepted: 0 } } });
    await postToBridge(fetch, URL, []);
    expect(calls).toEqual([
      { url: URL, init: { method: "POST", headers: { "content-type": "application/json" }, body: "[]" } },
    ]);
  });

  test("an unreachable bridge and a refusal are PollErrors with the reason", async () => {
    const down = fakeFetch({ [URL]: new TypeError("Failed to fetch") });
    await expect(postToBridge(down.fetch, URL, [])).rejects.toThrow(
      new PollError(
        `bridge not reachable at ${URL} — start it from Raycast or with npm run bridge, on the port set here`,
      ),
    );
    const refused = fakeFetch({ [URL]: { status: 400, body: { ok: false, error: "[0].fetched_at: bad" } } });
    await expect(postToBridge(refused.fetch, URL, [])).rejects.toThrow(
      "bridge refused the snapshots (400: [0].fetched_at: bad)",
    );
    const bare = fakeFetch({ [URL]: { status: 413, raw: "too large" } });
    await expect(postToBridge(bare.fetch, URL, [])).rejects.toThrow("bridge refused the snapshots (413)");
  });
});
