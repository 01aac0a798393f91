import { clip, findUnsafeText, printable } from "../../src/core/text";

describe("findUnsafeText", () => {
  test("clean JSON of any shape has none", () => {
    expect(findUnsafeText({ a: ["x", 1, null, { b: "Ada's Org — 5-hour ≥ 80 %" }], é: true }, 100)).toBeNull();
  });

  test.each([
    ["a BEL", { a: "ring\u0007" }, ["a"]],
    ["a newline", { a: ["ok", "two\nlines"] }, ["a", 1]],
    ["a right-to-left override", { org: { name: "gro\u202E" } }, ["org", "name"]],
    ["an Arabic letter mark", { x: "\u061C" }, ["x"]],
    ["a first-strong isolate", { x: "\u2068" }, ["x"]],
  ])("finds %s and names its path", (_what, value, path) => {
    expect(findUnsafeText(value, 100)).toEqual({ path, problem: "contains a control or bidi-override character" });
  });

  test("a string or key over the bound is named too", () => {
    expect(findUnsafeText({ a: { b: "x".repeat(11) } }, 10)).toEqual({
      path: ["a", "b"],
      problem: "text longer than 10 characters",
    });
    expect(findUnsafeText({ a: { ["k".repeat(11)]: 1 } }, 10)).toEqual({
      path: ["a", "k".repeat(11)],
      problem: "key text longer than 10 characters",
    });
    expect(findUnsafeText({ "bad\u0000key": 1 }, 10)?.problem).toBe(
      "key contains a control or bidi-override character",
    );
  });

  test("the first problem in document order is the one reported", () => {
    expect(findUnsafeText({ a: "ok", b: "\u0001", c: "\u0002" }, 10)?.path).toEqual(["b"]);
  });

  test("stays linear on deep nesting", () => {
    let deep: unknown = "end\u0007";
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    const found = findUnsafeText(deep, 10);
    expect(found?.path).toHaveLength(100_000);
  });
});

test("printable replaces what findUnsafeText refuses", () => {
  expect(printable("a\u0007b\u202Ec\u061Cd")).toBe("a\uFFFDb\uFFFDc\uFFFDd");
});

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
