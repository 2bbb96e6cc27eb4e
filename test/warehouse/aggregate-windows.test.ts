import { describe, expect, it } from "vitest";
import { clickstream } from "../../src/synth/clickstream";
import { generateColumns } from "../../src/synth/generate-columns";
import type { Columns } from "../../src/synth/scenario";
import { InvalidParameterError } from "../../src/util/errors";
import { aggregateWindows } from "../../src/warehouse/aggregate-windows";
import { DEFAULT_FEATURES, featureTableName, FEATURE_MEASURES } from "../../src/warehouse/feature-definition";

const T0 = Date.UTC(2024, 0, 1);
const H = 3600_000;
const EVENTS = ["view", "click", "add_to_cart", "purchase"];

/** Seven hand-made events: user 7 in hours 0 and 1, user 3 in hour 0 (two sessions), one event before the origin. */
function handMade(sessionOrder: "sorted" | "shuffled" = "sorted"): Columns {
  const rows = [
    // user, session, ts, type, dwell
    [7, 0, T0 + 10, 0, 1.5],
    [7, 0, T0 + H + 5, 3, 2.0], // same session crosses into hour 1
    [3, 2, T0 + 20, 1, 4.0],
    [3, 3, T0 + 30, 2, 8.0],
    [3, 3, T0 + 40, 3, 16.0],
    [7, 5, T0 + H + 50, 0, 0.25],
    [3, 6, T0 - 1, 0, 1.0], // window index −1
  ];
  if (sessionOrder === "shuffled") rows.reverse();
  const col = (j: number) => rows.map((r) => r[j]);
  return {
    user_id: { type: "int32", values: Int32Array.from(col(0)) },
    session_id: { type: "int32", values: Int32Array.from(col(1)) },
    ts: { type: "timestamp", values: Float64Array.from(col(2)) },
    event_type: { type: "dictionary", values: Int32Array.from(col(3)), dictionary: EVENTS },
    dwell_s: { type: "float64", values: Float64Array.from(col(4)) },
  };
}

const asRows = (t: { rows: number; columns: Columns }) =>
  Array.from({ length: t.rows }, (_, r) => Object.fromEntries(Object.entries(t.columns).map(([k, c]) => [k, c.values[r]])));

