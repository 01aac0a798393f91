import { attributeWindows } from "../../../src/core/ledger/attribute";
import { parseLine } from "../../../src/core/ledger/line";
import { mergeSnapshots } from "../../../src/core/merge";
import { toJsonReport } from "../../../src/core/report";
import { snapshotsFromDocument } from "../../../src/core/snapshot";
import { buildView } from "../../../src/core/view";
import { fixture } from "../../fixtures";
import { decodeProjectFolder, projectName } from "../../../src/core/ledger/project";
import { mergeRecords, PackedRecordSet, packRecords } from "../../../src/core/ledger/packed";
import { addRecord, type LedgerRecord, type LedgerRecords } from "../../../src/core/ledger/record";
import { summarizeSpan } from "../../../src/core/ledger/span";
import {
  emptyState,
  parseStateHead,
  parseStateRecords,
  serializeState,
  type StoredParts,
} from "../../../src/core/ledger/state";
import { nextCache, type CachedSpan } from "../../../src/core/ledger/summary-cache";
import { formatTokens, localLine, localMarkdown } from "../../../src/core/ledger/text";
import { currentSpans, windowSpan } from "../../../src/core/ledger/windows";

const line = (over: Record<string, unknown> = {}, message: Record<string, unknown> = {}) =>
  JSON.stringify({
    type: "assistant",
    timestamp: "2030-11-24T09:00:00.000Z",
    cwd: "/Users/ada/src/api-server",
    message: {
      id: "msg_1",
      model: "claude-opus-4-5-20251101",
      stop_reason: "end_turn",
      usage: { input_tokens: 1, output_tokens: 2, cache_creation_input_tokens: 3, cache_read_input_tokens: 4 },
      ...message,
    },
    ...over,
  });

const record = (over: Partial<LedgerRecord> = {}): LedgerRecord => ({
  id: "msg_1",
  at: Date.parse("2030-11-24T09:00:00Z"),
  model: "claude-opus-4-5-20251101",
  project: "/Users/ada/src/api-server",
  input: 1,
  output: 2,
  cacheCreation: 3,
  cacheRead: 4,
  final: true,
  ...over,
});

