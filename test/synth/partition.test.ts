/**
 * Partition equivalence: rows [a, b) generated on their own equal the slice [a, b) of
 * the whole table, for every scenario, with k = 1, 3 and 7 parts cut at odd
 * boundaries (9,001 rows span three 4,096-row arrival/session blocks).
 */
import { describe, expect, it } from "vitest";
import { generateColumns, generateTable, SCENARIOS } from "../../src/synth";

const ROWS = 9001;
const PARAMS: Record<string, object> = {
  streamrec_embeddings: { dim: 8, clusters: 5 },
  serving_trace: { arrivals: "bursty", meanCalmSeconds: 2 },
  drifting_features: { labelShift: "gradual", labelStartDay: 10, labelEndDay: 40, conceptDrift: "sudden", conceptStartDay: 30 },
};

function cuts(k: number): number[] {
  // Odd boundaries: ⌊i·n/k⌋ + 1 for the inner cuts.
  return Array.from({ length: k + 1 }, (_, i) => (i === 0 ? 0 : i === k ? ROWS : Math.floor((i * ROWS) / k) + 1 - (Math.floor((i * ROWS) / k) % 2)));
}

describe("generate(rows [a, b)) equals the slice of generate(rows [0, n))", () => {
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    it(`${name}: k = 1, 3, 7`, () => {
      const params = PARAMS[name] ?? {};
      const full = generateColumns(scenario, { rows: ROWS, seed: 31, params });
      for (const k of [1, 3, 7]) {
        const c = cuts(k);
        for (let i = 0; i < k; i++) {
          const [a, b] = [c[i], c[i + 1]];
          if (i > 0 && i < k) expect(a % 2).toBe(1);
          const part = generateColumns(scenario, { rows: ROWS, seed: 31, params, rowStart: a, rowCount: b - a });
          for (const [col, column] of Object.entries(full.columns)) {
            const size = column.size ?? 1;
            expect(Array.from(part.columns[col].values), `${col} [${a}, ${b})`).toEqual(Array.from(column.values.subarray(a * size, b * size)));
            if (column.nulls) expect(Array.from(part.columns[col].nulls ?? [])).toEqual(Array.from(column.nulls.subarray(a, b)));
          }
        }
      }
    });
  }
  it("a different seed changes the data", () => {
    const a = generateColumns(SCENARIOS.fraud_transactions, { rows: 100, seed: 1 });
    const b = generateColumns(SCENARIOS.fraud_transactions, { rows: 100, seed: 2 });
    expect(Array.from(a.columns.amount_usd.values)).not.toEqual(Array.from(b.columns.amount_usd.values));
  });
  it("generateTable with 7 partitions holds the same values as with 1", () => {
    const one = generateTable(SCENARIOS.clickstream, { rows: ROWS, seed: 5 });
    const seven = generateTable(SCENARIOS.clickstream, { rows: ROWS, seed: 5, partitions: 7 });
    expect(seven.batches.length).toBe(7);
    for (const f of one.schema.fields) expect(seven.getChild(f.name)?.toArray()).toEqual(one.getChild(f.name)?.toArray());
  });
});
