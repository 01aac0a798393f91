import { bridgeAgentFor, bridgePortFrom, bridgeUrlFor } from "../../src/bridge/control";

test.each([
  [undefined, 63762],
  ["", 63762],
  [" 63762 ", 63762],
  ["8080", 8080],
])("bridgePortFrom(%j) = %i", (text, port) => {
  expect(bridgePortFrom(text)).toBe(port);
});

test.each([["0"], ["65536"], ["80.5"], ["-1"], ["port"]])("bridgePortFrom(%j) names the preference", (text) => {
  expect(() => bridgePortFrom(text)).toThrow(`Bridge Port preference: expected a port number 1–65535, got "${text}"`);
});

test("bridgeUrlFor is loopback", () => {
  expect(bridgeUrlFor(63762)).toBe("http://127.0.0.1:63762");
});

test.each([["linux"], ["win32"]] as const)(
  "on %s the agent explains instead of failing obscurely",
  async (platform) => {
    const agent = bridgeAgentFor({ port: 4000, assetsPath: "/a", dataDir: "/d", platform });
    await expect(agent.install()).rejects.toThrow(`needs macOS (this is ${platform})`);
    await expect(agent.status()).rejects.toThrow("npm run bridge -- --port 4000");
  },
);
