/// <reference lib="dom" />
/// <reference types="chrome" />
/** The popup page: renders the stored state, re-renders when a poll lands, offers "Refresh now" and the bridge port. */
import { config as zodConfig } from "zod";
import { BRIDGE_PORT_KEY, portLine, readPortInput, storedBridgePort } from "./bridge-port";
import { ARC_HINT_KEY, POLL_MESSAGE } from "./messages";
import { renderPopup } from "./popup-view";
import { readState, STATE_KEY } from "./state";

zodConfig({ jitless: true });

const root = document.getElementById("content") as HTMLElement;
const refresh = document.getElementById("refresh") as HTMLButtonElement;
const portForm = document.getElementById("port-form") as HTMLFormElement;
const portInput = document.getElementById("port") as HTMLInputElement;
const portNote = document.getElementById("port-note") as HTMLElement;

async function render() {
  const stored = await chrome.storage.local.get(STATE_KEY);
  renderPopup(document, root, readState(stored[STATE_KEY]), new Date());
}

// Arc injects its palette as CSS variables; a worker cannot see them, so the page records the hint.
const isArc = getComputedStyle(document.documentElement).getPropertyValue("--arc-palette-title").trim() !== "";
void chrome.storage.local.set({ [ARC_HINT_KEY]: isArc });

async function renderPort() {
  const port = storedBridgePort((await chrome.storage.local.get(BRIDGE_PORT_KEY))[BRIDGE_PORT_KEY]);
  portInput.value = String(port);
  portNote.textContent = portLine(port);
  portNote.classList.remove("error");
}

async function pollNow() {
  refresh.disabled = true;
  try {
    await chrome.runtime.sendMessage({ type: POLL_MESSAGE });
  } catch {
    // A failed poll is in the stored state; a lost message (worker restarting) leaves the last one. Either way render() shows it.
  }
  refresh.disabled = false;
  await render();
}

refresh.addEventListener("click", () => void pollNow());

// A new port is stored, then tried at once, so the status line says whether a bridge answers there.
portForm.addEventListener("submit", async (event) => {
  event.preventDefault();
  const input = readPortInput(portInput.value);
  if ("error" in input) {
    portNote.textContent = input.error;
    portNote.classList.add("error");
    return;
  }
  await chrome.storage.local.set({ [BRIDGE_PORT_KEY]: input.port });
  await pollNow();
});

chrome.storage.onChanged.addListener((changes, area) => {
  if (area !== "local") return;
  if (STATE_KEY in changes) void render();
  if (BRIDGE_PORT_KEY in changes) void renderPort();
});

void render();
void renderPort();
