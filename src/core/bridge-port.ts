/**
 * The bridge's loopback port, shared by the bridge, the Raycast commands and the companion so the
 * two ends can only disagree when the user sets them apart (and then both say which port they use).
 */
export const DEFAULT_BRIDGE_PORT = 63762;

/** The bridge on this machine at `port`. */
export const bridgeOrigin = (port: number) => `http://127.0.0.1:${port}`;

/** A port a user typed: digits only, 1–65535; anything else is null. */
export function parseBridgePort(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,5}$/.test(trimmed)) return null;
  const port = Number(trimmed);
  return port >= 1 && port <= 65535 ? port : null;
}

/** The install steps' line on the port: the companion's popup must be set to Raycast's "Bridge Port". */
export function companionPortStep(port: number): string {
  if (port === DEFAULT_BRIDGE_PORT) {
    return `The companion posts to port ${port}, the default of Raycast's **Bridge Port** preference. If you change that preference, enter the same port under **Bridge port** in the companion's popup (its toolbar icon) and click **Save**.`;
  }
  return `4. Your **Bridge Port** preference is ${port}: click the companion's toolbar icon, enter \`${port}\` under **Bridge port** and click **Save** (it starts at ${DEFAULT_BRIDGE_PORT}).`;
}
