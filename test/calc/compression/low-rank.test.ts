import { describe, expect, it } from "vitest";
import { singularValueDecomposition } from "../../../src/calc/compression/svd";
import { lowRankErrorByRank, lowRankFactorize, lowRankParameters } from "../../../src/calc/compression/low-rank";
import { expectInvalid } from "../expect-errors";
import { fixture } from "./fixture";

describe("singularValueDecomposition against numpy.linalg.svd", () => {
  it.each(fixture.svd.map((c) => [`${c.name} ${c.shape.join("×")}`, c] as const))("%s: singular values to 1e-12 (relative), U Σ Vᵀ = A, orthonormal U", (_n, c) => {
    const a = Float32Array.from(c.values);
    const [rows, cols] = c.shape;
    const r = singularValueDecomposition({ values: a, shape: c.shape });
    const k = Math.min(rows, cols);
    r.singularValues.forEach((s, t) => expect(Math.abs(s - c.singularValues[t])).toBeLessThan(1e-12 * c.singularValues[0]));
    let maxDiff = 0;
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) {
      let s = 0;
      for (let t = 0; t < k; t++) s += r.u[i * k + t] * r.singularValues[t] * r.vt[t * cols + j];
      maxDiff = Math.max(maxDiff, Math.abs(s - a[i * cols + j]));
    }
    expect(maxDiff).toBeLessThan(1e-12);
    for (let p = 0; p < k; p++) {
      let norm = 0;
      for (let i = 0; i < rows; i++) norm += r.u[i * k + p] ** 2;
      expect(norm).toBeCloseTo(1, 12);
    }
  });

  it("rejects a matrix beyond the work bound", () => {
    expectInvalid(() => singularValueDecomposition({ values: new Float32Array(1000 * 1000), shape: [1000, 1000] }), "singularValueDecomposition", "shape", '"[1000, 1000]"');
  });
});

describe("lowRankFactorize", () => {
  it.each(fixture.svd.flatMap((c) => Object.entries(c.relativeError).map(([rank, err]) => [`${c.name}, rank ${rank}`, c, Number(rank), err] as const)))(
    "%s: Frobenius error matches NumPy to 1e-5 (float32 reconstruction)", (_n, c, rank, err) => {
      const r = lowRankFactorize({ values: Float32Array.from(c.values), shape: c.shape, rank });
      expect(Math.abs((r.error.relativeError as number) - err)).toBeLessThan(1e-5 * Math.max(err, 1e-3));
      expect(r.error.relativeError as number).toBeCloseTo(Math.sqrt(1 - r.energyRetained), 5);
      expect(r.left.length).toBe(c.shape[0] * rank);
      expect(r.right.length).toBe(rank * c.shape[1]);
    },
  );

  it("rejects a rank above min(m, n) or below 1", () => {
    const values = Float32Array.from(fixture.svd[1].values);
    expectInvalid(() => lowRankFactorize({ values, shape: [40, 24], rank: 25 }), "lowRankFactorize", "rank", "25");
    expectInvalid(() => lowRankFactorize({ values, shape: [40, 24], rank: 0 }), "lowRankFactorize", "rank", "0");
  });
});

describe("lowRankParameters", () => {
  it("4096² FP32 at rank 128: 64 MiB → 4 MiB, 16× (Ch. 10 napkin math); 1000² at rank 50 keeps 100,000", () => {
    const r = lowRankParameters({ rows: 4096, cols: 4096, rank: 128 });
    expect(r.denseBytes.to("MiB")).toBe(64);
    expect(r.factoredBytes.to("MiB")).toBe(4);
    expect(r.compression).toBe(16);
    expect(r.factoredFlopsPerVector * 16).toBe(r.denseFlopsPerVector);
    expect(r.breakEvenRank).toBe(2047);
    expect(lowRankParameters({ rows: 1000, cols: 1000, rank: 50 }).factoredParameters).toBe(100_000);
  });
});

describe("lowRankErrorByRank", () => {
  it("equals the error of each factorisation, from one SVD", () => {
    const c = fixture.svd[1];
    const values = Float32Array.from(c.values);
    const points = lowRankErrorByRank({ values, shape: c.shape, ranks: [1, 4, 6] });
    points.forEach((p) => expect(p.relativeError).toBeCloseTo(c.relativeError[String(p.rank)], 5));
    expect(points[2].compression).toBeCloseTo((40 * 24) / (6 * 64), 12);
    expectInvalid(() => lowRankErrorByRank({ values, shape: c.shape, ranks: [] }), "lowRankErrorByRank", "ranks", "array of length 0");
  });
});
