import { describeZodError, snapshotArraySchema } from "../../src/core/schema";
import { bridgeLabel, parseSnapshotArray, SnapshotShapeError, snapshotsFromDocument } from "../../src/core/snapshot";
import { fixture } from "../fixtures";

test("the companion's POST body parses unchanged: two orgs, overage and subscription null or present", () => {
  const [a, b] = parseSnapshotArray(fixture("bridge-post.json"), "bridge");
  expect(a).toMatchObject({
    source: "bridge",
    sourceLabel: "Browser bridge",
    orgUuid: "0b8e7d1c-0000-4000-8000-00000000b001",
    accountEmail: "ada@example.com",
    errors: [],
  });
  expect(a.fetchedAt?.toISOString()).toBe("2026-11-24T11:59:30.000Z");
  expect(a.overage).toMatchObject({ out_of_credits: false, monthly_credit_limit: 5000 });
  expect(a.subscription).toMatchObject({ next_charge_date: "2026-12-03", billing_interval: "monthly" });
  expect(a.usage.windows).toHaveLength(6);
  expect(b).toMatchObject({ overage: null, subscription: null, errors: ["overage: 404 Not Found"] });
  expect(b.usage.windows.find((w) => w.key === "five_hour")?.percent).toBe(0.42);
});

test("unknown top-level keys are dropped, optional keys default", () => {
  const parsed = snapshotArraySchema.parse([
    { org_uuid: "o", fetched_at: "2026-11-24T11:59:30Z", usage: {}, cookie: "sessionKey=secret" },
  ]);
  expect(parsed[0]).not.toHaveProperty("cookie");
  expect(parsed[0]).toMatchObject({ account_email: null, browser: "browser", overage: null, errors: [] });
});

test.each([
  [[{ fetched_at: "2026-11-24T11:59:30Z", usage: {} }], /^snapshot \[0\]\.org_uuid: /],
  [
    [{ org_uuid: "o", fetched_at: "yesterday", usage: {} }],
    /^snapshot \[0\]\.fetched_at: expected an ISO-8601 timestamp$/,
  ],
  [[{ org_uuid: "o", fetched_at: "2026-11-24T11:59:30Z", usage: [] }], /^snapshot \[0\]\.usage: /],
  [[{ org_uuid: "o", fetched_at: "2026-11-24T11:59:30Z", usage: {}, errors: "x" }], /^snapshot \[0\]\.errors: /],
  [{ snapshots: [] }, /^usage payload|expected an object/],
])("malformed snapshot arrays name the field: %j", (raw, message) => {
  const run = () => (Array.isArray(raw) ? parseSnapshotArray(raw, "bridge") : snapshotsFromDocument(raw, "f"));
  if (Array.isArray(raw)) {
    expect(run).toThrow(SnapshotShapeError);
    expect(run).toThrow(message);
  } else {
    // An object is read as a bare usage payload: no windows, no crash.
    expect(run()[0].usage.windows).toEqual([]);
  }
});

test("a document that is neither a payload nor an array is a shape error", () => {
  expect(() => snapshotsFromDocument("text", "f")).toThrow(SnapshotShapeError);
  expect(() => snapshotsFromDocument(null, "f")).toThrow(/expected an object, got null/);
});

test.each([
  ["extension", "Browser bridge"],
  ["", "Browser bridge"],
  ["chrome", "Chrome bridge"],
  ["arc", "Arc bridge"],
])("bridgeLabel(%p) = %s", (browser, label) => expect(bridgeLabel(browser)).toBe(label));

test("describeZodError without a path is the message alone", () => {
  const result = snapshotArraySchema.safeParse("nope");
  expect(result.success).toBe(false);
  if (!result.success) expect(describeZodError(result.error)).toMatch(/expected array/);
});
