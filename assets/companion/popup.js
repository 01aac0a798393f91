// Built from src/companion by `npm run build:companion`: edit the sources, not this file.
import {
  ARC_HINT_KEY,
  BRIDGE_PORT_KEY,
  POLL_MESSAGE,
  STATE_KEY,
  accountTitle,
  backoffLine,
  config,
  formatAbsolute,
  formatAge,
  formatMoney,
  formatPercent,
  humaniseReason,
  portLine,
  readPortInput,
  readState,
  stateView,
  storedBridgePort
} from "./shared.js";

// src/core/summary.ts
function extraUsageLine(extra) {
  const parts = [];
  if (extra.used !== null) {
    const used = formatMoney(extra.used, extra.currency);
    parts.push(extra.limit !== null ? `${used} of ${formatMoney(extra.limit, extra.currency)}` : `${used} used`);
  }
  if (extra.percent !== null) parts.push(formatPercent(extra.percent));
  parts.push(extra.enabled ? "enabled" : "disabled");
  if (extra.disabledReason) parts.push(humaniseReason(extra.disabledReason));
  return `Extra usage: ${parts.join(" · ")}`;
}

// src/companion/popup-view.ts
function el(doc, tag, className, text) {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== void 0) node.textContent = text;
  return node;
}
function windowRow(doc, w, now) {
  const row = el(doc, "li", `window ${w.severity} ${w.state}`);
  row.dataset.window = w.key;
  const head = el(doc, "div", "window-head");
  head.append(el(doc, "span", "label", w.known ? w.label : `${w.label} (new)`));
  head.append(el(doc, "span", "percent", formatPercent(w.percent)));
  const bar = el(doc, "div", "bar");
  const fill = el(doc, "div", "fill");
  fill.style.width = `${Math.min(100, w.percent > 0 ? Math.max(1, w.percent) : 0)}%`;
  bar.append(fill);
  const absolute = w.resetsAt && w.state === "active" ? ` · ${formatAbsolute(w.resetsAt, now)}` : "";
  row.append(head, bar, el(doc, "div", "reset", `${w.resetLine}${absolute}`));
  return row;
}
function accountSection(doc, a, now) {
  const section = el(doc, "section", "account");
  section.append(el(doc, "h2", "account-title", accountTitle(a) + (a.stale ? " · stale" : "")));
  const list = el(doc, "ul", "windows");
  if (a.windows.length === 0) list.append(el(doc, "li", "empty", "No windows in this reading."));
  for (const w of a.windows) list.append(windowRow(doc, w, now));
  section.append(list);
  for (const e of a.errors) section.append(el(doc, "p", "window-error", `${e.window}: ${e.message}`));
  if (a.extraUsage) section.append(el(doc, "p", "extra", extraUsageLine(a.extraUsage)));
  for (const s of a.sources) {
    for (const message of s.errors) section.append(el(doc, "p", "source-error", message));
  }
  return section;
}
function statusLine(doc, state, now) {
  if (!state) return el(doc, "p", "status", "No reading yet: the companion asks claude.ai every minute.");
  if (state.error) return el(doc, "p", "status error", state.error);
  const when = state.lastSuccessAt ? new Date(state.lastSuccessAt) : now;
  return el(doc, "p", "status", `Updated ${formatAge(when, now)} · ${formatAbsolute(when, now)}`);
}
function renderPopup(doc, root2, state, now) {
  const nodes = [statusLine(doc, state, now)];
  if (state) {
    for (const problem of state.problems) nodes.push(el(doc, "p", "problem", problem));
    const waiting = backoffLine(state, now);
    if (waiting) nodes.push(el(doc, "p", "status", waiting));
    if (state.error && state.lastSuccessAt) {
      const last = new Date(state.lastSuccessAt);
      nodes.push(el(doc, "p", "status", `Last good reading ${formatAge(last, now)} · ${formatAbsolute(last, now)}`));
    }
    try {
      nodes.push(...stateView(state, now).accounts.map((a) => accountSection(doc, a, now)));
    } catch (error) {
      nodes.push(el(doc, "p", "status error", `Stored reading unreadable: ${error.message}`));
    }
  }
  root2.replaceChildren(...nodes);
}

// src/companion/popup.ts
config({ jitless: true });
var root = document.getElementById("content");
var refresh = document.getElementById("refresh");
var portForm = document.getElementById("port-form");
var portInput = document.getElementById("port");
var portNote = document.getElementById("port-note");
async function render() {
  const stored = await chrome.storage.local.get(STATE_KEY);
  renderPopup(document, root, readState(stored[STATE_KEY]), /* @__PURE__ */ new Date());
}
var isArc = getComputedStyle(document.documentElement).getPropertyValue("--arc-palette-title").trim() !== "";
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
  }
  refresh.disabled = false;
  await render();
}
refresh.addEventListener("click", () => void pollNow());
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
