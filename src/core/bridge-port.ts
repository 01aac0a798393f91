/**
 * The bridge's loopback port, shared by the bridge, the Raycast commands and the companion so the
 * two ends can only disagree when the user sets them apart (and then both say which port they use).
 */
export const DEFAULT_BRIDGE_PORT = 63762;

/** The bridge on this machine at `port`. */
export const bridgeOrigin = (port: number) => `http://127.0.0.1:${port}`;

/**
 * The ports the Fetch standard blocks ("bad ports"): Chrome, Firefox and Node's fetch refuse to connect to
 * them, so a bridge there could be reached by neither the companion nor Raycast ("fetch failed").
 */
const FETCH_BLOCKED_PORTS: ReadonlySet<number> = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110,
  111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532,
  540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061,
  6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

export const isFetchBlockedPort = (port: number): boolean => FETCH_BLOCKED_PORTS.has(port);

/** A port a user typed: digits only, 1–65535, not one fetch refuses; anything else is null. */
export function parseBridgePort(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,5}$/.test(trimmed)) return null;
  const port = Number(trimmed);
  return port >= 1 && port <= 65535 && !isFetchBlockedPort(port) ? port : null;
}

/** The install steps' line on the port: the companion's popup must be set to Raycast's "Bridge Port". */
export function companionPortStep(port: number): string {
  if (port === DEFAULT_BRIDGE_PORT) {
    return `The companion posts to port ${port}, the default of Raycast's **Bridge Port** preference. If you change that preference, enter the same port under **Bridge port** in the companion's popup (its toolbar icon) and click **Save**.`;
  }
  return `4. Your **Bridge Port** preference is ${port}: click the companion's toolbar icon, enter \`${port}\` under **Bridge port** and click **Save** (it starts at ${DEFAULT_BRIDGE_PORT}).`;
}
