import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clickstream } from "../../src/synth/clickstream";
import { generateColumns } from "../../src/synth/generate-columns";
import type { Columns } from "../../src/synth/scenario";
import { InvalidParameterError } from "../../src/util/errors";
import { loadColumns } from "../../src/warehouse/load-columns";
import { openWarehouse, type Warehouse } from "../../src/warehouse/warehouse";

let wh: Warehouse;
beforeAll(async () => {
  wh = await openWarehouse();
});
afterAll(() => wh.close());

describe("loadColumns", () => {
  it("round-trips every supported column type, with nulls, across several data chunks", async () => {
    const n = 5000; // > 2 chunks of 2048 rows
    const nulls = new Uint8Array(n);
    nulls[1] = 1;
    nulls[2100] = 1;
    nulls[4999] = 1;
    const columns: Columns = {
      i: { type: "int32", values: Int32Array.from({ length: n }, (_, k) => k - 2500) },
      f: { type: "float64", values: Float64Array.from({ length: n }, (_, k) => k / 7), nulls },
      g: { type: "float32", values: Float32Array.from({ length: n }, (_, k) => k / 4) },
      b: { type: "bool", values: Uint8Array.from({ length: n }, (_, k) => k % 3 === 0 ? 1 : 0) },
      t: { type: "timestamp", values: Float64Array.from({ length: n }, (_, k) => Date.UTC(2024, 0, 1) + k * 1234567) },
      d: { type: "dictionary", values: Int32Array.from({ length: n }, (_, k) => k % 3), dictionary: ["a", "b'q", "c"] },
    };
    const result = await loadColumns(wh, "mixed", columns);
    expect(result.table).toBe("mixed");
    expect(result.rows).toBe(n);
    expect(result.seconds).toBeGreaterThan(0);
    const [agg] = await wh.query(
      "SELECT count(*) AS n, sum(i) AS si, count(f) AS nf, sum(g) AS sg, sum(b::INTEGER) AS sb, max(epoch_ms(t)) AS tmax, count(*) FILTER (WHERE d = 'b''q') AS dq FROM mixed",
    );
    let sf = 0;
    for (let k = 0; k < n; k++) if (!nulls[k]) sf += k / 7;
    expect(agg).toEqual({ n, si: -2500, nf: n - 3, sg: (n * (n - 1)) / 2 / 4, sb: Math.ceil(n / 3), tmax: Date.UTC(2024, 0, 1) + (n - 1) * 1234567, dq: Math.floor((n + 1) / 3) });
    const [{ s }] = await wh.query("SELECT sum(f) AS s FROM mixed");
    expect(s).toBeCloseTo(sf, 6);
    const nullRows = await wh.query("SELECT i + 2500 AS k FROM mixed WHERE f IS NULL ORDER BY k");
    expect(nullRows.map((r) => r.k)).toEqual([1, 2100, 4999]);
    const row = await wh.query("SELECT i, f, t::VARCHAR AS t, d::VARCHAR AS d FROM mixed WHERE i = 0");
    expect(row).toEqual([{ i: 0, f: 2500 / 7, t: "2024-02-05 17:20:17.5", d: "b'q" }]);
  });

  it("loads a generated clickstream with the values the generator produced", async () => {
    const events = generateColumns(clickstream, { rows: 3000, seed: 9 });
    await loadColumns(wh, "events", events.columns);
    const rows = await wh.query("SELECT user_id, session_id, epoch_ms(ts) AS ts, event_type::VARCHAR AS e, item_id, device::VARCHAR AS dv, dwell_s FROM events LIMIT 1 OFFSET 2999");
    const c = events.columns;
    expect(rows).toEqual([{
      user_id: c.user_id.values[2999], session_id: c.session_id.values[2999], ts: c.ts.values[2999],
      e: c.event_type.dictionary![c.event_type.values[2999]], item_id: c.item_id.values[2999],
      dv: c.device.dictionary![c.device.values[2999]], dwell_s: c.dwell_s.values[2999],
    }]);
  });

  it("replaces an existing table", async () => {
    await loadColumns(wh, "again", { x: { type: "int32", values: new Int32Array(10) } });
    await loadColumns(wh, "again", { y: { type: "float64", values: new Float64Array(4) } });
    expect(await wh.query("SELECT count(*) AS n FROM again")).toEqual([{ n: 4 }]);
  });

  it("rejects bad names, unequal lengths, embeddings and empty column sets, naming the parameter", async () => {
    const ok = { x: { type: "int32", values: new Int32Array(2) } } as Columns;
    await expect(loadColumns(wh, "1bad", ok)).rejects.toThrow(InvalidParameterError);
    await expect(loadColumns(wh, "bad name", ok)).rejects.toThrow(/loadColumns: tableName must be an identifier .*; got "bad name"/);
    await expect(loadColumns(wh, "t", { "x;drop": ok.x })).rejects.toThrow(/columns must be an identifier.*x;drop/);
    await expect(loadColumns(wh, "t", { ...ok, y: { type: "int32", values: new Int32Array(3) } })).rejects.toThrow(/loadColumns: columns\.y must be 2 rows, as x has; got "3 rows"/);
    await expect(loadColumns(wh, "t", { e: { type: "embedding", values: new Float32Array(4), size: 2 } })).rejects.toThrow(/columns\.e must be a column of type int32.*; got "embedding"/);
    await expect(loadColumns(wh, "t", {})).rejects.toThrow(/loadColumns: columns must be at least one column/);
  });
});
