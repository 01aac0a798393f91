import { bridgeAgentFor } from "../../src/bridge/control";

test.each([["linux"], ["win32"]] as const)(
  "on %s the agent explains instead of failing obscurely",
  async (platform) => {
    const agent = bridgeAgentFor({ port: 4000, assetsPath: "/a", dataDir: "/d", platform });
    await expect(agent.install()).rejects.toThrow(`needs macOS (this is ${platform})`);
    await expect(agent.status()).rejects.toThrow("npm run bridge -- --port 4000");
  },
);
