/** Arrow schema checks: types, units in field metadata, zip codes as strings, IPC round trip. */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { arrowSchema, clickstream, generateColumns, creditApplications, generateTable, groundTruthOf, SCENARIOS, servingTrace, streamRecEmbeddings, SYNTH_METADATA_KEYS } from "../../src/synth";

// The library loads Arrow with require(); use the same (CommonJS) copy here, since Arrow
// classes from its ESM build are different objects.
const { tableFromIPC, tableToIPC } = createRequire(__filename)("apache-arrow") as typeof import("apache-arrow");

describe("generateTable", () => {
  it("clickstream: types and units", () => {
    const t = generateTable(clickstream, { rows: 500, seed: 1 });
    const type = (n: string) => String(t.schema.fields.find((f) => f.name === n)?.type);
    expect(type("ts")).toBe("Timestamp<MILLISECOND, UTC>");
    expect(type("event_type")).toBe("Dictionary<Int32, Utf8>");
    expect(type("user_id")).toBe("Int32");
    expect(type("dwell_s")).toBe("Float64");
    const unit = (n: string) => t.schema.fields.find((f) => f.name === n)?.metadata.get("unit");
    expect(unit("dwell_s")).toBe("s");
    expect(unit("ts")).toBe("ms");
    expect(t.getChild("ts")?.get(0)).toBeGreaterThanOrEqual(Date.UTC(2024, 0, 1));
    expect(["view", "click", "add_to_cart", "purchase"]).toContain(t.getChild("event_type")?.get(0));
    expect(t.schema.metadata.get(SYNTH_METADATA_KEYS.scenario)).toBe("clickstream");
    expect(JSON.parse(t.schema.metadata.get(SYNTH_METADATA_KEYS.params) as string).items).toBe(200000);
  });

  it("timestamps are the generated milliseconds rounded, as int64, also before 1970 (negative) and across 2^32 ms", () => {
    // 1969-12-31 23:00 UTC: the first hour is negative, and 2^32 ms (49.7 days) is crossed within the window.
    const params = { startTime: "1969-12-31T23:00:00Z", windowSeconds: 60 * 86_400 };
    const t = generateTable(clickstream, { rows: 20_000, seed: 3, params });
    const ms = generateColumns(clickstream, { rows: 20_000, seed: 3, params }).columns.ts.values as Float64Array;
    const stored = t.getChild("ts")!.data.flatMap((d) => Array.from(d.values as BigInt64Array));
    expect(stored).toEqual(Array.from(ms, (v) => BigInt(Math.round(v))));
    expect(stored.some((v) => v < 0n)).toBe(true);
    expect(stored.some((v) => v >= 2n ** 32n)).toBe(true);
  });

  it("every field of every scenario has a description; every unit-bearing column keeps it", () => {
    for (const [name, s] of Object.entries(SCENARIOS)) {
      const schema = arrowSchema(s, name === "streamrec_embeddings" ? { dim: 4 } : undefined);
      expect(schema.fields.map((f) => f.name)).toEqual(s.columnsFor(s.resolve(name === "streamrec_embeddings" ? { dim: 4 } : undefined)).map((c) => c.name));
      for (const f of schema.fields) expect(f.metadata.get("description"), `${name}.${f.name}`).toBeTruthy();
      for (const c of s.columns) if (c.unit) expect(schema.fields.find((f) => f.name === c.name)?.metadata.get("unit")).toBe(c.unit);
    }
  });

  it("credit: zip_code is a string that keeps its leading zeros, also after an IPC round trip", () => {
    const t = tableFromIPC(tableToIPC(generateTable(creditApplications, { rows: 5000, seed: 3 })));
    const zips = t.getChild("zip_code")?.toArray() as string[];
    expect(zips.every((z) => /^\d{5}$/.test(z))).toBe(true);
    const leading = zips.filter((z) => z.startsWith("0"));
    expect(leading.length).toBeGreaterThan(300); // ~10 % of 5,000
    expect(String(t.schema.fields.find((f) => f.name === "zip_code")?.type)).toBe("Dictionary<Int32, Utf8>");
    expect(t.getChild("application_date")?.get(0)).toMatch(/^2024-\d\d-\d\d$/);
    expect(t.schema.fields.find((f) => f.name === "income_usd")?.metadata.get("unit")).toBe("USD/yr");
  });

  it("serving trace: bool and per-stage ms fields", () => {
    const t = generateTable(servingTrace, { rows: 300, seed: 1 });
    expect(String(t.schema.fields.find((f) => f.name === "burst")?.type)).toBe("Bool");
    for (const n of ["network_ms", "model_ms", "total_ms", "batch_wait_ms"]) expect(t.schema.fields.find((f) => f.name === n)?.metadata.get("unit")).toBe("ms");
  });

  it("streamrec embeddings: FixedSizeList<Float32>[dim]", () => {
    const t = generateTable(streamRecEmbeddings, { rows: 10, seed: 1, params: { dim: 8 } });
    expect(String(t.schema.fields.find((f) => f.name === "embedding")?.type)).toBe("FixedSizeList[8]<Float32>");
    expect(t.getChild("embedding")?.get(3)?.length).toBe(8);
  });

  it("stores injection ground truth in the schema metadata", () => {
    const t = generateTable(creditApplications, { rows: 100, seed: 1, drift: [{ kind: "nullBurst", columns: ["income_usd"], rows: [10, 20] }] });
    const g = groundTruthOf(t);
    expect(g[0]).toMatchObject({ kind: "nullBurst", columns: ["income_usd"], rowRange: [10, 20], affectedRows: 10 });
    expect(t.getChild("income_usd")?.get(10)).toBeNull();
    expect(t.getChild("income_usd")?.get(9)).not.toBeNull();
    expect(t.getChild("income_usd")?.nullCount).toBe(10);
  });
});