describe("parseLine", () => {
  test("an assistant line: tokens kept apart by kind, project from cwd", () => {
    expect(parseLine(line(), "/fallback")).toEqual({ kind: "record", record: record() });
  });

  test("spaces after the colons read the same", () => {
    expect(parseLine(line().replace(/":/g, '": '), "/x")).toEqual({ kind: "record", record: record() });
  });

  test("no cwd: the project folder decoded; missing cache counts are 0; no stop_reason is not final", () => {
    const text = line({ cwd: undefined }, { stop_reason: null, usage: { input_tokens: 5, output_tokens: 6 } });
    expect(parseLine(text, "/Users/ada/web")).toEqual({
      kind: "record",
      record: record({ project: "/Users/ada/web", input: 5, output: 6, cacheCreation: 0, cacheRead: 0, final: false }),
    });
  });

  test("<synthetic>, user lines with a usage and summaries are ignored, not malformed", () => {
    expect(parseLine(line({}, { model: "<synthetic>" }), "/x").kind).toBe("ignored");
    expect(parseLine(JSON.stringify({ type: "user", toolUseResult: { usage: { input_tokens: 9 } } }), "/x").kind).toBe(
      "ignored",
    );
    expect(parseLine('{"type":"summary","summary":"usage"}', "/x").kind).toBe("ignored");
  });

  test("half a line, a bad timestamp, negative or missing counts are malformed", () => {
    expect(parseLine(line().slice(0, 80), "/x").kind).toBe("malformed");
    expect(parseLine(line({ timestamp: "yesterday" }), "/x").kind).toBe("malformed");
    expect(parseLine(line({}, { usage: { input_tokens: -1, output_tokens: 1 } }), "/x").kind).toBe("malformed");
    expect(parseLine(line({}, { usage: { input_tokens: 1 } }), "/x").kind).toBe("malformed");
    expect(parseLine(line({ uuid: undefined }, { id: undefined }), "/x").kind).toBe("malformed");
  });

  test("no message id: keyed by the line's uuid", () => {
    const r = parseLine(line({ uuid: "u-7" }, { id: undefined }), "/x");
    expect(r.kind === "record" && r.record.id).toBe("uuid:u-7");
  });
});

describe("one record per message id", () => {
  const partial = record({ final: false, output: 1, at: Date.parse("2030-11-24T09:00:05Z") });
  const final = record({ final: true, output: 800, at: Date.parse("2030-11-24T09:00:04Z") });

  test("the line with a stop_reason wins whatever the order; else the latest; ties keep the larger", () => {
    const winner = (a: LedgerRecord, b: LedgerRecord) => {
      const records: LedgerRecords = new Map();
      addRecord(records, a);
      addRecord(records, b);
      return records.get("msg_1");
    };
    const later = record({ final: false, at: 2 });
    expect(winner(record({ final: false, at: 1 }), later)).toBe(later);
    const larger = record({ at: 1, output: 9 });
    expect(winner(larger, record({ at: 1, output: 2 }))).toBe(larger);
    const first = record();
    expect(winner(first, record())).toBe(first);
    for (const order of [
      [partial, final],
      [final, partial],
    ]) {
      const records: LedgerRecords = new Map();
      for (const r of order) addRecord(records, r);
      expect([...records.values()]).toEqual([final]);
    }
  });

  test("stored records merged with new lines: what adding each line to a map gives, in the same order", () => {
    const lines: LedgerRecord[] = [];
    for (let k = 0; k < 400; k += 1) {
      // Ids repeat; instants, finality and counts vary so that every branch of the rule is taken.
      const id = `m${(k * 7) % 90}`;
      const model = ["claude-opus-4-5", "claude-haiku-4-5", "claude-sonnet-4-5"][k % 3];
      const line = record({
        id,
        at: 1000 + ((k * 13) % 50),
        final: k % 5 === 0,
        output: k % 4,
        model,
        project: `/p${k % 7}`,
      });
      // Now and then a copy equal under the rule but from another project: the first of equals stays.
      lines.push(line, ...(k % 3 === 0 ? [{ ...line, project: "/copy" }] : []));
    }
    // Splits that fall between a line and its copy too.
    for (const split of [0, 1, 2, 3, 4, 150, 151, 152, lines.length - 1, lines.length]) {
      for (const from of [0, 1010, 1049]) {
        const map: LedgerRecords = new Map();
        for (const r of lines.slice(0, split)) addRecord(map, r);
        const base = packRecords(map.values(), map.size);
        const incoming: LedgerRecords = new Map();
        for (const r of lines.slice(split)) if (r.at >= from) addRecord(incoming, r);
        const merged = mergeRecords(base, incoming, from);
        // The same lines one by one: drop the old ones, then add each new line.
        for (const [id, r] of map) if (r.at < from) map.delete(id);
        let changed = false;
        for (const r of lines.slice(split)) if (r.at >= from && addRecord(map, r)) changed = true;
        expect([...new PackedRecordSet(merged.packed).values()]).toEqual([...map.values()]);
        expect(merged.changed).toBe(changed);
      }
    }
  });

  test("names only dropped records used are dropped with them; the oldest instant is read from the column", () => {
    const base = packRecords([record({ id: "a", at: 10, model: "old" }), record({ id: "b", at: 20 })], 2);
    expect(new PackedRecordSet(base).oldest()).toBe(10);
    const merged = mergeRecords(base, new Map(), 15);
    expect([merged.packed.ids, merged.packed.models, merged.changed]).toEqual([["b"], [record().model], false]);
    expect(new PackedRecordSet({ ids: [], models: [], projects: [], rows: new Float64Array(0) }).oldest()).toBe(
      Infinity,
    );
    // A stored record and a new line equal under the rule: the stored one stays, nothing changed.
    const equal = new Map([["b", record({ id: "b", at: 20, project: "/other" })]]);
    const kept = mergeRecords(base, equal, 0);
    expect([[...new PackedRecordSet(kept.packed).values()][1].project, kept.changed]).toEqual([
      record().project,
      false,
    ]);
  });
});

describe("spans", () => {
  const records = [
    record({ id: "a", at: Date.parse("2030-11-24T07:00:00Z"), input: 100, output: 0, cacheCreation: 0, cacheRead: 0 }),
    record({
      id: "b",
      at: Date.parse("2030-11-24T06:59:59.999Z"),
      input: 1000,
      output: 0,
      cacheCreation: 0,
      cacheRead: 0,
    }),
    record({
      id: "c",
      at: Date.parse("2030-11-24T12:00:00Z"),
      model: "claude-3-5-sonnet-20241022",
      project: "/Users/ada/src/web",
      input: 0,
      output: 300,
      cacheCreation: 0,
      cacheRead: 0,
    }),
  ];
  const from = new Date("2030-11-24T07:00:00Z");
  const to = new Date("2030-11-24T12:00:00Z");

  test("inclusive instants at both ends, per model and per project with shares", () => {
    const s = summarizeSpan(records, { from, to, family: null });
    expect(s.messages).toBe(2);
    expect(s.tokens).toEqual({ input: 100, output: 300, cacheCreation: 0, cacheRead: 0, total: 400 });
    expect(s.byModel).toEqual([
      { model: "claude-3-5-sonnet-20241022", messages: 1, total: 300 },
      { model: "claude-opus-4-5-20251101", messages: 1, total: 100 },
    ]);
    expect(s.byProject).toEqual([
      { project: "web", path: "/Users/ada/src/web", total: 300, share: 0.75 },
      { project: "api-server", path: "/Users/ada/src/api-server", total: 100, share: 0.25 },
    ]);
    expect(localLine(s)).toBe("This Mac's Claude Code in this window: 400 tokens — web 75%, api-server 25%");
  });

  test("a model-scoped cap counts only its family", () => {
    expect(summarizeSpan(records, { from, to, family: "sonnet" }).tokens.total).toBe(300);
    expect(summarizeSpan(records, { from, to, family: "haiku" }).tokens.total).toBe(0);
    expect(localLine(summarizeSpan([], { from, to, family: null }))).toBe(
      "This Mac's Claude Code in this window: 0 tokens",
    );
  });

  test("model families", () => {
    const family = (model: string) =>
      ["opus", "sonnet", "haiku"].filter(
        (f) => summarizeSpan([record({ model })], { from: new Date(0), to: new Date(9e15), family: f }).messages === 1,
      );
    expect(family("claude-opus-4-5-20251101")).toEqual(["opus"]);
    expect(family("claude-sonnet-4-5-20250929")).toEqual(["sonnet"]);
    expect(family("claude-3-5-haiku-20241022")).toEqual(["haiku"]);
    expect(family("claude-3.7-sonnet")).toEqual(["sonnet"]);
    expect(family("gpt-5")).toEqual([]);
  });

  test("a window with resets_at R and length L spans [R − L, now]", () => {
    const now = new Date("2030-11-24T12:00:00Z");
    const r = new Date("2030-11-24T14:00:00Z");
    expect(windowSpan("five_hour", r, now)).toEqual({ from: new Date("2030-11-24T09:00:00Z"), to: now, family: null });
    expect(windowSpan("seven_day", r, now)?.from).toEqual(new Date("2030-11-17T14:00:00Z"));
    expect(windowSpan("seven_day_opus", r, now)?.family).toBe("opus");
    expect(windowSpan("seven_day_fable_2_5", r, now)?.family).toBe("fable");
    expect(windowSpan("seven_day_oauth_apps", r, now)).toBeNull();
    expect(windowSpan("five_hour", null, now)).toBeNull();
    expect(windowSpan("monthly", r, now)).toBeNull();
  });

  test("default spans: the last reading's windows while its reset is ahead, else rolling", () => {
    const now = new Date("2030-11-24T12:00:00Z");
    const ahead = Date.parse("2030-11-24T14:00:00Z");
    const history = {
      "org:a|five_hour": [{ at: now.getTime() - 60_000, percent: 10, resetsAt: ahead }],
      "org:a|seven_day": [{ at: now.getTime() - 60_000, percent: 10, resetsAt: now.getTime() - 1 }],
    };
    const spans = currentSpans(history, now);
    expect(spans.five_hour.from).toEqual(new Date("2030-11-24T09:00:00Z"));
    expect(spans.seven_day.from).toEqual(new Date("2030-11-17T12:00:00Z"));
    expect(currentSpans({}, now).five_hour.from).toEqual(new Date("2030-11-24T07:00:00Z"));
  });
});

describe("state", () => {
  /** What the state file holds, read back: the header, then the records it announces (or null). */
  function parseState({ header, ids, rows }: StoredParts) {
    const parsed = parseStateHead(header.replace(/\n$/, ""));
    const records = parsed && parseStateRecords(parsed, ids.replace(/\n$/, ""), rows);
    return parsed && records && { ...parsed.head, records };
  }

  test("round trip; unreadable, foreign or inconsistent state is null", () => {
    const state = emptyState(["/p"], 5);
    state.files["/p/a.jsonl"] = { identity: "1:2", size: 10, mtimeMs: 1, offset: 8, skipped: 1, pendingTail: true };
    state.records.set("msg_1", record());
    state.records.set("msg_2", record({ id: "msg_2", model: "claude-haiku-4-5", final: false }));
    state.summaries.push({
      family: null,
      before: null,
      first: 1,
      last: 2,
      after: null,
      messages: 1,
      tokens: { input: 1, output: 0, cacheCreation: 0, cacheRead: 0, total: 1 },
      byModel: { model: ["m"], messages: [1], total: [1] },
      byProject: { project: ["p"], path: ["/p"], total: [1], share: [1] },
    });
    const back = parseState(serializeState(state));
    expect({ ...back, records: [...(back?.records.values() ?? [])] }).toEqual({
      ...state,
      records: [...state.records.values()],
    });
    expect(back?.records.size).toBe(2);
    const stored = serializeState(state);
    const rows = new Float64Array(0);
    expect(parseStateHead("{")).toBeNull();
    expect(parseStateHead(JSON.stringify({ version: 2 }))).toBeNull();
    // File marks are stored as columns: one of a different length is not a state.
    const head = JSON.parse(stored.header);
    expect(parseStateHead(JSON.stringify(head))?.head.files).toEqual(state.files);
    head.files.offset.push(3);
    expect(parseStateHead(JSON.stringify(head))).toBeNull();
    head.files.offset.pop();
    head.summaries[0].byProject.share.push(1);
    expect(parseStateHead(JSON.stringify(head))).toBeNull();
    expect(parseState({ ...stored, ids: stored.ids.replace('"msg_2"', "") })).toBeNull();
    expect(parseState({ ...stored, ids: "[1,2]\n" })).toBeNull();
    expect(parseState({ ...stored, rows })).toBeNull();
    expect(parseState({ ...stored, rows: stored.rows.subarray(1) })).toBeNull();
    // The second record's model index out of range, then a count that is not whole.
    const broken = stored.rows.slice();
    broken[8 + 1] = 7;
    expect(parseState({ ...stored, rows: broken })).toBeNull();
    const fraction = stored.rows.slice();
    fraction[3] = 0.5;
    expect(parseState({ ...stored, rows: fraction })).toBeNull();
  });
});

test("stored answers: the fresh first, each once, at most 16", () => {
  const answer = (messages: number): CachedSpan => ({
    family: null,
    before: null,
    first: null,
    last: null,
    after: null,
    messages,
    tokens: { input: 0, output: 0, cacheCreation: 0, cacheRead: 0, total: 0 },
    byModel: { model: [], messages: [], total: [] },
    byProject: { project: [], path: [], total: [], share: [] },
  });
  expect(nextCache([answer(1), answer(1)], [answer(2), answer(1)]).map((c) => c.messages)).toEqual([1, 2]);
  const many = Array.from({ length: 20 }, (_, i) => answer(i));
  expect(nextCache(many.slice(0, 10), many.slice(10)).map((c) => c.messages)).toEqual(
    many.slice(0, 16).map((c) => c.messages),
  );
});

test("project names and token counts", () => {
  expect(decodeProjectFolder("-Users-ada-web")).toBe("/Users/ada/web");
  expect(projectName("/Users/ada/src/api-server")).toBe("api-server");
  expect(projectName("C:\\src\\tool")).toBe("tool");
  expect([950, 45_450, 1_900_000, 2_500_000_000].map(formatTokens)).toEqual(["950", "45.5 k", "1.9 M", "2.5 B"]);
});

describe("attribution to the server's windows", () => {
  const now = new Date("2030-11-24T12:00:00Z");
  const view = buildView(
    mergeSnapshots(snapshotsFromDocument(fixture("usage-limits-spend.json"), "file usage.json"), {
      now,
      staleAfterMs: 600_000,
    }),
    now,
  );
  const records = [
    record({ id: "o", model: "claude-opus-4-5-20251101", at: Date.parse("2030-11-24T11:00:00Z"), input: 10 }),
    record({ id: "s", model: "claude-sonnet-4-5", at: Date.parse("2030-11-24T11:30:00Z"), input: 5 }),
  ];
  const local = attributeWindows(view, records);
  const byKey = (key: string) => [...local].find(([w]) => w.key === key)?.[1];

  test("each window gets its span; a model cap its family; --json carries it as local", () => {
    expect(byKey("seven_day")?.tokens.total).toBe(33);
    expect(byKey("seven_day_opus")?.tokens.total).toBe(19);
    const windows = toJsonReport(view, [], local).accounts[0].windows;
    expect(windows.find((w) => w.key === "seven_day_opus")?.local).toMatchObject({
      from: "2030-11-22T06:00:00.000Z",
      to: "2030-11-24T12:00:00.000Z",
      messages: 1,
      by_model: [{ model: "claude-opus-4-5-20251101", messages: 1, total: 19 }],
    });
    expect(toJsonReport(view).accounts[0].windows.every((w) => w.local === null)).toBe(true);
  });

  test("the detail pane's section says how far a first scan is and what the logs cannot see", () => {
    const md = localMarkdown(byKey("seven_day")!, { bytesDone: 120e6, bytesTotal: 300e6, complete: false });
    expect(md).toContain("This Mac's Claude Code in this window: 33 tokens — api-server 100%");
    expect(md).toContain("claude-opus-4-5-20251101 19 · claude-sonnet-4-5 14");
    expect(md).toContain("_Still reading the logs (120 MB of 300 MB); the rest on the next runs._");
    expect(md).toContain("not claude.ai in a browser, not other machines");
  });
});
