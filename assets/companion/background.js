// Built from src/companion by `npm run build:companion`: edit the sources, not this file.
import {
  ARC_HINT_KEY,
  BRIDGE_PORT_KEY,
  POLL_MESSAGE,
  STATE_KEY,
  accountTitle,
  backoffLine,
  claudeAiAccountSchema,
  config,
  describeZodError,
  formatAbsolute,
  formatAge,
  formatPercent,
  mayPoll,
  nextState,
  overageSchema,
  parseRetryAfter,
  readState,
  snapshotsUrl,
  stateView,
  storedBridgePort,
  subscriptionSchema
} from "./shared.js";

// src/companion/badge.ts
var BADGE_COLOURS = {
  ok: "#2e7d32",
  warning: "#f9a825",
  critical: "#c62828",
  none: "#757575"
};
var NAME = "Claude Plan Meter";
function colours(tone) {
  return { color: BADGE_COLOURS[tone], textColor: tone === "warning" ? "#1f1f1f" : "#ffffff" };
}
function fiveHourLine(w, account) {
  return `5-hour ${formatPercent(w.percent)} — ${w.resetLine} (${account})`;
}
function badgeFor(state, now) {
  if (!state) return { text: "", ...colours("none"), title: `${NAME}: waiting for the first reading` };
  const waiting = backoffLine(state, now);
  if (state.error) {
    return {
      text: "!",
      ...colours("critical"),
      title: [`${NAME}: ${state.error}`, waiting].filter(Boolean).join("\n")
    };
  }
  const view = stateView(state, now);
  const fiveHour = view.accounts.flatMap(
    (a) => a.windows.filter((w) => w.key === "five_hour" && w.state !== "reset_pending").map((w) => ({ w, a }))
  );
  const updated = state.lastSuccessAt ? `updated ${formatAge(new Date(state.lastSuccessAt), now)} (${formatAbsolute(new Date(state.lastSuccessAt), now)})` : "";
  const extra = [...state.problems, waiting, updated].filter(Boolean);
  if (fiveHour.length === 0) {
    return {
      text: "–",
      ...colours("none"),
      title: [`${NAME}: no 5-hour window in the last reading`, ...extra].join("\n")
    };
  }
  const worst = fiveHour.reduce((a, b) => b.w.percent > a.w.percent ? b : a);
  return {
    text: formatPercent(worst.w.percent, true),
    ...colours(worst.w.severity),
    title: [NAME, ...fiveHour.map(({ w, a }) => fiveHourLine(w, accountTitle(a))), ...extra].join("\n")
  };
}

// src/companion/browser.ts
function detectBrowser({ brands, hasBraveApi, arcHint }) {
  if (brands.some((b) => /edge/i.test(b))) return "edge";
  if (hasBraveApi || brands.some((b) => /brave/i.test(b))) return "brave";
  if (arcHint) return "arc";
  return "chrome";
}

// src/companion/background.ts
import { CLAUDE_ORIGIN } from "./config.js";

