/**
 * The danfojs adapter. danfojs-node is not installed (it needs npm overrides and is
 * large; see DANFO_INSTALL), so the conversion is tested with an injected DataFrame
 * constructor, and the missing-package path with the real resolver.
 */
import { createRequire } from "node:module";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { InvalidParameterError } from "../../src/util/errors";
import { DANFO_INSTALL, generateTable, MissingPackageError, SCENARIOS, toDanfo } from "../../src/synth";

class FakeFrame {
  constructor(readonly data: Record<string, unknown[]>, readonly options?: { columns?: string[] }) {}
}

describe("toDanfo", () => {
  it("passes column arrays with labels, numbers, booleans and Date timestamps", () => {
    const t = generateTable(SCENARIOS.fraud_transactions, { rows: 5, seed: 1 });
    const df = toDanfo(t, { DataFrame: FakeFrame });
    expect(df).toBeInstanceOf(FakeFrame);
    expect(df.options?.columns).toEqual(t.schema.fields.map((f) => f.name));
    expect(df.data.transaction_id).toEqual([0, 1, 2, 3, 4]);
    expect(df.data.ts[0]).toBeInstanceOf(Date);
    expect((df.data.ts[0] as Date).getTime()).toBe(Number(t.getChild("ts")?.get(0)));
    expect(df.data.payment_type.every((x) => typeof x === "string")).toBe(true);
    expect(df.data.card_present.every((x) => typeof x === "boolean")).toBe(true);
  });

  it("expands an embedding of size d into d columns and honours timestamps: 'iso'", () => {
    const t = generateTable(SCENARIOS.streamrec_embeddings, { rows: 3, seed: 2, params: { dim: 4 } });
    const df = toDanfo(t, { DataFrame: FakeFrame, timestamps: "iso" });
    expect(Object.keys(df.data).filter((k) => k.startsWith("embedding_"))).toEqual(["embedding_0", "embedding_1", "embedding_2", "embedding_3"]);
    const row0 = [0, 1, 2, 3].map((j) => df.data[`embedding_${j}`][0]);
    expect(row0).toEqual(Array.from((t.getChild("embedding")?.get(0) as { toArray(): Float32Array }).toArray()));
  });

  it("keeps nulls as null", () => {
    const t = generateTable(SCENARIOS.fraud_transactions, { rows: 10, seed: 1, drift: [{ kind: "nullBurst", columns: ["amount_usd"], rows: [2, 4] }] });
    expect(toDanfo(t, { DataFrame: FakeFrame }).data.amount_usd.slice(1, 5).map((x) => x === null)).toEqual([false, true, true, false]);
  });

  it("refuses tables above maxRows and a bad timestamps option, naming the parameter", () => {
    const t = generateTable(SCENARIOS.clickstream, { rows: 20, seed: 1 });
    expect(() => toDanfo(t, { DataFrame: FakeFrame, maxRows: 10 })).toThrow(InvalidParameterError);
    expect(() => toDanfo(t, { DataFrame: FakeFrame, maxRows: 10 })).toThrow(/toDanfo: table must be a table of at most maxRows = 10 rows \(slice it first\); got "20 rows"/);
    expect(() => toDanfo(t, { DataFrame: FakeFrame, timestamps: "unix" as never })).toThrow(/toDanfo: timestamps must be one of "date", "iso", "ms"; got "unix"/);
    expect(() => toDanfo({} as never)).toThrow(/toDanfo: table must be an Arrow Table; got an object/);
  });

  it("without an injected constructor: converts into a real danfojs-node DataFrame (a dependency)", () => {
    const t = generateTable(SCENARIOS.clickstream, { rows: 3, seed: 1 });
    const df = toDanfo(t) as { shape: number[]; columns: string[]; column(name: string): { values: unknown[] } };
    expect(df.shape).toEqual([3, 7]);
    expect(df.columns).toEqual(t.schema.fields.map((f) => f.name));
    expect(df.column("item_id").values).toEqual(Array.from(t.getChild("item_id")?.toArray() as Int32Array));
    expect(df.column("device").values).toEqual([0, 1, 2].map((i) => t.getChild("device")?.get(i)));
    expect(DANFO_INSTALL).toContain('"xlsx": "0.18.5"');
  });
});
