import { describe, expect, it } from "vitest";
import { compressedModelCost } from "../../../src/calc/compression/compressed-model-cost";
import { distillationEconomics, temperedSoftmax } from "../../../src/calc/compression/distillation";
import { quantizationSpeedup, simdLanes } from "../../../src/calc/compression/precision-speedup";
import { paretoFront } from "../../../src/calc/compression/pareto-front";
import { q } from "../../../src/units/quantity";
import { expectInvalid } from "../expect-errors";

describe("compressedModelCost", () => {
  it("7B: FP16 14 GB at 50 GB/s is 280 ms a token; INT4 3.5 GB is 70 ms (Ch. 10)", () => {
    const fp16 = compressedModelCost({ params: q(7, "Bparam"), precision: "fp16", memoryBandwidth: q(50, "GB/s"), extraMemory: q(1, "GB") });
    expect(fp16.weightBytes.to("GB")).toBe(14);
    expect(fp16.totalBytes.to("GB")).toBe(15);
    expect(fp16.timePerToken?.to("ms")).toBeCloseTo(280, 9);
    const int4 = compressedModelCost({ params: 7e9, bitsPerWeight: 4, memoryBandwidth: q(50, "GB/s") });
    expect(int4.tokensPerSecond).toBeCloseTo(1000 / 70, 9);
  });

  it("AWQ: 1 % of weights kept in FP16 adds 0.12 bits a weight", () => {
    const r = compressedModelCost({ params: 7e9, precision: "int4", outlierFraction: 0.01, outlierBits: 16 });
    expect(r.bitsPerWeight).toBeCloseTo(4.12, 12);
    expect(r.weightBytes.to("GB")).toBeCloseTo(3.605, 9);
  });

  it("energy per token from an energy per byte", () => {
    expect(compressedModelCost({ params: 1e9, precision: "int8", energyPerByte: q(160, "pJ/B") }).energyPerToken?.to("J")).toBeCloseTo(0.16, 12);
  });

  it("rejects both or neither format, and bits outside (0, 64]", () => {
    expectInvalid(() => compressedModelCost({ params: 7e9 }), "compressedModelCost", "precision", "undefined");
    expectInvalid(() => compressedModelCost({ params: 7e9, bitsPerWeight: 0 }), "compressedModelCost", "bitsPerWeight", "0");
    expectInvalid(() => compressedModelCost({ params: 7e9, precision: "fp16", bitsPerWeight: 16 }), "compressedModelCost", "precision", '"fp16"');
  });
});

describe("distillation", () => {
  it("DistilBERT: 40 % fewer parameters, 2.5× memory and speed", () => {
    const r = distillationEconomics({ teacherParams: 110e6, studentParams: 66e6, teacherLatency: 85, studentLatency: 34, teacherMemory: 1.35, studentMemory: 0.54, teacherScore: 1, studentScore: 0.97 });
    expect(r.parameterReduction).toBeCloseTo(0.4, 12);
    expect(r.speedup).toBeCloseTo(2.5, 12);
    expect(r.memoryRatio).toBeCloseTo(2.5, 12);
    expect(r.scoreRetained).toBe(0.97);
    expectInvalid(() => distillationEconomics({ teacherParams: 1, studentParams: 1, teacherLatency: 5 }), "distillationEconomics", "studentLatency", "undefined");
  });

  it("temperature flattens the soft targets: entropy grows with T", () => {
    const logits = [4, 1, 0];
    const entropies = [1, 2, 5, 10].map((temperature) => temperedSoftmax({ logits, temperature }).entropy);
    entropies.slice(1).forEach((e, k) => expect(e).toBeGreaterThan(entropies[k]));
    expect(temperedSoftmax({ logits: [1000, 0] }).probabilities[0]).toBe(1);
    expectInvalid(() => temperedSoftmax({ logits: [], temperature: 1 }), "temperedSoftmax", "logits", "array of length 0");
  });
});

describe("precision speedups", () => {
  it("SIMD: 512-bit registers hold 16 FP32 or 64 INT8 values", () => {
    expect(simdLanes({ registerBits: 512, elementBits: 32 })).toBe(16);
    expect(simdLanes({ registerBits: 512, elementBits: 8 })).toBe(64);
    expectInvalid(() => simdLanes({ registerBits: 512, elementBits: 1024 }), "simdLanes", "elementBits", "1024");
  });

  it("compute-bound FP16 → INT8 on an A100 is 2×; bandwidth-bound FP32 → INT8 is 4×", () => {
    expect(quantizationSpeedup({ regime: "compute", from: "fp16", to: "int8", hardware: "A100" })).toBe(2);
    expect(quantizationSpeedup({ regime: "bandwidth", from: "fp32", to: "int8" })).toBe(4);
    expectInvalid(() => quantizationSpeedup({ regime: "compute", from: "fp16", to: "int8" }), "quantizationSpeedup", "hardware", "undefined");
  });
});

describe("paretoFront", () => {
  it("keeps the non-dominated points sorted by cost, ties included", () => {
    expect(paretoFront([{ cost: 1, error: 5 }, { cost: 1, error: 5 }, { cost: 2, error: 6 }, { cost: 3, error: 1 }])).toEqual([0, 1, 3]);
    expectInvalid(() => paretoFront([{ cost: 1, error: Number.NaN }]), "paretoFront", "points[0].error", "NaN");
    expectInvalid(() => paretoFront([]), "paretoFront", "points", "array of length 0");
  });
});