describe("aggregateWindows", () => {
  it("computes per-user tumbling-window features by hand (1 h and 24 h), sorted by user then window", () => {
    const features = { windows: { "1h": 3600, "24h": 86400 }, measures: FEATURE_MEASURES };
    const [hourly, daily] = aggregateWindows(handMade(), features);
    expect([hourly.table, daily.table]).toEqual(["features_1h", "features_24h"]);
    expect(asRows(hourly)).toEqual([
      { user_id: 3, window_start: T0 - H, events: 1, sessions: 1, dwell_s: 1, views: 1, clicks: 0, add_to_carts: 0, purchases: 0 },
      { user_id: 3, window_start: T0, events: 3, sessions: 2, dwell_s: 28, views: 0, clicks: 1, add_to_carts: 1, purchases: 1 },
      { user_id: 7, window_start: T0, events: 1, sessions: 1, dwell_s: 1.5, views: 1, clicks: 0, add_to_carts: 0, purchases: 0 },
      { user_id: 7, window_start: T0 + H, events: 2, sessions: 2, dwell_s: 2.25, views: 1, clicks: 0, add_to_carts: 0, purchases: 1 },
    ]);
    expect(asRows(daily)).toEqual([
      { user_id: 3, window_start: T0 - 24 * H, events: 1, sessions: 1, dwell_s: 1, views: 1, clicks: 0, add_to_carts: 0, purchases: 0 },
      { user_id: 3, window_start: T0, events: 3, sessions: 2, dwell_s: 28, views: 0, clicks: 1, add_to_carts: 1, purchases: 1 },
      { user_id: 7, window_start: T0, events: 3, sessions: 2, dwell_s: 3.75, views: 2, clicks: 0, add_to_carts: 0, purchases: 1 },
    ]);
  });

  it("counts distinct sessions correctly when session ids are not in row order", () => {
    const features = { windows: { "1h": 3600 }, measures: FEATURE_MEASURES };
    expect(asRows(aggregateWindows(handMade("shuffled"), features)[0])).toEqual(asRows(aggregateWindows(handMade(), features)[0]));
  });

  it("keeps only the measures asked for, in their order, and honours the origin", () => {
    const [t] = aggregateWindows(handMade(), { windows: { "2h": 7200 }, measures: ["purchases", "events"], origin: "2024-01-01T01:00:00Z" });
    expect(Object.keys(t.columns)).toEqual(["user_id", "window_start", "purchases", "events"]);
    expect(asRows(t)).toEqual([
      { user_id: 3, window_start: T0 - H, purchases: 1, events: 4 },
      { user_id: 7, window_start: T0 - H, purchases: 0, events: 1 },
      { user_id: 7, window_start: T0 + H, purchases: 1, events: 2 },
    ]);
  });

  it("on a generated clickstream, conserves events and dwell in every window and matches the TSDoc example", () => {
    const events = generateColumns(clickstream, { rows: 1000, seed: 1, params: { users: 50 } });
    const tables = aggregateWindows(events.columns);
    expect(tables.map((t) => [t.table, t.rows])).toEqual([["features_1h", 123], ["features_24h", 46], ["features_7d", 46]]);
    const dwell = (events.columns.dwell_s.values as Float64Array).reduce((s, x) => s + x, 0);
    for (const t of tables) {
      expect((t.columns.events.values as Int32Array).reduce((s, x) => s + x, 0)).toBe(1000);
      expect((t.columns.dwell_s.values as Float64Array).reduce((s, x) => s + x, 0)).toBeCloseTo(dwell, 6);
    }
    expect(DEFAULT_FEATURES.measures).toEqual(["events", "sessions", "dwell_s", "purchases"]);
  });

  it("rejects missing columns, nulls, wrong types and bad definitions, naming the parameter", () => {
    const c = handMade();
    const { ts: _ts, ...noTs } = c;
    expect(() => aggregateWindows(noTs)).toThrow(InvalidParameterError);
    expect(() => aggregateWindows(noTs)).toThrow(/aggregateWindows: columns must be clickstream columns including ts/);
    const nulls = new Uint8Array(7);
    nulls[3] = 1;
    expect(() => aggregateWindows({ ...c, user_id: { ...c.user_id, nulls } })).toThrow(/columns\.user_id must be a column without nulls/);
    expect(() => aggregateWindows({ ...c, ts: { type: "float64", values: c.ts.values } })).toThrow(/columns\.ts must be a timestamp column; got "float64"/);
    expect(() => aggregateWindows(c, { windows: {}, measures: ["events"] })).toThrow(/features\.windows must be at least one window/);
    expect(() => aggregateWindows(c, { windows: { "1h": -1 }, measures: ["events"] })).toThrow(/features\.windows\.1h must be a positive length in s.*; got -1/);
    expect(() => aggregateWindows(c, { windows: { "1h": 3600 }, measures: ["clicks", "bounces" as never] })).toThrow(/features\.measures\[1\] must be one of .*; got "bounces"/);
    expect(() => aggregateWindows(c, { windows: { "1h": 3600 }, measures: ["events", "events"] })).toThrow(/features\.measures must be measures without repeats/);
    expect(() => aggregateWindows(c, { windows: { "1 h": 3600 }, measures: ["events"] })).toThrow(/features\.windows\.1 h must be an identifier/);
    expect(() => aggregateWindows(c, { windows: { "1h": 3600 }, measures: ["events"], origin: "2024-01-01" })).toThrow(/features\.origin must be an ISO-8601 date-time with a zone/);
  });
});

describe("featureTableName", () => {
  it("prefixes the window name and rejects names that are not identifiers", () => {
    expect(featureTableName("24h")).toBe("features_24h");
    expect(() => featureTableName("24 h")).toThrow(/featureTableName: windowName must be an identifier.*"features_24 h"/);
  });
});
