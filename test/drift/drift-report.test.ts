import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { lcg } from "./lcg";
import { chiSquareTest } from "../../src/drift/chi-square-test";
import { driftReport } from "../../src/drift/drift-report";
import { jensenShannonDistance } from "../../src/drift/jensen-shannon-distance";
import { ks2samp } from "../../src/drift/ks-2samp";
import { psi } from "../../src/drift/psi";
import { twoProportionZTest } from "../../src/drift/two-proportion-z-test";
import { wassersteinDistance } from "../../src/drift/wasserstein-distance";
import { adjustPValues } from "../../src/drift/p-value-correction";
import { generateColumns } from "../../src/synth/generate-columns";
import { generateTable } from "../../src/synth/generate-table";
import { SCENARIOS } from "../../src/synth/scenarios";
import { InvalidParameterError } from "../../src/util/errors";

const Arrow = createRequire(`${process.cwd()}/package.json`)("apache-arrow") as typeof import("apache-arrow");

const normals = (n: number, mean: number, seed: number): Float64Array => {
  const u = lcg(seed);
  return Float64Array.from({ length: n }, () => mean + Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u()));
};
const labels = (n: number, cats: string[], weights: number[], seed: number): string[] => {
  const u = lcg(seed);
  return Array.from({ length: n }, () => {
    let r = u();
    for (let k = 0; k < cats.length; k++) if ((r -= weights[k]) < 0) return cats[k];
    return cats[cats.length - 1];
  });
};

/** Reference and current column maps: x drifts, y does not, g (3 labels) drifts, b (2 labels) does not. */
function tables(n: number, m: number) {
  const ref = {
    x: normals(n, 0, 1), y: normals(n, 0, 2),
    g: labels(n, ["a", "b", "c"], [0.5, 0.3, 0.2], 3), b: labels(n, ["yes", "no"], [0.5, 0.5], 4),
  };
  const cur = {
    x: normals(m, 0.8, 5), y: normals(m, 0, 6),
    g: labels(m, ["a", "b", "c"], [0.2, 0.3, 0.5], 7), b: labels(m, ["yes", "no"], [0.5, 0.5], 8),
  };
  return { ref, cur };
}

const toRecords = (cols: Record<string, ArrayLike<unknown>>): Record<string, unknown>[] => {
  const names = Object.keys(cols);
  return Array.from({ length: cols[names[0]].length }, (_, i) => Object.fromEntries(names.map((k) => [k, cols[k][i]])));
};

describe("driftReport: test policy per column kind and size", () => {
  it("≤ 1000 reference rows: KS for numeric, chi-square for 3 labels, z for 2 labels", () => {
    const { ref, cur } = tables(400, 300);
    const r = driftReport(ref, cur);
    expect(r.columns.map((c) => [c.name, c.kind, c.test, c.selectedBy])).toEqual([
      ["x", "numeric", "ks", "policy"], ["y", "numeric", "ks", "policy"],
      ["g", "categorical", "chi-square", "policy"], ["b", "categorical", "z", "policy"],
    ]);
  });

  it("> 1000 reference rows: normed Wasserstein for numeric, Jensen–Shannon for categorical", () => {
    const { ref, cur } = tables(1500, 800);
    const r = driftReport(ref, cur);
    expect(r.columns.map((c) => c.test)).toEqual(["wasserstein", "wasserstein", "jensen-shannon", "jensen-shannon"]);
    expect(r.columns.map((c) => c.decision)).toEqual(["distance", "distance", "distance", "distance"]);
    expect(r.columns.every((c) => c.pvalue === null && c.pvalueAdjusted === null)).toBe(true);
  });

  it("a numeric column with ≤ 5 distinct values is treated as discrete (chi-square / z, then JS)", () => {
    const u = lcg(9);
    const ref = { k: Float64Array.from({ length: 500 }, () => Math.floor(u() * 4)), z: Float64Array.from({ length: 500 }, () => (u() < 0.5 ? 0 : 1)) };
    const cur = { k: Float64Array.from({ length: 500 }, () => Math.floor(u() * 4)), z: Float64Array.from({ length: 500 }, () => (u() < 0.5 ? 0 : 1)) };
    const r = driftReport(ref, cur);
    expect(r.columns.map((c) => [c.test, c.nUnique])).toEqual([["chi-square", 4], ["z", 2]]);
    const big = driftReport({ k: [...ref.k, ...ref.k, ...ref.k] }, { k: cur.k });
    expect(big.columns[0].test).toBe("jensen-shannon");
  });

  it("`tests` overrides the policy for all columns or per column, and rejects a test that does not fit", () => {
    const { ref, cur } = tables(400, 300);
    const r = driftReport(ref, cur, { tests: { x: "psi", g: "jensen-shannon" } });
    expect(r.columns.map((c) => [c.test, c.selectedBy])).toEqual([["psi", "option"], ["ks", "policy"], ["jensen-shannon", "option"], ["z", "policy"]]);
    expect(driftReport({ x: ref.x }, { x: cur.x }, { tests: "wasserstein" }).columns[0].test).toBe("wasserstein");
    const e = errorOf(() => driftReport(ref, cur, { tests: { g: "ks" } }));
    expect(e).toBeInstanceOf(InvalidParameterError);
    expect(e.message).toMatch(/^driftReport: tests\.g must be a test for a categorical column .*; got "ks"/);
    expect(() => driftReport(ref, cur, { tests: { g: "z" } })).toThrow(/tests\.g must be a test that fits 3 distinct values/);
  });
});

