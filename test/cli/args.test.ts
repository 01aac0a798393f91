/** parseOptions, the option parser of every sub-command: exactly what node's parseArgs makes of the arguments. */
import { parseArgs } from "node:util";
import { parseOptions, SOURCE_OPTIONS, UsageError } from "../../src/cli/args";

const options = {
  ...SOURCE_OPTIONS,
  json: { type: "boolean", default: false },
  format: { type: "string", default: "{five_hour}" },
  logs: { type: "string" },
  tag: { type: "string", multiple: true },
  verbose: { type: "boolean", multiple: true },
  help: { type: "boolean", short: "h", default: false },
} as const;

/** The parsed values, or the error's message (parseOptions's errors are UsageErrors). */
function outcome(parse: () => unknown): unknown {
  try {
    return parse();
  } catch (error) {
    return { error: (error as Error).message };
  }
}

test.each(
  [
    [],
    ["--no-bridge"],
    ["--no-bridge", "--no-oauth"],
    ["--help", "--help"],
    ["--keychain", "--json"],
    ["-h"],
    ["--verbose", "--verbose"],
    ["--format", "{seven_day}", "--no-oauth"],
    ["--format={seven_day}"],
    ["--file", "a.json"],
    ["--tag", "a"],
    ["--bogus"],
    ["--help=true"],
    ["--no-help"],
    ["--"],
    ["x"],
    ["--no-bridge", "x"],
    ["--format"],
  ].map((args) => [args]),
)("%j: the same as node's parseArgs", (args) => {
  const parsed = outcome(() => parseOptions({ args, options })) as { values?: object };
  const expected = outcome(() => parseArgs({ args, options })) as { values?: object };
  expect(parsed).toEqual(expected);
  if (parsed.values && expected.values) {
    // The same object, down to its key order and its null prototype.
    expect(Object.keys(parsed.values)).toEqual(Object.keys(expected.values));
    expect(Object.getPrototypeOf(parsed.values)).toBe(Object.getPrototypeOf(expected.values));
  }
});

test("a bad option is a UsageError; a config with more than options and args goes to parseArgs", () => {
  expect(() => parseOptions({ args: ["--bogus"], options })).toThrow(UsageError);
  expect(parseOptions({ args: ["x"], options, allowPositionals: true })).toEqual(
    parseArgs({ args: ["x"], options, allowPositionals: true }),
  );
});
