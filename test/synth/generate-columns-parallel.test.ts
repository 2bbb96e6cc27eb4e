/**
 * generateColumnsParallel on worker threads gives the single run's table bit for bit
 * (sha256 of every column's bytes, dictionary and null mask). Workers load the compiled
 * library, so this test drives lib/ (build it first: npx tsc -p tsconfig.build.json)
 * and compares against generateColumns from the TypeScript sources, which also
 * catches a stale lib/.
 */
import { createRequire } from "node:module";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { generateColumns, InjectionSpec, SCENARIOS } from "../../src/synth";
import { InvalidParameterError } from "../../src/util/errors";
import { hashes, libSynth } from "./helpers";


// 9,001 rows span three 4,096-row session/arrival blocks, so k = 2 and 3 cut inside blocks.
const ROWS = 9001;
const CASES: Array<[string, object]> = [
  ["clickstream", {}],
  ["annotation_log", {}],
  ["streamrec_embeddings", { dim: 8, clusters: 5 }],
];

describe("generateColumnsParallel equals generateColumns bit for bit", () => {
  for (const [name, params] of CASES) {
    it(`${name}: k = 1, 2, 3 workers`, async () => {
      const L = libSynth();
      const single = generateColumns(SCENARIOS[name], { rows: ROWS, seed: 17, params });
      const expected = hashes(single.columns);
      for (const k of [1, 2, 3]) {
        const par = await L.generateColumnsParallel(L.SCENARIOS[name], { rows: ROWS, seed: 17, params, workers: k });
        expect(hashes(par.columns), `k = ${k}`).toEqual(expected);
        expect(Object.keys(par.columns)).toEqual(Object.keys(single.columns));
        expect({ rows: par.rows, rowStart: par.rowStart, rowCount: par.rowCount, params: par.params }).toEqual({ rows: ROWS, rowStart: 0, rowCount: ROWS, params: single.params });
        for (const [col, column] of Object.entries(single.columns)) {
          expect(par.columns[col].values.constructor).toBe(column.values.constructor);
          expect(par.columns[col].values.length, `${col}, k = ${k}`).toBe(column.values.length);
          // Dictionaries are the scenario's static labels, the same for every part.
          if (column.dictionary) expect(par.columns[col].dictionary).toEqual(column.dictionary);
        }
      }
    });
  }

  it("more workers than rows: capped at one row per worker", async () => {
    const L = libSynth();
    const par = await L.generateColumnsParallel(L.SCENARIOS.fraud_transactions, { rows: 3, seed: 2, workers: 5 });
    expect(hashes(par.columns)).toEqual(hashes(generateColumns(SCENARIOS.fraud_transactions, { rows: 3, seed: 2 }).columns));
  });

  it("drift is injected after the join, exactly as generateColumns does it (nulls, duplicates, ground truth)", async () => {
    const L = libSynth();
    const drift: InjectionSpec[] = [
      { kind: "nullBurst", columns: ["income_usd"], probability: 0.5, rows: [100, 4000] },
      { kind: "duplicates", fraction: 0.01 },
      { kind: "outOfRange", column: "age", value: 150, rows: [0, 10] },
    ];
    const single = generateColumns(SCENARIOS.credit_applications, { rows: ROWS, seed: 5, drift });
    const par = await L.generateColumnsParallel(L.SCENARIOS.credit_applications, { rows: ROWS, seed: 5, drift, workers: 2 });
    expect(single.rowCount).toBeGreaterThan(ROWS);
    expect(par.rowCount).toBe(single.rowCount);
    expect(par.columns.income_usd.nulls).toBeDefined();
    expect(hashes(par.columns)).toEqual(hashes(single.columns));
    expect(par.groundTruth).toEqual(single.groundTruth);
  });
});

describe("generateColumnsParallel rejects bad input", () => {
  const expectRejected = async (promise: Promise<unknown>, fragments: string[]) => {
    const error = await promise.then(() => null, (e: unknown) => e);
    // lib/ has its own copy of the class: check against that one, and by name.
    const { InvalidParameterError: LibError } = createRequire(__filename)(path.resolve(__dirname, "../../lib/util/errors.js")) as { InvalidParameterError: typeof InvalidParameterError };
    expect(error).toBeInstanceOf(LibError);
    expect((error as Error).name).toBe("InvalidParameterError");
    for (const f of fragments) expect((error as Error).message).toContain(f);
  };

  it("workers must be an integer in [1, 256]", async () => {
    const L = libSynth();
    await expectRejected(L.generateColumnsParallel(L.clickstream, { rows: 10, seed: 1, workers: 0 }), ["generateColumnsParallel: workers", "got 0"]);
    await expectRejected(L.generateColumnsParallel(L.clickstream, { rows: 10, seed: 1, workers: 1.5 }), ["workers", "got 1.5"]);
    await expectRejected(L.generateColumnsParallel(L.clickstream, { rows: 10, seed: 1, workers: 300 }), ["workers", "[1, 256]", "got 300"]);
  });

  it("rows and seed are checked under this function's name; a scenario outside SCENARIOS is refused", async () => {
    const L = libSynth();
    await expectRejected(L.generateColumnsParallel(L.clickstream, { rows: 0, seed: 1 }), ["generateColumnsParallel: rows", "got 0"]);
    await expectRejected(L.generateColumnsParallel(L.clickstream, { rows: 10, seed: -1 }), ["generateColumnsParallel: seed", "got -1"]);
    await expectRejected(L.generateColumnsParallel({ ...L.clickstream }, { rows: 10, seed: 1 }), ["generateColumnsParallel: scenario", "SCENARIOS"]);
    await expectRejected(L.generateColumnsParallel(L.clickstream, { rows: 10, seed: 1, drift: {} as never }), ["generateColumnsParallel: drift"]);
  });
});
