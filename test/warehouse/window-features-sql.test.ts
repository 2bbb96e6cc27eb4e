import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clickstream } from "../../src/synth/clickstream";
import { generateColumns } from "../../src/synth/generate-columns";
import { InvalidParameterError } from "../../src/util/errors";
import { aggregateWindows } from "../../src/warehouse/aggregate-windows";
import { FEATURE_MEASURES } from "../../src/warehouse/feature-definition";
import { loadColumns } from "../../src/warehouse/load-columns";
import { openWarehouse, type Warehouse } from "../../src/warehouse/warehouse";
import { windowFeaturesSql } from "../../src/warehouse/window-features-sql";

let wh: Warehouse;
beforeAll(async () => {
  wh = await openWarehouse();
});
afterAll(() => wh.close());

describe("windowFeaturesSql", () => {
  it("writes the documented query", () => {
    expect(windowFeaturesSql("events", { windows: { "1h": 3600 }, measures: ["events"] })).toEqual([
      {
        window: "1h",
        table: "features_1h",
        sql: "SELECT user_id, epoch_ms(CAST(1704067200000 + floor((epoch_ms(ts) - 1704067200000) / 3600000) * 3600000 AS BIGINT))::TIMESTAMP_MS AS window_start, count(*)::INTEGER AS events FROM events GROUP BY 1, 2 ORDER BY 1, 2",
      },
    ]);
  });

  it("in DuckDB gives exactly the TypeScript aggregation (every measure, four windows, sessions over midnight)", async () => {
    const events = generateColumns(clickstream, { rows: 30000, seed: 5, params: { users: 800 } });
    await loadColumns(wh, "events", events.columns);
    const features = { windows: { "15min": 900, "1h": 3600, "24h": 86400, "7d": 604800 }, measures: FEATURE_MEASURES };
    const ts = aggregateWindows(events.columns, features);
    const statements = windowFeaturesSql("events", features);
    expect(statements.map((s) => s.table)).toEqual(ts.map((t) => t.table));
    for (const [k, s] of statements.entries()) {
      const sqlRows = await wh.query(`SELECT * REPLACE (epoch_ms(window_start) AS window_start) FROM (${s.sql})`);
      const t = ts[k];
      expect(sqlRows.length, s.table).toBe(t.rows);
      const names = Object.keys(t.columns);
      expect(Object.keys(sqlRows[0])).toEqual(names);
      for (let r = 0; r < t.rows; r++) {
        for (const name of names) {
          // one thread: DuckDB adds dwell_s in row order too, so even the sums agree to the bit
          if (sqlRows[r][name] !== t.columns[name].values[r]) expect([s.table, r, name, sqlRows[r][name]]).toEqual([s.table, r, name, t.columns[name].values[r]]);
        }
      }
    }
    expect(ts.map((t) => t.rows)).toEqual([...ts.map((t) => t.rows)].sort((a, b) => b - a)); // longer windows, fewer rows
  });

  it("rejects a bad table name or definition, naming the parameter", () => {
    expect(() => windowFeaturesSql("events; DROP", { windows: { "1h": 3600 }, measures: ["events"] })).toThrow(InvalidParameterError);
    expect(() => windowFeaturesSql("events; DROP")).toThrow(/windowFeaturesSql: rawTable must be an identifier.*"events; DROP"/);
    expect(() => windowFeaturesSql("events", { windows: { "1h": 3600 }, measures: [] })).toThrow(/windowFeaturesSql: features\.measures must be at least one of events/);
  });
});
