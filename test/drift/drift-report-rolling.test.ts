import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { driftReport } from "../../src/drift/drift-report";
import { rollingDriftReport } from "../../src/drift/drift-report-rolling";
import { generateColumns } from "../../src/synth/generate-columns";
import { SCENARIOS } from "../../src/synth/scenarios";
import { InvalidParameterError } from "../../src/util/errors";

const Arrow = createRequire(`${process.cwd()}/package.json`)("apache-arrow") as typeof import("apache-arrow");
const H = 3_600_000;
const T0 = Date.parse("2024-03-01T00:00:00Z");

describe("rollingDriftReport: windows", () => {
  // Rows at 00:00, 00:59:59.999, 01:00 (boundary → second window), 02:30, and one at 05:10 after two empty hours.
  const ts = [T0, T0 + H - 1, T0 + H, T0 + 2.5 * H, T0 + 5 * H + 600_000];
  const current = { ts, x: [1, 2, 3, 4, 5] };
  const reference = { x: [1, 2, 3, 4, 5] };

  it("1h windows start on the hour (midnight UTC origin); a row on a boundary opens the next window", () => {
    const r = rollingDriftReport(reference, current, { timestampColumn: "ts", window: "1h" });
    expect(r.windows.map((w) => [w.startIso, w.rows])).toEqual([
      ["2024-03-01T00:00:00.000Z", 2], ["2024-03-01T01:00:00.000Z", 1], ["2024-03-01T02:00:00.000Z", 1], ["2024-03-01T05:00:00.000Z", 1],
    ]);
    expect(r.windows.map((w) => w.end - w.start)).toEqual([H, H, H, H]);
    expect(r.skippedWindows).toEqual([T0 + 3 * H, T0 + 4 * H]);
    expect(r.origin).toBe(T0);
    expect(r.windowMs).toBe(H);
  });

  it("each window's report equals driftReport on that window's rows", () => {
    const r = rollingDriftReport(reference, current, { timestampColumn: "ts", window: "1h" });
    expect(r.windows[0].report).toEqual(driftReport(reference, { x: [1, 2] }));
    expect(r.windows[3].report).toEqual(driftReport(reference, { x: [5] }));
  });

  it("24h and 7d windows, an explicit origin, a window in ms, minRows", () => {
    expect(rollingDriftReport(reference, current, { timestampColumn: "ts", window: "24h" }).windows.map((w) => w.rows)).toEqual([5]);
    expect(rollingDriftReport(reference, current, { timestampColumn: "ts", window: "7d" }).windowMs).toBe(7 * 24 * H);
    const shifted = rollingDriftReport(reference, current, { timestampColumn: "ts", window: 2 * H, origin: "2024-03-01T01:00:00Z" });
    expect(shifted.windows.map((w) => [w.startIso, w.rows])).toEqual([
      ["2024-02-29T23:00:00.000Z", 2], ["2024-03-01T01:00:00.000Z", 2], ["2024-03-01T05:00:00.000Z", 1],
    ]);
    const min2 = rollingDriftReport(reference, current, { timestampColumn: "ts", window: "1h", minRows: 2 });
    expect(min2.windows.map((w) => w.rows)).toEqual([2]);
    expect(min2.skippedWindows).toHaveLength(5);
  });

  it("reads Arrow timestamp columns and Dates; missing timestamps are counted and left out", () => {
    const table = Arrow.tableFromArrays({ x: Float64Array.from([1, 2, 3, 4, 5]) });
    const tsVector = Arrow.vectorFromArray(ts.map((t) => new Date(t)), new Arrow.TimestampMillisecond());
    const withTs = table.assign(new Arrow.Table({ ts: tsVector }));
    const a = rollingDriftReport(reference, withTs, { timestampColumn: "ts", window: "1h" });
    expect(a.windows.map((w) => w.rows)).toEqual([2, 1, 1, 1]);
    const records = ts.map((t, i) => ({ ts: i === 2 ? null : new Date(t), x: i + 1 }));
    const b = rollingDriftReport(reference, records, { timestampColumn: "ts", window: "1h" });
    expect(b.rowsWithoutTimestamp).toBe(1);
    expect(b.windows.map((w) => w.rows)).toEqual([2, 1, 1]);
  });
});

describe("rollingDriftReport over synth's drifting_features (90 days, gradual covariate shift, seed 3)", () => {
  const rows = 9000;
  const gen = generateColumns(SCENARIOS.drifting_features, { rows, seed: 3 });
  const cols = (from: number, to: number) => ({
    ts: { values: gen.columns.ts.values.subarray(from, to), type: "timestamp" },
    age: { values: gen.columns.age.values.subarray(from, to) },
    sales_channel: { values: gen.columns.sales_channel.values.subarray(from, to), dictionary: gen.columns.sales_channel.dictionary },
    session_minutes: { values: gen.columns.session_minutes.values.subarray(from, to) },
  });
  const r = rollingDriftReport(cols(0, 1000), cols(0, rows), { timestampColumn: "ts", window: "24h" });

  it("24h windows match the generator's daily batches (100 rows per day)", () => {
    expect(r.windows).toHaveLength(90);
    expect(r.windows.every((w) => w.rows === 100)).toBe(true);
    expect(r.windows[0].start).toBe(Date.parse(gen.params.startTime));
  });

  it("the PSI series has one point per window and tested column; age's PSI climbs into the significant band", () => {
    expect(r.psiSeries).toHaveLength(90 * 3);
    const age = r.psiSeries.filter((p) => p.column === "age");
    expect(age[0].band).toBe("stable");
    expect(age[89].band).toBe("significant");
    expect(r.windows[89].report.columns.find((c) => c.name === "age")!.drifted).toBe(true);
    expect(r.windows[0].report.columns.find((c) => c.name === "session_minutes")!.drifted).toBe(false);
  });

  it("is frozen and JSON-serialisable", () => {
    expect(Object.isFrozen(r.windows[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

describe("rollingDriftReport: bad inputs", () => {
  const ref = { x: [1, 2, 3] };
  const cur = { ts: [T0, T0 + H], x: [1, null] };
  it("a missing timestampColumn, a bad window, too many windows", () => {
    const e = (() => { try { rollingDriftReport(ref, cur, { timestampColumn: "time", window: "1h" }); } catch (err) { return err as Error; } })();
    expect(e).toBeInstanceOf(InvalidParameterError);
    expect(e!.message).toBe('rollingDriftReport: timestampColumn must be a column of current (it has ts, x); got "time"');
    expect(() => rollingDriftReport(ref, cur, { timestampColumn: "ts", window: "1d" as never })).toThrow(/window must be "1h", "24h", "7d" or a number of ms .*; got "1d"/);
    expect(() => rollingDriftReport(ref, cur, { timestampColumn: "ts", window: 1 })).toThrow(/window must be a window giving at most 10000 windows/);
  });
  it("a column all missing in one window names the window and the column", () => {
    expect(() => rollingDriftReport(ref, cur, { timestampColumn: "ts", window: "1h" }))
      .toThrow(/rollingDriftReport: current\[2024-03-01T01:00:00\.000Z\]\.x must be a column with at least one non-missing value/);
  });
});
