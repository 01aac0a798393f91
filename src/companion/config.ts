/**
 * The companion's only two origins. Built unbundled to assets/companion/config.js so the end-to-end
 * test can swap this one file in a test-only copy; the shipped manifest's host_permissions must match
 * (test/companion/manifest.test.ts checks that).
 */
export const CLAUDE_ORIGIN = "https://claude.ai";
export const BRIDGE_URL = "http://127.0.0.1:63762/snapshots";
