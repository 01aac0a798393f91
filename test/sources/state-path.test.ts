import { homedir } from "node:os";
import { join } from "node:path";
import { defaultStatePath } from "../../src/sources/state-path";

test("XDG_STATE_HOME wins on every platform", () => {
  expect(defaultStatePath({ XDG_STATE_HOME: "/x", HOME: "/h" }, "darwin")).toBe("/x/claude-plan-meter/state.json");
});

test("else under $HOME: the macOS support folder, ~/.local/state elsewhere", () => {
  expect(defaultStatePath({ HOME: "/h" }, "darwin")).toBe(
    "/h/Library/Application Support/claude-plan-meter/state.json",
  );
  expect(defaultStatePath({ HOME: "/h" }, "linux")).toBe("/h/.local/state/claude-plan-meter/state.json");
});

test("without $HOME, the home the system names", () => {
  expect(defaultStatePath({}, "linux")).toBe(join(homedir(), ".local/state/claude-plan-meter/state.json"));
});
