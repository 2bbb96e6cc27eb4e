import { describe, expect, it } from "vitest";
import { magnitudePrune } from "../../../src/calc/compression/magnitude-prune";
import { nmPrune, structuredPrune } from "../../../src/calc/compression/structured-prune";
import { sparseStorage } from "../../../src/calc/compression/sparse-storage";
import { csrMatVec, toCsr } from "../../../src/calc/compression/csr";
import { compressionSpeedup, pruningSpeedup } from "../../../src/calc/compression/compression-speedup";
import { expectInvalid } from "../expect-errors";
import { fixture, shape, weights } from "./fixture";

const listing = Float32Array.from([0.8, 0.1, -0.7, 0.05, -0.9, 0.03, -0.6, 0.02, 0.4]);

describe("magnitudePrune", () => {
  it("the book's listing (Ch. 10): |w| ≥ 0.5 keeps 4 of 9 weights, sparsity 5/9", () => {
    const r = magnitudePrune({ values: listing, threshold: 0.5 });
    expect(Array.from(r.pruned)).toEqual(Array.from(Float32Array.from([0.8, 0, -0.7, 0, -0.9, 0, -0.6, 0, 0])));
    expect(r.kept).toBe(4);
    expect(r.sparsity).toBeCloseTo(5 / 9, 15);
  });

  it("90 % sparsity gives NumPy's mask (stable argsort of |w|) and keeps the largest weights", () => {
    const r = magnitudePrune({ values: weights, sparsity: 0.9 });
    expect(Array.from(r.mask)).toEqual(fixture.magnitude90);
    expect(r.kept).toBe(102);
    let smallestKept = Infinity;
    let largestPruned = 0;
    weights.forEach((w, k) => (r.mask[k] ? (smallestKept = Math.min(smallestKept, Math.abs(w))) : (largestPruned = Math.max(largestPruned, Math.abs(w)))));
    expect(smallestKept).toBeGreaterThanOrEqual(largestPruned);
    expect(r.threshold).toBe(smallestKept);
  });

  it("keeps most of the weight energy at high sparsity when weights are heavy-tailed", () => {
    expect(magnitudePrune({ values: weights, sparsity: 0.5 }).error.relativeError).toBeLessThan(0.2);
  });

  it("rejects a sparsity outside [0, 1), both or neither mode, and bad values", () => {
    expectInvalid(() => magnitudePrune({ values: weights, sparsity: 1 }), "magnitudePrune", "sparsity", "1");
    expectInvalid(() => magnitudePrune({ values: weights, sparsity: -0.1 }), "magnitudePrune", "sparsity", "-0.1");
    expectInvalid(() => magnitudePrune({ values: weights }), "magnitudePrune", "sparsity", "undefined");
    expectInvalid(() => magnitudePrune({ values: weights, sparsity: 0.5, threshold: 0.1 }), "magnitudePrune", "sparsity", "0.5");
    expectInvalid(() => magnitudePrune({ values: Float32Array.from([Infinity]), sparsity: 0.5 }), "magnitudePrune", "values[0]", "Infinity");
  });
});

describe("structuredPrune and nmPrune", () => {
  it("removes the rows of smallest L1 norm and returns the smaller dense matrix", () => {
    const r = structuredPrune({ values: weights, shape, sparsity: 0.25 });
    expect(r.removed.length).toBe(4);
    expect(r.compactShape).toEqual([12, 64]);
    expect(r.compact.length).toBe(12 * 64);
    const kept = [...r.norms].filter((_, k) => !r.removed.includes(k));
    expect(Math.min(...kept)).toBeGreaterThanOrEqual(Math.max(...[...r.removed].map((k) => r.norms[k])));
    expect(r.sparsity).toBe(0.25);
  });

  it("columns and the L2 norm", () => {
    const r = structuredPrune({ values: Float32Array.from([3, 0.1, 4, 0.1]), shape: [2, 2], sparsity: 0.5, axis: "columns", norm: "l2" });
    expect(Array.from(r.removed)).toEqual([1]);
    expect(r.norms[0]).toBeCloseTo(5, 6);
    expect(Array.from(r.compact)).toEqual([3, 4]);
  });

  it("2:4 keeps the two largest of every four (NumPy's mask), exactly 50 % sparse", () => {
    const r = nmPrune({ values: weights, shape });
    expect(Array.from(r.mask)).toEqual(fixture.nm24);
    expect(r.sparsity).toBe(0.5);
  });

  it("rejects group sizes that do not divide a row, and n > m", () => {
    expectInvalid(() => nmPrune({ values: Float32Array.from([1, 2, 3]), m: 4 }), "nmPrune", "m", "4");
    expectInvalid(() => nmPrune({ values: weights, n: 5, m: 4 }), "nmPrune", "n", "5");
    expectInvalid(() => structuredPrune({ values: weights, shape: [16, 63], sparsity: 0.5 }), "structuredPrune", "shape", '"[16, 63]"');
  });
});

