import { parseSnapshotArray, snapshotsFromDocument } from "../../src/core/snapshot";
import { reviveSnapshots, storeSnapshots } from "../../src/core/snapshot-json";
import { fixture } from "../fixtures";

test("snapshots survive a round trip through JSON text with their dates", () => {
  const snapshots = [
    ...parseSnapshotArray(fixture("bridge-post.json"), "bridge"),
    ...snapshotsFromDocument(fixture("usage-limits-spend.json"), "file usage.json"),
  ];
  snapshots[0].usage.extraUsage = {
    ...snapshots[0].usage.extraUsage!,
    disabledUntil: new Date("2026-12-01T00:00:00Z"),
  };
  const text = JSON.stringify(storeSnapshots(snapshots));
  const revived = reviveSnapshots(JSON.parse(text));
  expect(revived).toEqual(snapshots);
  expect(revived[0].fetchedAt).toBeInstanceOf(Date);
  expect(revived[0].usage.windows[0].resetsAt).toBeInstanceOf(Date);
  expect(revived[0].usage.extraUsage?.disabledUntil).toBeInstanceOf(Date);
  expect(revived[2].fetchedAt).toBeNull();
});
