import { describe, expect, it } from "vitest";
import { matmulCost } from "../../../src/calc/model/matmul";
import { expectInvalid } from "../expect-errors";

describe("matmulCost", () => {
  it("counts MNIST layer 1 at batch 32: 6,422,528 ops (L8994–L9078)", () => {
    const c = matmulCost({ m: 32, k: 784, n: 128 });
    expect(c.macs).toBe(3_211_264);
    expect(c.flops.to("FLOP")).toBe(6_422_528);
  });
  it("matches Table 7.14's x@W1 traffic and intensity: 935,936 B, 13.72 FLOP/B", () => {
    const c = matmulCost({ m: 32, k: 784, n: 256 });
    expect(c.bytes.to("B")).toBe(935_936);
    expect(c.intensity.to("FLOP/B")).toBeCloseTo(13.72, 2);
  });
  it("gives n/3 FLOP/B for a square FP16 GEMM (L41723)", () => {
    expect(matmulCost({ m: 4096, k: 4096, n: 4096, precision: "fp16" }).intensity.to("FLOP/B")).toBeCloseTo(4096 / 3, 9);
  });
  it("rejects non-integer and oversized dimensions", () => {
    expectInvalid(() => matmulCost({ m: 1.5, k: 1, n: 1 }), "matmulCost", "m", "1.5");
    expectInvalid(() => matmulCost({ m: 1, k: 1e13, n: 1 }), "matmulCost", "k", "10000000000000");
  });
});
