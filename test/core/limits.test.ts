import { parseUsage } from "../../src/core/usage";
import { fixture } from "../fixtures";

const limit = (kind: string, percent: unknown, extra: Record<string, unknown> = {}) => ({
  kind,
  group: "weekly",
  percent,
  severity: "normal",
  resets_at: "2030-11-29T06:00:00Z",
  scope: null,
  is_active: false,
  ...extra,
});
const model = (name: string) => ({ model: { id: null, display_name: name } });

describe("limits[] on the shared fixture", () => {
  const parsed = parseUsage(fixture("usage-limits-spend.json"));
  const keys = parsed.windows.map((w) => w.key);

  test("the scoped Fable cap becomes its own window, labelled and known", () => {
    expect(parsed.windows.find((w) => w.key === "seven_day_fable")).toMatchObject({
      label: "7-day Fable",
      shortLabel: "Fable",
      percent: 84,
      known: true,
    });
  });

  test("limits duplicating legacy keys are one window each, legacy value standing", () => {
    expect(keys.filter((k) => k === "seven_day_opus")).toHaveLength(1);
    expect(keys.filter((k) => k === "five_hour")).toHaveLength(1);
    expect(parsed.windows.find((w) => w.key === "five_hour")?.percent).toBe(27.4);
  });

  test("percent: null entries are skipped; inactive entries are not filtered", () => {
    expect(keys).not.toContain("seven_day_ghost");
    expect(keys).toContain("seven_day"); // weekly_all is_active: false still counts
    expect(parsed.errors).toEqual([]);
  });
});

describe("limits[] rules", () => {
  test("limits-only payload (legacy keys null) maps session and weekly_all", () => {
    const parsed = parseUsage({
      five_hour: null,
      seven_day: null,
      limits: [
        limit("session", 20, { group: "session" }),
        limit("weekly_all", 55),
        limit("weekly_scoped", 96, { scope: model("Fable") }),
      ],
    });
    expect(parsed.windows.map((w) => [w.key, w.label, w.percent])).toEqual([
      ["five_hour", "5-hour", 20],
      ["seven_day", "7-day", 55],
      ["seven_day_fable", "7-day Fable", 96],
    ]);
  });

  test("a limit fills a missing legacy resets_at but never its percent", () => {
    const [w] = parseUsage({
      seven_day_opus: { utilization: 10, resets_at: null },
      limits: [limit("weekly_scoped", 50, { scope: model("Opus") })],
    }).windows;
    expect(w).toMatchObject({ key: "seven_day_opus", percent: 10 });
    expect(w.resetsAt?.toISOString()).toBe("2030-11-29T06:00:00.000Z");
  });

  test("two limits on one key keep the more pressing percent", () => {
    const parsed = parseUsage({
      limits: [
        limit("weekly_scoped", 30, { scope: model("Fable") }),
        limit("weekly_scoped", 70, { scope: model("fable") }),
      ],
    });
    expect(parsed.windows).toHaveLength(1);
    expect(parsed.windows[0].percent).toBe(70);
  });

  test("surface scopes map the same way", () => {
    const [w] = parseUsage({
      limits: [limit("weekly_scoped", 12, { scope: { surface: { display_name: "Claude Code" } } })],
    }).windows;
    expect(w).toMatchObject({ key: "seven_day_claude_code", label: "7-day Claude Code", known: true });
  });

  test("unknown kinds with a percent are shown, humanised and flagged new", () => {
    const parsed = parseUsage({
      limits: [limit("monthly_all", 40), limit("daily_scoped", 5, { scope: model("Haiku") }), limit("hourly", null)],
    });
    expect(parsed.windows.map((w) => [w.key, w.label, w.known])).toEqual([
      ["monthly_all", "Monthly all", false],
      ["daily_scoped_haiku", "Daily scoped Haiku", false],
    ]);
  });

  test("malformed entries are error lines; the rest render", () => {
    const parsed = parseUsage({
      limits: [
        limit("session", "91%"),
        { percent: 5 },
        limit("weekly_all", 20, { resets_at: "soon" }),
        limit("weekly_scoped", 9, { scope: model("日本") }),
        limit("weekly_scoped", 50, { scope: model("Fable") }),
      ],
    });
    expect(parsed.windows.map((w) => w.key)).toEqual(["seven_day_fable"]);
    expect(parsed.errors.map((e) => e.window)).toEqual(["limits[0]", "limits[1]", "limits[2]", "limits[3]"]);
    expect(parsed.errors[0].message).toMatch(/^percent/);
    expect(parsed.errors[2].message).toMatch(/^resets_at/);
  });

  test("limits that is not an array is one error", () => {
    expect(parseUsage({ limits: { kind: "session" } }).errors).toEqual([
      { window: "limits", message: "limits: expected an array" },
    ]);
  });
});
