/**
 * @jest-environment jsdom
 */
import { Clipboard, showInFinder } from "@raycast/api";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import InstallCompanion from "../src/install-companion";
import { actionsOf, renderCommand, runAction, setPreferences } from "./raycast";

const FOLDER = resolve(__dirname, "../assets/companion");

function renderInstall() {
  return renderCommand(<InstallCompanion />, { commandName: "install-companion" });
}

test("shows the three steps to load the shipped companion unpacked, with its folder", () => {
  const { container } = renderInstall();
  const markdown = container.querySelector("raycast-markdown")?.textContent ?? "";
  expect(markdown).toContain("1. Open the extensions page: `chrome://extensions`, `arc://extensions`");
  expect(markdown).toContain("2. Turn on **Developer mode**");
  expect(markdown).toContain("3. Click **Load unpacked** and choose this folder");
  expect(markdown).toContain(`\`${FOLDER}\``);
  expect(markdown).toContain("only to `http://127.0.0.1:63762`");
  expect(markdown).toContain(
    "The companion posts to port 63762, the default of Raycast's **Bridge Port** preference. If you change that preference, enter the same port under **Bridge port** in the companion's popup",
  );
  // The folder it points at is the real companion, manifest and all.
  expect(existsSync(join(FOLDER, "manifest.json"))).toBe(true);
});

test("reveals the folder in Finder and copies its path", async () => {
  const { container } = renderInstall();
  expect(actionsOf(container).map((a) => [a.title, a.kind, a.shortcut])).toEqual([
    ["Reveal Companion Folder", "show-in-finder", "cmd+shift+f"],
    ["Copy Folder Path", "copy-to-clipboard", "cmd+shift+,"],
    ["Open Claude.ai", "open-in-browser", undefined],
    ["Start Bridge", "action", "cmd+shift+b"],
  ]);
  await runAction(container, "Reveal Companion Folder");
  expect(showInFinder).toHaveBeenCalledWith(FOLDER);
  await runAction(container, "Copy Folder Path");
  expect(await Clipboard.readText()).toBe(FOLDER);
});

test("a changed Bridge Port: a fourth step to set the same port in the companion, and the address it posts to", () => {
  setPreferences({ bridgePort: "4100" });
  const markdown = renderInstall().container.querySelector("raycast-markdown")?.textContent ?? "";
  expect(markdown).toContain(
    "4. Your **Bridge Port** preference is 4100: click the companion's toolbar icon, enter `4100` under **Bridge port** and click **Save** (it starts at 63762).",
  );
  expect(markdown).toContain("only to `http://127.0.0.1:4100`");
  expect(markdown).not.toContain("63762`");
});

test("a mistyped Bridge Port still shows the steps, with the default port", () => {
  setPreferences({ bridgePort: "http://x" });
  const markdown = renderInstall().container.querySelector("raycast-markdown")?.textContent ?? "";
  expect(markdown).toContain("only to `http://127.0.0.1:63762`");
});
