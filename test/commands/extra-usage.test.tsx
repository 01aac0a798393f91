/**
 * @jest-environment jsdom
 */
import { Clipboard, Color, showToast, Toast } from "@raycast/api";
import ExtraUsage from "../../src/extra-usage";
import { NO_SOURCE_ENABLED } from "../../src/hooks/use-usage";
import { fixture } from "../fixtures";
import { actionsOf, attributesOf, renderCommand, runAction, settle } from "../raycast";
import { bridgeFixture, bridgeSnapshot, fileFixture, pinClock, reader, useSources } from "./sources";

beforeEach(() => pinClock());
afterEach(() => jest.useRealTimers());

async function renderDetail() {
  const rendered = renderCommand(<ExtraUsage />, { commandName: "extra-usage" });
  await settle();
  return rendered.container;
}

const markdown = (container: HTMLElement) => container.querySelector("raycast-markdown")?.textContent ?? "";
const labels = (container: HTMLElement) =>
  Array.from(container.querySelectorAll("raycast-metadata-label, raycast-metadata-tag")).map((e) => {
    const a = attributesOf(e);
    return [a.title ?? "tag", a.text, a["text-color"] ?? a.color].filter((v) => v !== undefined);
  });

test("used vs limit per account, with utilization, state and the next charge", async () => {
  useSources(bridgeFixture());
  const container = await renderDetail();
  expect(markdown(container)).toBe(
    [
      "# Extra Usage",
      "## ada@example.com · org 0b8e7d1c…b001",
      "**$12.34** of **$50.00** this month (24.7%)",
      "`█████░░░░░░░░░░░░░░░`",
      "Extra usage is **enabled**.",
      "Next charge Thu, Dec 3, 2026 (monthly).",
      "## ada@example.com · org 0b8e7d1c…b002",
      "No amount reported",
      "Extra usage is **disabled**.",
    ].join("\n\n"),
  );
  expect(labels(container)).toEqual([
    ["Account", "ada@example.com · org 0b8e7d1c…b001"],
    ["tag", "Enabled", JSON.stringify(Color.Green)],
    ["Used", "$12.34"],
    ["Monthly limit", "$50.00"],
    ["Remaining", "$37.66"],
    ["Utilization", "24.7%", JSON.stringify(Color.Green)],
    ["Next charge", "Thu, Dec 3, 2026"],
    ["Billing", "Monthly"],
    ["Account", "ada@example.com · org 0b8e7d1c…b002"],
    ["tag", "Disabled", JSON.stringify(Color.SecondaryText)],
  ]);
});

test("spend in euros, out of credits", async () => {
  useSources(fileFixture("usage-limits-spend.json"));
  const container = await renderDetail();
  expect(markdown(container)).toContain("**€534.11** of **€550.00** this month (97%)");
  expect(markdown(container)).toContain("⚠️ Out of credits");
  expect(labels(container)).toContainEqual(["Utilization", "97%", JSON.stringify(Color.Orange)]);
  expect(labels(container)).toContainEqual(["Overage", "Out of credits", JSON.stringify(Color.Red)]);
});

test("yen have no minor unit; the overage pause shows until when", async () => {
  const usage = {
    five_hour: { utilization: 10, resets_at: "2030-01-01T00:00:00Z" },
    extra_usage: { is_enabled: true, monthly_limit: 5000, used_credits: 1200, utilization: 24, currency: "jpy" },
  };
  const overage = {
    is_enabled: false,
    monthly_credit_limit: 5000,
    currency: "JPY",
    used_credits: 1200,
    disabled_reason: "spend_limit_reached",
    disabled_until: "2026-12-01T00:00:00Z",
    out_of_credits: false,
  };
  useSources(reader("Chrome bridge", async () => [bridgeSnapshot(usage, 30, { overage })]));
  const container = await renderDetail();
  expect(markdown(container)).toContain("**¥1,200** of **¥5,000** this month (24%)");
  expect(labels(container)).toContainEqual([
    "Overage",
    "Spend limit reached · Disabled until Tue, Dec 1, 12:00 AM",
    JSON.stringify(Color.Red),
  ]);
});

test("no extra usage reported, and no data at all", async () => {
  useSources(reader("Chrome bridge", async () => [bridgeSnapshot(fixture("usage-new-window.json"))]));
  const container = await renderDetail();
  expect(markdown(container)).toMatch(/^No account reported extra usage/);
  expect(container.querySelector("raycast-metadata")).toBeNull();
  container.remove();

  useSources();
  expect(markdown(await renderDetail())).toBe(NO_SOURCE_ENABLED);
});

test("actions: refresh with a toast, settings page, copy JSON", async () => {
  const sources = useSources(bridgeFixture());
  const container = await renderDetail();
  expect(actionsOf(container).map((a) => [a.title, a.shortcut])).toEqual([
    ["Refresh", "cmd+r"],
    ["Open Claude.ai Usage Settings", "cmd+o"],
    ["Copy as JSON", "cmd+shift+j"],
  ]);
  await runAction(container, "Refresh");
  expect(sources).toHaveBeenCalledTimes(2);
  const toast = (await jest.mocked(showToast).mock.results.at(-1)?.value) as Toast;
  expect(toast).toMatchObject({ style: Toast.Style.Success, title: "Usage refreshed" });

  await runAction(container, "Copy as JSON");
  const copied = JSON.parse((await Clipboard.readText()) ?? "");
  expect(copied.accounts[0].extra_usage).toMatchObject({ used: 12.34, limit: 50, currency: "USD" });
});