describe("driftReport: statistics equal the underlying tests", () => {
  const { ref, cur } = tables(400, 300);
  const r = driftReport(ref, cur);
  const col = (name: string) => r.columns.find((c) => c.name === name)!;

  it("KS column: statistic and p-value of ks2samp(reference, current)", () => {
    const direct = ks2samp(ref.x, cur.x);
    expect(col("x").statistic).toBe(direct.statistic);
    expect(col("x").pvalue).toBe(direct.pvalue);
    expect(col("y").pvalue).toBe(ks2samp(ref.y, cur.y).pvalue);
  });

  it("chi-square column: chiSquareTest(reference labels, current labels)", () => {
    const direct = chiSquareTest(ref.g, cur.g);
    expect(col("g").statistic).toBeCloseTo(direct.statistic, 10);
    expect(col("g").pvalue).toBeCloseTo(direct.pvalue, 14);
  });

  it("z column: pooled two-proportion z on the first category", () => {
    const yesRef = ref.b.filter((v) => v === ref.b[0]).length;
    const yesCur = cur.b.filter((v) => v === ref.b[0]).length;
    const direct = twoProportionZTest(yesRef, 400, yesCur, 300);
    expect(col("b").statistic).toBe(direct.statistic);
    expect(col("b").pvalue).toBe(direct.pvalue);
  });

  it("Wasserstein column: W₁ / population std of the reference; JS column: base-2 distance of the shares", () => {
    const big = tables(1500, 800);
    const rb = driftReport(big.ref, big.cur);
    const mean = big.ref.x.reduce((s, v) => s + v, 0) / 1500;
    const sd = Math.sqrt(big.ref.x.reduce((s, v) => s + (v - mean) ** 2, 0) / 1500);
    expect(rb.columns[0].statistic).toBeCloseTo(wassersteinDistance(big.ref.x, big.cur.x) / sd, 12);
    const share = (xs: string[], k: string) => xs.filter((v) => v === k).length / xs.length;
    const js = jensenShannonDistance(["a", "b", "c"].map((k) => share(big.ref.g, k)), ["a", "b", "c"].map((k) => share(big.cur.g, k)), { base: 2 });
    expect(rb.columns[2].statistic).toBeCloseTo(js, 12);
  });

  it("every column carries the PSI of psi() with its default decile bins", () => {
    expect(col("x").psi).toBe(psi(ref.x, cur.x).statistic);
    expect(col("x").psiBand).toBe(psi(ref.x, cur.x).band);
  });

  it("flags the drifted columns only (x shifted by 0.8 σ, g's mix changed)", () => {
    expect(r.columns.map((c) => c.drifted)).toEqual([true, false, true, false]);
    expect(r.driftedCount).toBe(2);
    expect(r.driftedShare).toBe(0.5);
    expect(r.datasetDrifted).toBe(true); // 0.5 ≥ drift share 0.5
    expect(driftReport(ref, cur, { driftShare: 0.6 }).datasetDrifted).toBe(false);
  });
});

