/**
 * The companion's claude.ai origin. Built unbundled to assets/companion/config.js so the end-to-end
 * test can swap this one file in a test-only copy; the shipped manifest's host_permissions must match
 * (test/companion/manifest.test.ts checks that). The bridge's port is a setting (bridge-port.ts).
 */
export const CLAUDE_ORIGIN = "https://claude.ai";
