/**
 * etlRun, eltRun and eltTransform on a real DuckDB: the two pipelines store the same
 * features, ELT also stores the raw events, and a schema change works in both. Times
 * are only checked to be present (no timed assertions).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidParameterError } from "../../src/util/errors";
import { eltRun, eltTransform } from "../../src/warehouse/elt-run";
import { etlRun } from "../../src/warehouse/etl-run";
import { DEFAULT_FEATURES, type FeatureDefinition } from "../../src/warehouse/feature-definition";
import type { PipelineRun } from "../../src/warehouse/pipeline-run";
import { openWarehouse, type Warehouse } from "../../src/warehouse/warehouse";

const source = { rows: 40000, seed: 3, params: { users: 1000 } };
const changed: FeatureDefinition = { ...DEFAULT_FEATURES, measures: [...DEFAULT_FEATURES.measures, "add_to_carts"] };
let etlWh: Warehouse;
let eltWh: Warehouse;
let etl: PipelineRun;
let elt: PipelineRun;

const featureRows = (wh: Warehouse, table: string) => wh.query(`SELECT * REPLACE (epoch_ms(window_start) AS window_start) FROM ${table} ORDER BY user_id, window_start`);

beforeAll(async () => {
  etlWh = await openWarehouse();
  eltWh = await openWarehouse();
  etl = await etlRun({ warehouse: etlWh, source });
  elt = await eltRun({ warehouse: eltWh, source });
}, 60_000);
afterAll(() => {
  etlWh.close();
  eltWh.close();
});

describe("etlRun and eltRun", () => {
  it("record their phases in pipeline order, with times, and the events extracted", () => {
    expect(etl.phases.map((p) => p.phase)).toEqual(["extract", "transform", "load"]);
    expect(elt.phases.map((p) => p.phase)).toEqual(["extract", "load", "transform"]);
    for (const run of [etl, elt]) {
      expect(run.phases.every((p) => p.seconds > 0)).toBe(true);
      expect(run.seconds).toBeCloseTo(run.phases.reduce((s, p) => s + p.seconds, 0), 12);
      expect(run.eventRows).toBe(40000);
    }
  });

  it("ETL stores only the feature tables; ELT the raw events too", async () => {
    expect(etl.tables.map((t) => [t.table, t.kind])).toEqual([["features_1h", "features"], ["features_24h", "features"], ["features_7d", "features"]]);
    expect(elt.tables.map((t) => [t.table, t.kind, t.rows]).slice(0, 1)).toEqual([["events", "raw", 40000]]);
    expect(elt.tables.slice(1)).toEqual(etl.tables);
    expect((await etlWh.query("SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'events'"))[0].n).toBe(0);
  });

  it("store identical feature values (the TypeScript transform equals the SQL one)", async () => {
    for (const t of etl.tables) {
      const [a, b] = await Promise.all([featureRows(etlWh, t.table), featureRows(eltWh, t.table)]);
      expect(a.length).toBe(t.rows);
      expect(b).toEqual(a);
    }
  });

  it("bytes: identical feature tables take identical space, the raw table much more, all in whole blocks", () => {
    expect(etl.bytes.raw).toBe(0);
    expect(etl.bytes.features).toBe(etl.bytes.total);
    expect(elt.bytes.features).toBe(etl.bytes.features);
    expect(elt.bytes.total).toBe(elt.bytes.raw + elt.bytes.features);
    expect(elt.bytes.raw).toBeGreaterThan(2 * elt.bytes.features);
    for (const b of [etl.bytes.total, elt.bytes.raw, elt.bytes.total]) expect(b % 65536).toBe(0);
    // columnar compression: well under the 4 + 4 + 8 + 1 + 4 + 1 + 8 = 30 bytes per event of the uncompressed columns
    expect(elt.bytes.raw / 40000).toBeLessThan(30);
    // row counts: every (user, hour) with an event, so the 1 h table is the largest and the 7 d one the smallest
    const rows = etl.tables.map((t) => t.rows);
    expect(rows[0]).toBeGreaterThan(rows[1]);
    expect(rows[1]).toBeGreaterThanOrEqual(rows[2]);
    expect(rows[2]).toBeLessThanOrEqual(1000);
  });

  it("repeat exactly: the same source gives the same rows and bytes", async () => {
    const again = await openWarehouse();
    try {
      const rerun = await eltRun({ warehouse: again, source });
      expect(rerun.bytes).toEqual(elt.bytes);
      expect(rerun.tables).toEqual(elt.tables);
    } finally {
      again.close();
    }
  }, 60_000);
});

describe("a schema change (add_to_carts added to every window)", () => {
  let etl2: PipelineRun;
  let elt2: PipelineRun;
  beforeAll(async () => {
    etl2 = await etlRun({ warehouse: etlWh, source, features: changed });
    elt2 = await eltTransform({ warehouse: eltWh, features: changed });
  }, 60_000);

  it("ETL re-runs all three phases, ELT only the transform", () => {
    expect(etl2.phases.map((p) => p.phase)).toEqual(["extract", "transform", "load"]);
    expect(elt2.phases.map((p) => p.phase)).toEqual(["transform"]);
    expect(etl2.eventRows).toBe(40000);
    expect(elt2.eventRows).toBe(0);
  });

  it("both pipelines now store the new column, with equal values and the same row counts as before", async () => {
    for (const run of [etl2, elt2]) {
      for (const t of run.tables.filter((x) => x.kind === "features")) expect(t.columns).toEqual(["user_id", "window_start", "events", "sessions", "dwell_s", "purchases", "add_to_carts"]);
    }
    expect(etl2.tables.map((t) => t.rows)).toEqual(etl.tables.map((t) => t.rows));
    for (const t of etl2.tables) expect(await featureRows(eltWh, t.table)).toEqual(await featureRows(etlWh, t.table));
    const [{ carts }] = await eltWh.query("SELECT sum(add_to_carts) AS carts FROM features_7d");
    const [{ n }] = await eltWh.query("SELECT count(*) AS n FROM events WHERE event_type = 'add_to_cart'");
    expect(carts).toBe(n);
    expect(n).toBeGreaterThan(0);
  });

  it("the raw events stay, the features grow", () => {
    expect(elt2.tables[0]).toEqual(elt.tables[0]);
    expect(etl2.bytes.features).toBeGreaterThan(etl.bytes.features);
    expect(elt2.bytes.features).toBeGreaterThan(0);
  });

  it("a removed window's table is dropped on the next run", async () => {
    const onlyHourly = await eltTransform({ warehouse: eltWh, features: { windows: { "1h": 3600 }, measures: ["events"] } });
    expect(onlyHourly.tables.map((t) => t.table)).toEqual(["events", "features_1h"]);
    expect((await eltWh.query("SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE 'features%'"))[0].n).toBe(1);
  });
});

describe("input checks", () => {
  it("reject a bad source, raw table name or definition, naming the parameter", async () => {
    await expect(etlRun({ warehouse: etlWh, source: { rows: 0, seed: 1 } })).rejects.toThrow(InvalidParameterError);
    await expect(etlRun({ warehouse: etlWh, source: { rows: 0, seed: 1 } })).rejects.toThrow(/etlRun: source\.rows must be .*; got 0/);
    await expect(eltRun({ warehouse: eltWh, source: { rows: 10, seed: -1 } })).rejects.toThrow(/eltRun: source\.seed must be an integer in \[0, 2\^53\); got -1/);
    await expect(eltRun({ warehouse: eltWh, source, rawTable: "raw events" })).rejects.toThrow(/eltRun: rawTable must be an identifier/);
    await expect(eltTransform({ warehouse: eltWh, features: { windows: { "1h": 0 }, measures: ["events"] } })).rejects.toThrow(/features\.windows\.1h must be a positive length in s.*; got 0/);
  });
});