// src/companion/poll.ts
var PollError = class extends Error {
  constructor(message, throttle = null) {
    super(message);
    this.throttle = throttle;
  }
  throttle;
};
var HttpError = class extends Error {
  constructor(status, statusText) {
    super(`${status}${statusText ? ` ${statusText}` : ""}`);
    this.status = status;
  }
  status;
};
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function reason(error) {
  return error instanceof Error ? error.message : String(error);
}
async function getJson(deps, path) {
  let response;
  try {
    response = await deps.fetch(`${deps.claudeOrigin}${path}`, {
      credentials: "include",
      headers: { accept: "application/json" }
    });
  } catch (error) {
    throw new Error(`not reachable (${reason(error)})`);
  }
  if (response.status === 429) {
    deps.throttle = { retryAfterMs: parseRetryAfter(response.headers.get("retry-after"), deps.now()) };
  }
  if (!response.ok) throw new HttpError(response.status, response.statusText);
  try {
    return await response.json();
  } catch {
    throw new Error("answer is not JSON");
  }
}
async function readAccount(deps) {
  let raw;
  try {
    raw = await getJson(deps, "/api/account");
  } catch (error) {
    if (error instanceof HttpError && (error.status === 401 || error.status === 403)) {
      throw new PollError(
        `not signed in to claude.ai (${error.status}) — sign in there and this updates within a minute`
      );
    }
    throw new PollError(`claude.ai account: ${reason(error)}`);
  }
  const parsed = claudeAiAccountSchema.safeParse(raw);
  if (!parsed.success) throw new PollError(`claude.ai account: ${describeZodError(parsed.error)}`);
  if (parsed.data.memberships.length === 0) throw new PollError("this claude.ai account belongs to no organization");
  return parsed.data;
}
async function readOptional(deps, path, label, schema) {
  try {
    const parsed = schema.safeParse(await getJson(deps, path));
    if (parsed.success) return { value: parsed.data, error: null };
    return { value: null, error: `${label}: ${describeZodError(parsed.error)}` };
  } catch (error) {
    const missing = error instanceof HttpError && error.status === 404;
    return { value: null, error: missing ? null : `${label}: ${reason(error)}` };
  }
}
async function readOrg(deps, org, email) {
  const base = `/api/organizations/${encodeURIComponent(org.uuid)}`;
  const fetchedAt = deps.now().toISOString();
  const [usage, overage, subscription] = await Promise.all([
    getJson(deps, `${base}/usage`),
    readOptional(deps, `${base}/overage_spend_limit`, "overage", overageSchema),
    readOptional(deps, `${base}/subscription_details`, "subscription", subscriptionSchema)
  ]);
  if (!isPlainObject(usage)) throw new Error("usage answer is not an object");
  return {
    org_uuid: org.uuid,
    org_name: org.name ?? null,
    account_email: email,
    browser: deps.browser,
    fetched_at: fetchedAt,
    // Forwarded as the server sent it: the bridge parses it window by window, so a window this
    // version does not know yet still reaches Raycast.
    usage,
    overage: overage.value,
    subscription: subscription.value,
    errors: [overage.error, subscription.error].filter((e) => e !== null)
  };
}
function orgName(org) {
  return org.name || `org ${org.uuid.slice(0, 8)}`;
}
async function pollClaude(deps) {
  const ctx = { ...deps, throttle: null };
  let account;
  try {
    account = await readAccount(ctx);
  } catch (error) {
    throw new PollError(error.message, ctx.throttle);
  }
  const email = account.email_address ?? null;
  const snapshots = [];
  const problems = [];
  for (const { organization } of account.memberships) {
    try {
      snapshots.push(await readOrg(ctx, organization, email));
    } catch (error) {
      problems.push(`${orgName(organization)}: usage ${reason(error)}`);
    }
  }
  if (snapshots.length === 0) throw new PollError(problems.join("; "), ctx.throttle);
  return { snapshots, problems, throttle: ctx.throttle };
}
async function bridgeError(response) {
  try {
    const body = await response.json();
    return isPlainObject(body) && typeof body.error === "string" ? body.error : null;
  } catch {
    return null;
  }
}
async function postToBridge(fetchFn, bridgeUrl2, snapshots) {
  let response;
  try {
    response = await fetchFn(bridgeUrl2, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(snapshots)
    });
  } catch {
    throw new PollError(
      `bridge not reachable at ${bridgeUrl2} — start it from Raycast or with npm run bridge, on the port set here`
    );
  }
  if (!response.ok) {
    const detail = await bridgeError(response);
    throw new PollError(`bridge refused the snapshots (${response.status}${detail ? `: ${detail}` : ""})`);
  }
}

// src/companion/background.ts
config({ jitless: true });
var ALARM = "poll";
async function browserName() {
  const nav = navigator;
  const stored = await chrome.storage.local.get(ARC_HINT_KEY);
  return detectBrowser({
    brands: nav.userAgentData?.brands?.map((b) => b.brand) ?? [],
    hasBraveApi: nav.brave !== void 0,
    arcHint: stored[ARC_HINT_KEY] === true
  });
}
async function showBadge(state) {
  const badge = badgeFor(state, /* @__PURE__ */ new Date());
  await chrome.action.setBadgeText({ text: badge.text });
  await chrome.action.setBadgeBackgroundColor({ color: badge.color });
  await chrome.action.setBadgeTextColor({ color: badge.textColor });
  await chrome.action.setTitle({ title: badge.title });
}
async function storedState() {
  const stored = await chrome.storage.local.get(STATE_KEY);
  return readState(stored[STATE_KEY]);
}
async function bridgeUrl() {
  const stored = await chrome.storage.local.get(BRIDGE_PORT_KEY);
  return snapshotsUrl(storedBridgePort(stored[BRIDGE_PORT_KEY]));
}
async function runPoll() {
  const fetchFn = globalThis.fetch.bind(globalThis);
  let outcome;
  try {
    const result = await pollClaude({
      fetch: fetchFn,
      claudeOrigin: CLAUDE_ORIGIN,
      browser: await browserName(),
      now: () => /* @__PURE__ */ new Date()
    });
    let error = null;
    try {
      await postToBridge(fetchFn, await bridgeUrl(), result.snapshots);
    } catch (e) {
      error = e instanceof PollError ? e.message : String(e);
    }
    outcome = { ...result, error };
  } catch (e) {
    outcome = e instanceof PollError ? { error: e.message, throttle: e.throttle } : { error: `unexpected: ${String(e)}` };
  }
  const state = nextState(await storedState(), outcome, /* @__PURE__ */ new Date());
  await chrome.storage.local.set({ [STATE_KEY]: state });
  await showBadge(state);
  return state;
}
var inFlight = null;
function poll() {
  inFlight ??= runPoll().finally(() => {
    inFlight = null;
  });
  return inFlight;
}
async function scheduledPoll() {
  if (mayPoll(await storedState(), /* @__PURE__ */ new Date())) await poll();
}
function schedule() {
  void chrome.alarms.create(ALARM, { periodInMinutes: 1 });
  void scheduledPoll();
}
chrome.runtime.onInstalled.addListener(schedule);
chrome.runtime.onStartup.addListener(schedule);
chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === ALARM) void scheduledPoll();
});
chrome.runtime.onMessage.addListener((message, _sender, sendResponse) => {
  if (message?.type !== POLL_MESSAGE) return false;
  poll().then(
    (state) => sendResponse({ ok: state.error === null, error: state.error }),
    (error) => sendResponse({ ok: false, error: String(error) })
  );
  return true;
});
