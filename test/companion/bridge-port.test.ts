import {
  BRIDGE_HOST_PERMISSION,
  portLine,
  readPortInput,
  snapshotsUrl,
  storedBridgePort,
} from "../../src/companion/bridge-port";
import { DEFAULT_BRIDGE_PORT, isFetchBlockedPort, parseBridgePort } from "../../src/core/bridge-port";
import pkg from "../../package.json";

test("the default is the bridge's and the Raycast preference's default", () => {
  expect(String(DEFAULT_BRIDGE_PORT)).toBe(pkg.preferences.find((p) => p.name === "bridgePort")?.default);
  expect(storedBridgePort(undefined)).toBe(63762);
});

test.each([
  [4100, 4100],
  [1024, 1024],
  [65535, 65535],
  [6000, DEFAULT_BRIDGE_PORT],
  [0, DEFAULT_BRIDGE_PORT],
  [70000, DEFAULT_BRIDGE_PORT],
  [41.5, DEFAULT_BRIDGE_PORT],
  ["4100", DEFAULT_BRIDGE_PORT],
  [null, DEFAULT_BRIDGE_PORT],
])("storage holding %p posts to port %p", (raw, port) => {
  expect(storedBridgePort(raw)).toBe(port);
});

test("a typed port is checked before it is stored", () => {
  expect(readPortInput(" 4100 ")).toEqual({ port: 4100 });
  expect(readPortInput("70000")).toEqual({ error: "“70000” is not a port number from 1 to 65535." });
  expect(readPortInput("  ")).toEqual({ error: "Enter a port number from 1 to 65535." });
  expect(readPortInput("http://127.0.0.1:4100/snapshots")).toEqual({
    error: "“http://127.…” is not a port number from 1 to 65535.",
  });
  for (const bad of ["-1", "1e3", "0x10", "12 34", "0", "6000"]) expect(parseBridgePort(bad)).toBeNull();
});

test("a port browsers refuse is refused with the reason, not as out of range", () => {
  expect(readPortInput("6667")).toEqual({
    error: "Browsers refuse to connect to port 6667: use another, such as 63762.",
  });
  expect(readPortInput("6670")).toEqual({ port: 6670 });
});

test("the refused ports are exactly the ones Node's fetch refuses (the Fetch standard's bad ports)", async () => {
  const blocked = Array.from({ length: 65535 }, (_, i) => i + 1).filter(isFetchBlockedPort);
  expect(blocked).toHaveLength(82);
  // Each listed port and the next one up, asked of fetch: only the listed ones are refused as bad ports.
  const asked = [...new Set(blocked.flatMap((p) => [p, p + 1]))];
  const refused = await Promise.all(
    asked.map((p) =>
      fetch(`http://127.0.0.1:${p}/`, { signal: AbortSignal.timeout(2000) }).then(
        () => false,
        (error: { cause?: { message?: string } }) => error.cause?.message === "bad port",
      ),
    ),
  );
  expect(asked.filter((_, i) => refused[i])).toEqual(blocked);
});

test("where readings go, and which loopback origins the host permission covers", () => {
  expect(snapshotsUrl(4100)).toBe("http://127.0.0.1:4100/snapshots");
  expect(portLine(4100)).toBe(
    "Sends readings to http://127.0.0.1:4100. Use the same port as Raycast's “Bridge Port” preference.",
  );
  // A match pattern without a port matches every port (Chrome's match-pattern rules); the e2e test
  // asks Chromium itself for a non-default port.
  expect(BRIDGE_HOST_PERMISSION).toBe("http://127.0.0.1/*");
});
