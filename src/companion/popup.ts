/// <reference lib="dom" />
/// <reference types="chrome" />
/** The popup page: renders the stored state, re-renders when a poll lands, and offers "Refresh now". */
import { config as zodConfig } from "zod";
import { ARC_HINT_KEY, POLL_MESSAGE } from "./messages";
import { renderPopup } from "./popup-view";
import { readState, STATE_KEY } from "./state";

zodConfig({ jitless: true });

const root = document.getElementById("content") as HTMLElement;
const refresh = document.getElementById("refresh") as HTMLButtonElement;

async function render() {
  const stored = await chrome.storage.local.get(STATE_KEY);
  renderPopup(document, root, readState(stored[STATE_KEY]), new Date());
}

// Arc injects its palette as CSS variables; a worker cannot see them, so the page records the hint.
const isArc = getComputedStyle(document.documentElement).getPropertyValue("--arc-palette-title").trim() !== "";
void chrome.storage.local.set({ [ARC_HINT_KEY]: isArc });

refresh.addEventListener("click", async () => {
  refresh.disabled = true;
  try {
    await chrome.runtime.sendMessage({ type: POLL_MESSAGE });
  } catch {
    // A failed poll is in the stored state; a lost message (worker restarting) leaves the last one. Either way render() shows it.
  }
  refresh.disabled = false;
  await render();
});

chrome.storage.onChanged.addListener((changes, area) => {
  if (area === "local" && STATE_KEY in changes) void render();
});

void render();
