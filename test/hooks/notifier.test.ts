import { runAppleScript } from "@raycast/utils";
import { macNotifier } from "../../src/hooks/notifier";

jest.mock("@raycast/utils", () => ({ runAppleScript: jest.fn(async () => "") }));

test("title and message travel as AppleScript arguments, never inside the script text", async () => {
  const title = `Claude 7-day "Fable" is at 96%`;
  await macNotifier.notify({ id: "x", mark: "95", title, message: `resets in 2h \\ "soon"` });
  const [script, args] = jest.mocked(runAppleScript).mock.calls[0] as unknown as [string, string[]];
  expect(script).toContain("display notification (item 2 of argv) with title (item 1 of argv)");
  expect(script).not.toContain("Fable");
  expect(args).toEqual([title, `resets in 2h \\ "soon"`]);
});
