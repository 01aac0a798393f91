/**
 * @jest-environment jsdom
 */
import { renderPopup } from "../../src/companion/popup-view";
import { nextState } from "../../src/companion/state";
import { NOW } from "../fixtures";
import { polled, snapshot, twoOrgs } from "./states";

function render(state: Parameters<typeof renderPopup>[2]) {
  const root = document.createElement("main");
  renderPopup(document, root, state, NOW);
  return root;
}

const rows = (root: HTMLElement) =>
  Array.from(root.querySelectorAll(".window")).map((w) =>
    Array.from(w.querySelectorAll(".label, .percent, .reset")).map((n) => n.textContent),
  );

describe("renderPopup", () => {
  test("every window of every org, most pressing first, with reset times and extra usage", () => {
    const root = render(twoOrgs());
    expect(Array.from(root.querySelectorAll("h2")).map((h) => h.textContent)).toEqual([
      "ada@example.com · Ada's Individual Org",
      "ada@example.com · Team Org",
    ]);
    expect(rows(root)).toEqual([
      ["7-day Fable", "84%", "resets in 1465d 18h · Fri 29 Nov 2030, 06:00"],
      ["7-day", "60%", "resets in 1465d 18h · Fri 29 Nov 2030, 06:00"],
      ["5-hour", "27.4%", "resets in 1461d 6h · Sun 24 Nov 2030, 18:42"],
      ["7-day Opus", "10%", "resets in 1465d 18h · Fri 29 Nov 2030, 06:00"],
      ["7-day", "78%", "resets in 1465d 18h · Fri 29 Nov 2030, 06:00"],
      ["7-day Opus", "1%", "resets in 1464d 21h · Thu 28 Nov 2030, 09:15"],
      ["5-hour", "<1%", "resets in 1461d 6h · Sun 24 Nov 2030, 18:42"],
      ["7-day Sonnet", "0%", "not started"],
    ]);
    expect(Array.from(root.querySelectorAll(".extra")).map((n) => n.textContent)).toEqual([
      "Extra usage: €534.11 of €550.00 · 97% · disabled · Out of credits",
      "Extra usage: disabled",
    ]);
    expect(root.querySelector(".status")?.textContent).toBe("Updated 40 s ago · Tue 24 Nov, 11:59");
    expect(root.querySelector(".source-error")?.textContent).toBe("subscription: 500");
    // Severity drives the colour class; a sub-1 % window still shows a sliver of bar.
    expect(root.querySelector('[data-window="seven_day_fable"]')?.className).toBe("window warning active");
    const tiny = root.querySelectorAll<HTMLElement>('[data-window="five_hour"] .fill')[1];
    expect(tiny.style.width).toBe("1%");
  });

  test("server strings are text, never markup", () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const state = polled([
      snapshot(
        {
          seven_day_x: { utilization: 5, resets_at: null },
          limits: [{ kind: "weekly_scoped", percent: 9, scope: { model: { display_name: hostile } } }],
        },
        { org_name: hostile, account_email: "<b>ada</b>", errors: [hostile] },
      ),
    ]);
    const root = render(state);
    expect(root.querySelector("img, b")).toBeNull();
    expect(root.querySelector("h2")?.textContent).toBe(`<b>ada</b> · ${hostile}`);
    expect(root.textContent).toContain(`7-day ${hostile}`);
    expect(root.textContent).toContain("7-day X (new)");
  });

  test("a failure shows the reason and the age of the last good reading above it", () => {
    const root = render(nextState(twoOrgs(), { error: "not signed in to claude.ai (401)" }, NOW));
    const status = Array.from(root.querySelectorAll(".status")).map((n) => [n.className, n.textContent]);
    expect(status).toEqual([
      ["status error", "not signed in to claude.ai (401)"],
      ["status", "Last good reading 40 s ago · Tue 24 Nov, 11:59"],
    ]);
    expect(rows(root)).toHaveLength(8);
  });

  test("no state yet, problems, and a stored reading that no longer parses", () => {
    expect(render(null).textContent).toBe("No reading yet: the companion asks claude.ai every minute.");
    const problems = render(polled([snapshot({})], ["Team Org: usage 429"]));
    expect(problems.querySelector(".problem")?.textContent).toBe("Team Org: usage 429");
    expect(problems.querySelector(".empty")?.textContent).toBe("No windows in this reading.");
    const broken = render({ ...polled([]), snapshots: [{ org_uuid: 5 }] });
    expect(broken.querySelector(".error")?.textContent).toMatch(/^Stored reading unreadable: snapshot \[0\]\.org_uuid/);
  });

  test("while backing off after a 429 it says when it asks claude.ai again", () => {
    const root = render(
      nextState(twoOrgs(), { error: "claude.ai account: 429", throttle: { retryAfterMs: null } }, NOW),
    );
    expect(Array.from(root.querySelectorAll(".status")).map((n) => n.textContent)).toEqual([
      "claude.ai account: 429",
      "claude.ai asked to slow down (429): next try 12:01 (in 1m)",
      "Last good reading 40 s ago · Tue 24 Nov, 11:59",
    ]);
  });
});
