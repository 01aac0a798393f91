/**
 * Which port the companion posts to. The user sets it in the popup to match Raycast's "Bridge Port"
 * preference; it lives in chrome.storage.local (this machine's bridge, so never synced to another).
 * The manifest's host permission is `http://127.0.0.1/*`: a match pattern without a port matches
 * every port, so a changed port needs no new permission.
 */
import { bridgeOrigin, isFetchBlockedPort, DEFAULT_BRIDGE_PORT, parseBridgePort } from "../core/bridge-port";

export const BRIDGE_PORT_KEY = "bridgePort";
/** @internal */
export const BRIDGE_HOST_PERMISSION = "http://127.0.0.1/*";

/** The stored port, or the default when nothing (or something unusable) is stored. */
export function storedBridgePort(raw: unknown): number {
  return (typeof raw === "number" && parseBridgePort(String(raw))) || DEFAULT_BRIDGE_PORT;
}

export const snapshotsUrl = (port: number) => `${bridgeOrigin(port)}/snapshots`;

export type PortInput = { port: number } | { error: string };

const PORT_RANGE = "a port number from 1 to 65535";

/** What the popup's port field holds, checked before it is stored. */
export function readPortInput(text: string): PortInput {
  const port = parseBridgePort(text);
  if (port !== null) return { port };
  const typed = text.trim();
  if (typed === "") return { error: `Enter ${PORT_RANGE}.` };
  if (/^\d{1,5}$/.test(typed) && isFetchBlockedPort(Number(typed))) {
    return { error: `Browsers refuse to connect to port ${typed}: use another, such as ${DEFAULT_BRIDGE_PORT}.` };
  }
  const shown = typed.length > 12 ? `${typed.slice(0, 11)}…` : typed;
  return { error: `“${shown}” is not ${PORT_RANGE}.` };
}

/** The line under the field, saying where readings go and what it must match. */
export function portLine(port: number): string {
  return `Sends readings to ${bridgeOrigin(port)}. Use the same port as Raycast's “Bridge Port” preference.`;
}
