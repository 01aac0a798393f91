import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { buildSync } from "esbuild";
import {
  formatAbsolute,
  formatAge,
  formatClock,
  formatLocalDateTime,
  formatLocalDay,
  formatCountdown,
  formatResetLine,
  formatSpan,
  isStale,
} from "../../src/core/format";

const now = new Date("2026-11-24T12:00:00Z");
const at = (iso: string) => new Date(iso);

test.each([
  [0, "<1m"],
  [59, "<1m"],
  [60, "1m"],
  [47 * 60 + 30, "47m"],
  [3600, "1h"],
  [2 * 3600 + 47 * 60, "2h 47m"],
  [86400, "1d"],
  [4 * 86400 + 6 * 3600 + 59 * 60, "4d 6h"],
])("formatSpan(%p) = %s", (seconds, text) => expect(formatSpan(seconds)).toBe(text));

test.each([
  ["2026-11-24T14:47:00Z", "in 2h 47m"],
  ["2026-11-28T18:00:00Z", "in 4d 6h"],
  ["2026-11-24T12:00:30Z", "in <1m"],
  ["2026-11-24T12:00:00Z", "now"],
  ["2026-11-24T11:00:00Z", "now"],
])("formatCountdown(%s) = %s", (iso, text) => expect(formatCountdown(at(iso), now)).toBe(text));

test.each([
  ["2026-11-24T11:59:20Z", "40 s ago"],
  ["2026-11-24T11:48:00Z", "12 min ago"],
  ["2026-11-24T09:00:00Z", "3 h ago"],
  ["2026-11-21T12:00:00Z", "3 d ago"],
  ["2026-11-24T12:05:00Z", "0 s ago"],
])("formatAge(%s) = %s", (iso, text) => expect(formatAge(at(iso), now)).toBe(text));

describe("reset line per state", () => {
  test.each([
    ["active", "2026-11-24T14:47:00Z", "resets in 2h 47m"],
    ["not_started", null, "not started"],
    ["active", null, "no reset time"],
    ["reset_pending", "2026-11-24T11:48:00Z", "reset 12 min ago · refreshing"],
  ] as const)("%s %s → %s", (state, iso, text) => {
    expect(formatResetLine(state, iso ? at(iso) : null, now)).toBe(text);
  });
});

describe("absolute times are local", () => {
  test("UTC (the test default)", () => {
    expect(formatAbsolute(at("2026-11-24T18:42:00Z"), now)).toBe("Tue 24 Nov, 18:42");
    // English month names as date-fns wrote them ("Sep", not en-GB's "Sept"), midnight as 00.
    expect(formatAbsolute(at("2026-09-01T00:05:00Z"), now)).toBe("Tue 1 Sep, 00:05");
  });

  test("another zone, and the year when it is not this year", () => {
    const out = inZone(
      "Asia/Kolkata",
      `const now = new Date("2026-11-24T12:00:00Z");
      console.log(format.formatAbsolute(new Date("2026-11-24T18:42:00Z"), now));
      console.log(format.formatAbsolute(new Date("2030-11-29T06:00:00Z"), now));`,
    );
    expect(out.split("\n")).toEqual(["Wed 25 Nov, 00:12", "Fri 29 Nov 2030, 11:30"]);
  });
});

/**
 * Runs `script` (with the module as `format`) in a child process in `zone`: the zone is fixed per
 * process. The module is bundled for plain node: a child started through tsx costs seconds of CPU.
 */
function inZone(zone: string, script: string): string {
  const [format] = buildSync({
    entryPoints: [resolve(__dirname, "../../src/core/format.ts")],
    bundle: true,
    platform: "node",
    format: "iife",
    globalName: "format",
    write: false,
  }).outputFiles;
  const out = execFileSync(process.execPath, ["-e", `${format.text}\n${script}`], {
    env: { ...process.env, TZ: zone },
    encoding: "utf8",
  });
  return out.trim();
}

test.each([
  [null, false],
  ["2026-11-24T11:55:00Z", false],
  ["2026-11-24T11:50:00Z", false],
  ["2026-11-24T11:49:59Z", true],
])("isStale(%p) with 10 min = %p", (iso, stale) => {
  expect(isStale(iso ? at(iso) : null, now, 10 * 60_000)).toBe(stale);
});

describe("times in the user's locale (Raycast surfaces)", () => {
  const reset = at("2026-11-28T09:15:00Z");
  test.each([
    ["en-US", "Sat, Nov 28, 9:15 AM"],
    ["en-GB", "Sat 28 Nov, 09:15"],
    ["de-DE", "Sa., 28. Nov., 09:15"],
  ])("%s writes its own order and clock: %s", (locale, text) => {
    expect(formatLocalDateTime(reset, now, locale)).toBe(text);
  });

  test("the year only when it is not this one", () => {
    expect(formatLocalDateTime(at("2030-11-28T09:15:00Z"), now, "en-GB")).toBe("Thu, 28 Nov 2030, 09:15");
  });

  test("a day is the day written, whatever the zone", () => {
    expect(formatLocalDay(at("2026-12-03T00:00:00Z"), "en-US")).toBe("Thu, Dec 3, 2026");
    expect(formatLocalDay(at("2026-12-03T00:00:00Z"), "en-GB")).toBe("Thu, 3 Dec 2026");
  });

  test("chart labels: the time today, the weekday with it on another day", () => {
    expect(formatClock(at("2026-11-24T18:42:00Z"), now, "en-US")).toBe("6:42 PM");
    expect(formatClock(at("2026-11-24T18:42:00Z"), now, "en-GB")).toBe("18:42");
    expect(formatClock(at("2026-11-23T18:42:00Z"), now, "en-GB")).toBe("Mon 18:42");
  });

  test("in another zone the wall clock moves, in the same format", () => {
    const out = inZone(
      "America/New_York",
      'console.log(format.formatLocalDateTime(new Date("2026-11-28T09:15:00Z"), new Date("2026-11-24T12:00:00Z"), "en-US"));',
    );
    expect(out).toBe("Sat, Nov 28, 4:15 AM");
  });

  test("the terminal's fixed format is unchanged", () => {
    expect(formatAbsolute(reset, now)).toBe("Sat 28 Nov, 09:15");
  });
});