describe("sparse formats", () => {
  it("dense, CSR and bitmask bytes, and CSR's break-even near 50 % for FP32 with 32-bit indices", () => {
    const half = sparseStorage({ rows: 1000, cols: 1000, nonZeros: 500_000 });
    expect(half.dense.to("B")).toBe(4e6);
    expect(half.csr.to("B")).toBe(500_000 * 8 + 1001 * 4);
    expect(half.bitmask.to("B")).toBe(125_000 + 2e6);
    expect(half.csrBreakEvenSparsity).toBeCloseTo(0.5, 2);
    expect(sparseStorage({ rows: 1000, cols: 1000, nonZeros: 100_000, valueBits: 8 }).csrBreakEvenSparsity).toBeCloseTo(0.8, 2);
  });

  it("MobileNet on a wearable: 85 % zeros in 14 MB of FP32 weights fit 2 MB only without indices", () => {
    const params = 3.5e6; // 14 MB / 4 B
    const r = sparseStorage({ rows: 3500, cols: 1000, nonZeros: 0.15 * params });
    expect(r.csr.to("MB")).toBeGreaterThan(4);
    expect(r.bitmask.to("MB")).toBeCloseTo(2.1 + 0.4375, 6);
  });

  it("rejects more non-zeros than positions", () => {
    expectInvalid(() => sparseStorage({ rows: 2, cols: 2, nonZeros: 5 }), "sparseStorage", "nonZeros", "5");
  });

  it("CSR mat-vec: the book's 4 × 4 example takes 6 multiplies instead of 16", () => {
    const m = toCsr({ values: Float64Array.from([2, 0, 0, 1, 0, 3, 0, 0, 4, 0, 5, 0, 0, 0, 0, 6]), shape: [4, 4] });
    const r = csrMatVec({ matrix: m, x: Float64Array.from([1, 2, 3, 4]) });
    expect(Array.from(r.y)).toEqual([2 + 4, 6, 4 + 15, 24]);
    expect([r.multiplies, r.denseMultiplies]).toEqual([6, 16]);
    expectInvalid(() => csrMatVec({ matrix: m, x: Float64Array.from([1]) }), "csrMatVec", "x", '"an array of 1"');
  });
});

describe("speedup models", () => {
  it("structured 1/(1 − s), 2:4 capped at 2×, unstructured breaking even at 90 %", () => {
    expect(pruningSpeedup({ sparsity: 0.75, pattern: "structured" })).toBe(4);
    expect(pruningSpeedup({ sparsity: 0.75, pattern: "semiStructured" })).toBe(2);
    expect(pruningSpeedup({ sparsity: 0.9, pattern: "unstructured" })).toBeCloseTo(1, 12);
    expect(pruningSpeedup({ sparsity: 0.7, pattern: "unstructured" })).toBeLessThan(1);
  });

  it("the theory–practice gap: 50 % sparse + INT8 is 8× on paper", () => {
    expect(compressionSpeedup({ sparsity: 0.5, fromBits: 32, toBits: 8 }).theoretical).toBe(8);
    expectInvalid(() => compressionSpeedup({ fromBits: 8, toBits: 16 }), "compressionSpeedup", "toBits", "16");
  });
});