describe("driftReport: multiple-testing corrections", () => {
  const { ref, cur } = tables(400, 300);
  it("adjusted p-values are adjustPValues over the p-value columns; drifted = adjusted < α", () => {
    for (const correction of ["bonferroni", "fdr", "none"] as const) {
      const r = driftReport(ref, cur, { correction });
      const raw = r.columns.map((c) => c.pvalue as number);
      const want = adjustPValues(raw, correction);
      expect(r.columns.map((c) => c.pvalueAdjusted)).toEqual(want);
      expect(r.columns.map((c) => c.drifted)).toEqual(want.map((p) => p < 0.05));
      expect(r.correction).toBe(correction);
    }
  });

  it("Bonferroni clears a borderline column: p = 0.0123 drifts alone and among 4 tests (4p = 0.049), not among 5 (5p = 0.062)", () => {
    const same = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const a = { x: same, w: same, v: same, u: same };
    const b = { x: [8, 9, 10, 11, 12, 13, 14, 15, 16, 17], w: same, v: same, u: same };
    const plain = driftReport(a, b);
    expect(plain.columns[0].pvalue).toBeCloseTo(0.012340600575894691, 15); // scipy ks_2samp exact
    expect(plain.columns[0].drifted).toBe(true);
    const four = driftReport(a, b, { correction: "bonferroni" });
    expect(four.columns[0].pvalueAdjusted).toBeCloseTo(4 * 0.012340600575894691, 15);
    expect(four.columns[0].drifted).toBe(true);
    const bonf = driftReport({ ...a, t: same }, { ...b, t: same }, { correction: "bonferroni" });
    expect(bonf.columns[0].pvalueAdjusted).toBeCloseTo(5 * 0.012340600575894691, 15);
    expect(bonf.columns[0].drifted).toBe(false);
    expect(bonf.driftedShare).toBe(0);
  });

  it("distance columns are left out of the correction", () => {
    const { ref: r2, cur: c2 } = tables(1500, 800);
    const r = driftReport(r2, c2, { correction: "bonferroni", tests: { y: "ks" } });
    expect(r.columns[1].pvalueAdjusted).toBe(r.columns[1].pvalue); // m = 1
  });

  it("threshold: one number for every column, or per column", () => {
    const r = driftReport(ref, cur, { threshold: { x: 1e-300, g: 0.5 } });
    expect(r.columns.map((c) => c.threshold)).toEqual([1e-300, 0.05, 0.5, 0.05]);
    expect(driftReport(ref, cur, { threshold: 0.01 }).columns.every((c) => c.threshold === 0.01)).toBe(true);
  });
});

describe("driftReport: inputs (Arrow table, records, danfo-like frame, column map) give the same report", () => {
  const { ref, cur } = tables(300, 200);
  const arrowOf = (cols: typeof ref) => Arrow.tableFromArrays({ x: cols.x, y: cols.y, g: cols.g, b: cols.b });
  const danfoOf = (cols: typeof ref) => ({
    columns: ["x", "y", "g", "b"],
    column: (name: string) => ({ values: Array.from(cols[name as keyof typeof cols] as ArrayLike<unknown>) }),
  });
  const danfoRowsOf = (cols: typeof ref) => ({
    columns: ["x", "y", "g", "b"],
    values: Array.from({ length: cols.x.length }, (_, i) => [cols.x[i], cols.y[i], cols.g[i], cols.b[i]]),
  });
  const want = driftReport(ref, cur);

  it("Arrow tables (apache-arrow, dictionary-encoded strings)", () => {
    expect(driftReport(arrowOf(ref), arrowOf(cur))).toEqual(want);
  });
  it("arrays of records", () => {
    expect(driftReport(toRecords(ref), toRecords(cur))).toEqual(want);
  });
  it("danfo-like frames: column(name).values and row-major values", () => {
    expect(driftReport(danfoOf(ref), danfoOf(cur))).toEqual(want);
    expect(driftReport(danfoRowsOf(ref), danfoRowsOf(cur))).toEqual(want);
  });
  it("real danfojs-node DataFrames (a dependency, loaded here only)", () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const dfd = require("danfojs-node") as { DataFrame: new (data: Record<string, unknown[]>) => unknown };
    const frameOf = (cols: typeof ref) =>
      new dfd.DataFrame({ x: Array.from(cols.x), y: Array.from(cols.y), g: Array.from(cols.g as ArrayLike<unknown>), b: Array.from(cols.b as ArrayLike<unknown>) });
    expect(driftReport(frameOf(ref) as never, frameOf(cur) as never)).toEqual(want);
  }, 60_000);
  it("mixed inputs: Arrow reference, records current", () => {
    expect(driftReport(arrowOf(ref), toRecords(cur))).toEqual(want);
  });
});

