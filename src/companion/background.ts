/// <reference types="chrome" />
/**
 * The companion's service worker: polls claude.ai every minute (and at install/start-up or when the
 * popup asks), POSTs the snapshots to the bridge, and keeps the badge and the popup's state current.
 */
import { config as zodConfig } from "zod";
import { badgeFor } from "./badge";
import { detectBrowser } from "./browser";
import { BRIDGE_PORT_KEY, snapshotsUrl, storedBridgePort } from "./bridge-port";
import { CLAUDE_ORIGIN } from "./config";
import { ARC_HINT_KEY, POLL_MESSAGE } from "./messages";
import { pollClaude, postToBridge, PollError } from "./poll";
import { mayPoll, nextState, readState, STATE_KEY, type CompanionState, type PollOutcome } from "./state";

// Extension pages forbid eval; without this zod probes `new Function` and logs a CSP violation.
zodConfig({ jitless: true });

const ALARM = "poll";

interface NavigatorWithClues {
  userAgentData?: { brands?: { brand: string }[] };
  brave?: unknown;
}

async function browserName() {
  const nav = navigator as Navigator & NavigatorWithClues;
  const stored = await chrome.storage.local.get(ARC_HINT_KEY);
  return detectBrowser({
    brands: nav.userAgentData?.brands?.map((b) => b.brand) ?? [],
    hasBraveApi: nav.brave !== undefined,
    arcHint: stored[ARC_HINT_KEY] === true,
  });
}

async function showBadge(state: CompanionState | null) {
  const badge = badgeFor(state, new Date());
  await chrome.action.setBadgeText({ text: badge.text });
  await chrome.action.setBadgeBackgroundColor({ color: badge.color });
  await chrome.action.setBadgeTextColor({ color: badge.textColor });
  await chrome.action.setTitle({ title: badge.title });
}

async function storedState(): Promise<CompanionState | null> {
  const stored = await chrome.storage.local.get(STATE_KEY);
  return readState(stored[STATE_KEY]);
}

/** Read at every poll, so a port changed in the popup applies to the very next one. */
async function bridgeUrl(): Promise<string> {
  const stored = await chrome.storage.local.get(BRIDGE_PORT_KEY);
  return snapshotsUrl(storedBridgePort(stored[BRIDGE_PORT_KEY]));
}

async function runPoll(): Promise<CompanionState> {
  const fetchFn = globalThis.fetch.bind(globalThis);
  let outcome: PollOutcome;
  try {
    const result = await pollClaude({
      fetch: fetchFn,
      claudeOrigin: CLAUDE_ORIGIN,
      browser: await browserName(),
      now: () => new Date(),
    });
    let error: string | null = null;
    try {
      await postToBridge(fetchFn, await bridgeUrl(), result.snapshots);
    } catch (e) {
      error = e instanceof PollError ? e.message : String(e);
    }
    outcome = { ...result, error };
  } catch (e) {
    outcome =
      e instanceof PollError ? { error: e.message, throttle: e.throttle } : { error: `unexpected: ${String(e)}` };
  }
  const state = nextState(await storedState(), outcome, new Date());
  await chrome.storage.local.set({ [STATE_KEY]: state });
  await showBadge(state);
  return state;
}

// The alarm, start-up and a popup click may coincide; one poll at a time is enough.
let inFlight: Promise<CompanionState> | null = null;
function poll(): Promise<CompanionState> {
  inFlight ??= runPoll().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/** Alarms and start-up respect the 429 back-off; the popup's Refresh (the user asking) does not. */
async function scheduledPoll() {
  if (mayPoll(await storedState(), new Date())) await poll();
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
    (error) => sendResponse({ ok: false, error: String(error) }),
  );
  return true; // keeps the channel open for the async answer
});
