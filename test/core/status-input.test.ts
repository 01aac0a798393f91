import { readFileSync } from "node:fs";
import { parseStatusInput, statusInputSnapshot } from "../../src/core/status-input";
import { fixturePath } from "../fixtures";

const STDIN = readFileSync(fixturePath("claude-code-statusline-stdin.json"), "utf8");

test("rate_limits become windows under the endpoints' keys, resets from Unix seconds", () => {
  expect(parseStatusInput(STDIN)).toEqual({
    model: "Opus 4.5",
    windows: [
      { key: "five_hour", percent: 42, resetsAt: new Date("2030-11-26T17:02:00.000Z") },
      { key: "seven_day", percent: 78, resetsAt: new Date("2030-12-01T06:00:00.000Z") },
    ],
  });
});

test.each([
  ["empty", ""],
  ["not JSON", "{ nope"],
  ["cut short", STDIN.slice(0, 100)],
  ["an array", "[]"],
  ["null", "null"],
])("%s: no reading, no model", (_name, text) => {
  expect(parseStatusInput(text)).toEqual({ model: null, windows: null });
});

test("without rate_limits (before the first response, or a version that dropped them): the model only", () => {
  const { rate_limits: _dropped, ...rest } = JSON.parse(STDIN); // eslint-disable-line @typescript-eslint/no-unused-vars
  expect(parseStatusInput(JSON.stringify(rest))).toEqual({ model: "Opus 4.5", windows: null });
});

test("each window on its own: a bad one is dropped, a reset-less one is kept with no clock", () => {
  const text = JSON.stringify({
    model: { display_name: "Fable\u001b[2J" },
    rate_limits: {
      five_hour: { used_percentage: 0 },
      seven_day: { used_percentage: "78" },
      seven_day_opus: { used_percentage: -3, resets_at: 1 },
      future_window: { used_percentage: 12.5, resets_at: 1921942920 },
    },
  });
  expect(parseStatusInput(text)).toEqual({
    model: "Fable\uFFFD[2J",
    windows: [
      { key: "five_hour", percent: 0, resetsAt: null },
      { key: "future_window", percent: 12.5, resetsAt: new Date("2030-11-26T17:02:00.000Z") },
    ],
  });
});

test("the snapshot: the status line's source, Claude Code's account when known", () => {
  const { windows } = parseStatusInput(STDIN);
  const at = new Date("2030-11-24T12:00:00Z");
  const own = statusInputSnapshot(windows!, at, null);
  expect(own).toMatchObject({
    source: "statusline",
    sourceLabel: "Claude Code status line",
    orgUuid: null,
    fetchedAt: at,
  });
  expect(own.usage.windows.map((w) => [w.key, w.percent, w.resetsAt?.toISOString()])).toEqual([
    ["five_hour", 42, "2030-11-26T17:02:00.000Z"],
    ["seven_day", 78, "2030-12-01T06:00:00.000Z"],
  ]);
  const account = { orgUuid: "org-1", orgName: "Org", accountEmail: "ada@example.com" };
  expect(statusInputSnapshot(windows!, at, account)).toMatchObject(account);
});