describe("driftReport: missing values are counted, never dropped silently", () => {
  it("nulls in records and Arrow tables, NaN in typed arrays", () => {
    const ref = [{ x: 1, g: "a" }, { x: null, g: "b" }, { x: 3, g: null }, { x: 4, g: "a" }, { x: NaN, g: "b" }];
    const cur = [{ x: 2, g: "a" }, { x: 5 }, { x: 6, g: "b" }];
    const r = driftReport(ref, cur);
    expect(r.columns.map((c) => [c.name, c.nReference, c.missingReference, c.nCurrent, c.missingCurrent])).toEqual([
      ["x", 3, 2, 3, 0], ["g", 4, 1, 2, 1],
    ]);
    const t = Arrow.tableFromArrays({ x: [1, null, 3, 4, NaN] as (number | null)[], g: ["a", "b", null, "a", "b"] as (string | null)[] });
    const ra = driftReport(t, cur);
    expect(ra.columns.map((c) => [c.nReference, c.missingReference])).toEqual([[3, 2], [4, 1]]);
    expect(ra.columns[0].pvalue).toBe(r.columns[0].pvalue);
  });

  it("sliced Arrow tables: values are read from the slice, nulls from the bitmap offset", () => {
    const t = Arrow.tableFromArrays({
      x: [9, 9, 1, null, 3, 4] as (number | null)[], g: ["z", "z", "a", "b", null, "a"] as (string | null)[],
      b: [true, true, false, null, true, false] as (boolean | null)[],
    });
    const r = driftReport(t.slice(2), [{ x: 1, g: "a", b: true }, { x: 2, g: "b", b: false }]);
    expect(r.columns.map((c) => [c.nReference, c.missingReference])).toEqual([[3, 1], [3, 1], [3, 1]]);
    // x has 4 distinct values over both tables, so it is shown (and tested) as discrete
    expect(r.columns[0].distribution.categories).toEqual(["1", "2", "3", "4"]);
    expect(r.columns[0].distribution.reference).toEqual([1 / 3, 0, 1 / 3, 1 / 3]);
    expect(r.columns[1].distribution.categories).toEqual(["a", "b"]);
    expect(r.columns[2].distribution.categories).toEqual(["false", "true"]);
    expect(r.columns[2].distribution.reference).toEqual([2 / 3, 1 / 3]);
  });

  it("synth columns with a null mask", () => {
    const r = driftReport({ x: { values: Float64Array.of(1, 2, 3, 4), nulls: Uint8Array.of(0, 1, 0, 0) } }, { x: [1, 2] });
    expect([r.columns[0].nReference, r.columns[0].missingReference]).toEqual([3, 1]);
  });
});

describe("driftReport: the report record", () => {
  const { ref, cur } = tables(300, 200);
  const r = driftReport(ref, cur);
  it("is frozen and JSON-serialisable", () => {
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.columns[0])).toBe(true);
    expect(Object.isFrozen(r.columns[0].distribution.reference)).toBe(true);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(r).toMatchObject({ reportType: "drift", policy: "evidently", columnCount: 4, rowsReference: 300, rowsCurrent: 200 });
  });
  it("carries 20-bin shares for numeric columns and per-label shares for categorical ones", () => {
    const x = r.columns[0].distribution;
    expect(x.type).toBe("bins");
    expect(x.edges).toHaveLength(21);
    expect(x.reference.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    const g = r.columns[2].distribution;
    expect([...g.categories!].sort()).toEqual(["a", "b", "c"]);
    expect(g.categories![0]).toBe(ref.g[0]); // reference labels first, in order of appearance
    expect(g.current.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
  });
  it("by default skips timestamp columns (Dates, Arrow timestamps)", () => {
    const rec = [{ t: new Date(0), x: 1 }, { t: new Date(1), x: 2 }];
    expect(driftReport(rec, rec).columns.map((c) => c.name)).toEqual(["x"]);
  });
});

