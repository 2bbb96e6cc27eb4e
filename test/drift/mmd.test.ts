import { describe, expect, it } from "vitest";
import { mmd } from "../../src/drift/mmd";
import { normal } from "../../src/random/normal";
import { streamFor } from "../../src/random/stream-for";
import { InvalidParameterError } from "../../src/util/errors";
import { loadFixture } from "./fixture-data";

const fx = loadFixture("mmd.json");

function gaussian(seed: number, name: string, n: number, mean = 0, sd = 1): Float64Array {
  return normal(streamFor(seed, name), new Float64Array(n), { mean, sd });
}

describe("mmd statistic and median bandwidth vs NumPy (unbiased MMD², Gretton et al. 2012)", () => {
  for (const c of fx.cases) {
    it(`${c.name} (statistic abs 1e-13, bandwidth rel 1e-12)`, () => {
      const r = mmd(c.x, c.y, { bandwidth: c.bandwidth, permutations: 20 });
      expect(Math.abs(r.statistic - c.statistic), `${r.statistic} vs ${c.statistic}`).toBeLessThan(1e-13);
      expect(Math.abs(r.bandwidth - c.usedBandwidth) / c.usedBandwidth).toBeLessThan(1e-12);
      expect(r.dims).toBe(Array.isArray(c.x[0]) ? c.x[0].length : 1);
    });
  }
});

describe("mmd permutation test", () => {
  const x = gaussian(11, "mmd-x", 120);
  const shifted = gaussian(11, "mmd-y-shift", 120, 0.6);
  it("same seed, same result (deterministic); p-value is (b + 1)/(B + 1)", () => {
    const a = mmd(x, shifted, { permutations: 199, seed: 5 });
    const b = mmd(x, shifted, { permutations: 199, seed: 5 });
    expect(a).toEqual(b);
    expect(a.pvalue).toBe((a.exceedances + 1) / 200);
  });
  it("detects a 0.6σ mean shift (n = m = 120, B = 199): p = 1/200", () => {
    expect(mmd(x, shifted, { permutations: 199, seed: 5 }).pvalue).toBe(1 / 200);
  });
  it("no false alarm at p < 0.05 for same-distribution samples, seeds 1–5 (fixed seeds, B = 199)", () => {
    for (let seed = 1; seed <= 5; seed++) {
      const a = gaussian(seed, "null-a", 80);
      const b = gaussian(seed, "null-b", 80);
      expect(mmd(a, b, { permutations: 199, seed }).pvalue, `seed ${seed}`).toBeGreaterThan(0.05);
    }
  });
  it("n-D input: rows, and a flat Float64Array with dims, give the same result", () => {
    const flatX = gaussian(3, "nd-x", 40 * 3);
    const flatY = gaussian(3, "nd-y", 30 * 3, 0.5);
    const rows = (f: Float64Array) => Array.from({ length: f.length / 3 }, (_, i) => Array.from(f.subarray(3 * i, 3 * i + 3)));
    const fromRows = mmd(rows(flatX), rows(flatY), { permutations: 50, seed: 2 });
    const fromFlat = mmd(flatX, flatY, { dims: 3, permutations: 50, seed: 2 });
    expect(fromFlat).toEqual(fromRows);
    expect(fromRows.dims).toBe(3);
  });
  it("a joint shift that leaves both marginals unchanged is caught in 2-D (correlation flip)", () => {
    const u = gaussian(8, "corr-u", 150);
    const v = gaussian(8, "corr-v", 150);
    const pos = Array.from(u, (ui, i) => [ui, 0.9 * ui + 0.436 * v[i]]);
    const u2 = gaussian(9, "corr-u", 150);
    const v2 = gaussian(9, "corr-v", 150);
    const neg = Array.from(u2, (ui, i) => [ui, -0.9 * ui + 0.436 * v2[i]]);
    expect(mmd(pos, neg, { permutations: 99, seed: 1 }).pvalue).toBeLessThan(0.05);
  });
  it("ties within rounding count: with 2 + 2 separated points, the observed split and its mirror are 2 of the 6 splits (≈ 1/3 of permutations)", () => {
    const r = mmd([0, 0.1], [5, 5.1], { permutations: 600, seed: 3 });
    expect(Math.abs(r.exceedances / 600 - 1 / 3)).toBeLessThan(0.06);
  });
  it("symmetric in x and y", () => {
    const a = mmd(x.subarray(0, 30), shifted.subarray(0, 40), { permutations: 10 });
    const b = mmd(shifted.subarray(0, 40), x.subarray(0, 30), { permutations: 10 });
    expect(Math.abs(a.statistic - b.statistic)).toBeLessThan(1e-14);
    expect(a.bandwidth).toBe(b.bandwidth);
  });
});

describe("mmd bad input", () => {
  it("names the parameter and the value", () => {
    expect(() => mmd([1], [1, 2])).toThrow(InvalidParameterError);
    expect(() => mmd([1], [1, 2])).toThrow(/mmd: x must be a sample of at least 2 rows; got array of length 1/);
    expect(() => mmd([1, 2], [1, NaN])).toThrow(/mmd: y\[1\] must be a finite number; got NaN/);
    expect(() => mmd([[1, 2], [3]], [[1, 2], [3, 4]])).toThrow(/mmd: x\[1\] must be a row of 2 numbers \(like x\[0\]\); got array of length 1/);
    expect(() => mmd([[1, 2], [3, 4]], [[1], [2]])).toThrow(/mmd: y must be rows of the same dimension as x \(2\)/);
    expect(() => mmd([[1, Infinity], [3, 4]], [[1, 2], [3, 4]])).toThrow(/mmd: x\[0\]\[1\] must be a finite number; got Infinity/);
    expect(() => mmd([1, 2, 3], [1, 2, 3, 4], { dims: 2 })).toThrow(/mmd: x must be a flat array whose length is a multiple of dims \(2\)/);
    expect(() => mmd([1, 2], [3, 4], { bandwidth: 0 })).toThrow(/mmd: bandwidth must be a finite number > 0; got 0/);
    expect(() => mmd([1, 1, 1], [1, 1], {})).toThrow(/mmd: bandwidth must be a number > 0 when more than half of the pooled pairwise distances are 0 .*; got "median"/);
    expect(() => mmd([1, 2], [3, 4], { permutations: 0 })).toThrow(/mmd: permutations must be an integer ≥ 1; got 0/);
    expect(() => mmd([1, 2], [3, 4], { seed: -1 })).toThrow(/mmd: seed must be an integer in \[0, 2\^53\); got -1/);
    expect(() => mmd([1, 2], [3, 4], { kernel: "laplace" as never })).toThrow(/mmd: kernel must be one of "rbf"; got "laplace"/);
    expect(() => mmd([1, 2, 3], [3, 4], { maxPooledSize: 4 })).toThrow(/mmd: x must be samples with n \+ m ≤ maxPooledSize \(4\), here n \+ m = 5 .*; got array of length 3/);
  });
});
