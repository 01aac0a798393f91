import { clip, printable } from "../../src/core/text";

test("clip keeps short text, and cuts long text at a word break when one is near", () => {
  expect(clip("7-day Opus", 32)).toBe("7-day Opus");
  expect(clip("Claude Code: Claude Code's login has expired: run `claude` once to refresh it", 72)).toBe(
    "Claude Code: Claude Code's login has expired: run `claude` once to…",
  );
  expect(clip("a".repeat(40), 10)).toBe(`${"a".repeat(9)}…`);
  expect(Array.from(clip("🙂".repeat(20), 10))).toHaveLength(10);
});

test("printable marks control characters", () => {
  expect(printable("a\u001b[2Jb")).toBe("a\uFFFD[2Jb");
});