describe("driftReport: injected drift from synth's drifting_features scenario (seed 12)", () => {
  // Sudden covariate shift on day 45 of 90: age mean 32 → 45 and online share 0.8 → 0.2 (Ch 14);
  // purchase amount, session length and device mix do not move.
  const rows = 20_000;
  const gen = generateColumns(SCENARIOS.drifting_features, {
    rows, seed: 12, params: { covariateShift: "sudden", covariateStartDay: 45 },
  });
  const half = rows / 2; // day 45 starts at row ⌊45·n/90⌋
  const features = ["age", "purchase_amount_usd", "sales_channel", "device_type", "session_minutes"];
  const slice = (from: number, to: number) =>
    Object.fromEntries(features.map((f) => {
      const c = gen.columns[f];
      return [f, { values: c.values.subarray(from, to), dictionary: c.dictionary, type: c.type }];
    }));
  const want = [true, false, true, false, false];

  it("large halves (10,000 rows each: normed Wasserstein / JS) flag age and sales_channel only", () => {
    const r = driftReport(slice(0, half), slice(half, rows));
    expect(r.columns.map((c) => c.test)).toEqual(["wasserstein", "wasserstein", "jensen-shannon", "jensen-shannon", "wasserstein"]);
    expect(r.columns.map((c) => c.drifted)).toEqual(want);
    expect(r.driftedShare).toBe(0.4);
    expect(r.datasetDrifted).toBe(false);
  });

  it("small samples (500 rows: KS / z / chi-square, Bonferroni) flag the same columns", () => {
    const r = driftReport(slice(0, 500), slice(rows - 500, rows), { correction: "bonferroni" });
    expect(r.columns.map((c) => c.test)).toEqual(["ks", "ks", "z", "chi-square", "ks"]);
    expect(r.columns.map((c) => c.drifted)).toEqual(want);
  });

  it("the Arrow table from generateTable gives the same report as the typed columns", () => {
    const table = generateTable(SCENARIOS.drifting_features, {
      rows, seed: 12, params: { covariateShift: "sudden", covariateStartDay: 45 },
    }) as unknown as import("apache-arrow").Table;
    const r = driftReport(table.slice(0, half), table.slice(half, rows), { columns: features });
    expect(r).toEqual(driftReport(slice(0, half), slice(half, rows)));
  });
});

describe("driftReport: bad inputs name the column or parameter", () => {
  const ref = { x: [1, 2, 3], g: ["a", "b", "a"] };
  it("a column missing from current", () => {
    const e = errorOf(() => driftReport(ref, { x: [1, 2] }, { columns: ["x", "g"] }));
    expect(e).toBeInstanceOf(InvalidParameterError);
    expect(e.message).toBe('driftReport: columns[1] must be a column of current (it has x); got "g"');
  });
  it("a column missing from reference", () => {
    expect(() => driftReport(ref, { x: [1], zip: [2] }, { columns: ["zip"] })).toThrow(/columns\[0\] must be a column of reference \(it has x, g\); got "zip"/);
  });
  it("an empty current table", () => {
    const e = errorOf(() => driftReport(ref, []));
    expect(e).toBeInstanceOf(InvalidParameterError);
    expect(e.message).toMatch(/^driftReport: current must be a table with at least one row/);
    expect(() => driftReport(ref, { x: [], g: [] })).toThrow(/current must be a table with at least one row/);
  });
  it("an all-null column, in either table", () => {
    const e = errorOf(() => driftReport(ref, { x: [null, null], g: ["a", "b"] }));
    expect(e).toBeInstanceOf(InvalidParameterError);
    expect(e.message).toBe('driftReport: current.x must be a column with at least one non-missing value (drop the column from `columns`); got "2 rows, all missing"');
    expect(() => driftReport({ x: [1, 2], g: [null, undefined] }, ref)).toThrow(/reference\.g must be a column with at least one non-missing value/);
    const t = Arrow.tableFromArrays({ x: [1, 2], g: [null, null] as (string | null)[] });
    expect(() => driftReport(ref, t)).toThrow(/current\.g must be a column with at least one non-missing value/);
  });
  it("a value of the wrong type, an unsupported table, bad options", () => {
    expect(() => driftReport([{ x: 1 }, { x: "two" }], [{ x: 1 }])).toThrow(/reference\[1\]\.x must be a number or null/);
    expect(() => driftReport(42 as never, ref)).toThrow(/reference must be an Arrow table, an array of records/);
    expect(() => driftReport(ref, ref, { correction: "holm" as never })).toThrow(/correction must be one of/);
    expect(() => driftReport(ref, ref, { driftShare: 0 })).toThrow(/driftShare must be a finite number in \(0, 1\]; got 0/);
    expect(() => driftReport(ref, ref, { threshold: { nope: 0.1 } })).toThrow(/threshold\.nope must be a key naming a tested column/);
    expect(() => driftReport(ref, ref, { tests: "t-test" as never })).toThrow(/tests must be one of/);
  });
  it("a current column whose kind differs from the reference's", () => {
    expect(() => driftReport(ref, { x: ["a", "b"], g: ["a", "b"] })).toThrow(/current\.x must be numeric like the reference column/);
  });
  it("kinds reads numbers as categories", () => {
    const r = driftReport({ zip: [10, 20, 10, 30] }, { zip: [10, 10, 20, 30] }, { kinds: { zip: "categorical" } });
    expect([r.columns[0].kind, r.columns[0].test]).toEqual(["categorical", "chi-square"]);
  });
});

function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected a throw");
}
