/** Companion states built from the shared fixtures, for the badge and popup tests. */
import type { OutgoingSnapshot } from "../../src/companion/poll";
import { nextState, type CompanionState } from "../../src/companion/state";
import { fixture, NOW } from "../fixtures";

export function snapshot(usage: unknown, overrides: Partial<OutgoingSnapshot> = {}): OutgoingSnapshot {
  return {
    org_uuid: "0b8e7d1c-0000-4000-8000-00000000b001",
    org_name: "Ada's Individual Org",
    account_email: "ada@example.com",
    browser: "chrome",
    fetched_at: new Date(NOW.getTime() - 40_000).toISOString(),
    usage: usage as Record<string, unknown>,
    overage: null,
    subscription: null,
    errors: [],
    ...overrides,
  };
}

export function withFiveHour(utilization: number, resetsAt = "2030-11-24T18:42:00Z"): OutgoingSnapshot {
  return snapshot({ five_hour: { utilization, resets_at: resetsAt } });
}

export function polled(snapshots: OutgoingSnapshot[], problems: string[] = []): CompanionState {
  return nextState(null, { snapshots, problems, error: null }, new Date(NOW.getTime() - 40_000));
}

export const TEAM = { org_uuid: "0b8e7d1c-0000-4000-8000-00000000b002", org_name: "Team Org" };

export const twoOrgs = () =>
  polled([
    snapshot(fixture("usage-limits-spend.json")),
    snapshot(fixture("usage-claudeai-small-values.json"), { ...TEAM, errors: ["subscription: 500"] }),
  ]);
