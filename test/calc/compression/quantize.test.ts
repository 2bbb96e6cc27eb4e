import { describe, expect, it } from "vitest";
import { quantizationParams, quantize } from "../../../src/calc/compression/quantize";
import { tensorError } from "../../../src/calc/compression/quantization-error";
import { roundToFloatFormat, FP16_MAX } from "../../../src/calc/compression/float-rounding";
import { expectInvalid } from "../expect-errors";
import { fixture, shape, weights } from "./fixture";

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe("quantize against NumPy (fixtures/compression.json, 16 × 64 weights with outliers)", () => {
  it.each(fixture.quantize.map((c) => [`${c.scheme} int${c.bits} per-${c.granularity}`, c] as const))("%s: identical codes, scales to 1e-15, MSE and SQNR to 1e-9", (_name, c) => {
    const r = quantize({ values: weights, bits: c.bits, scheme: c.scheme, granularity: c.granularity, shape });
    expect(Array.from(r.codes)).toEqual(c.codes);
    expect(Array.from(r.zeroPoints)).toEqual(c.zeroPoints);
    r.scales.forEach((s, k) => expect(rel(s, c.scales[k])).toBeLessThan(1e-15));
    expect(Array.from(r.dequantized)).toEqual(c.dequantized);
    expect(rel(r.error.mse, c.mse)).toBeLessThan(1e-9);
    expect(rel(r.error.maxAbsError, c.maxAbsError)).toBeLessThan(1e-9);
    expect(rel(r.error.sqnrDb as number, c.sqnrDb)).toBeLessThan(1e-9);
  });

  it.each(fixture.percentile.map((c) => [`${c.scheme} int${c.bits} at the ${c.percentile}th percentile`, c] as const))("%s: identical codes", (_name, c) => {
    const r = quantize({ values: weights, bits: c.bits, scheme: c.scheme, calibration: "percentile", percentile: c.percentile });
    expect(Array.from(r.codes)).toEqual(c.codes);
    expect(rel(r.error.mse, c.mse)).toBeLessThan(1e-9);
    expect(r.clipped).toBeGreaterThan(0);
  });

  it("int8 beats int4 by about 6 dB per bit, and per-channel beats per-tensor on channels of different scale", () => {
    const sqnr = (bits: number, granularity: "tensor" | "channel") => quantize({ values: weights, bits, granularity, shape }).error.sqnrDb as number;
    expect(sqnr(8, "tensor") - sqnr(4, "tensor")).toBeGreaterThan(20);
    expect(sqnr(8, "tensor") - sqnr(4, "tensor")).toBeLessThan(28);
    expect(sqnr(4, "channel")).toBeGreaterThan(sqnr(4, "tensor"));
  });

  it("percentile calibration lowers the typical int4 error on weights with outliers (mean |error|; the clipped outliers raise the MSE)", () => {
    const minmax = quantize({ values: weights, bits: 4 }).error;
    const clipped = quantize({ values: weights, bits: 4, calibration: "percentile", percentile: 99 }).error;
    expect(clipped.meanAbsError).toBeLessThan(minmax.meanAbsError);
    expect(clipped.mse).toBeGreaterThan(minmax.mse);
  });
});

describe("quantize: the book's examples", () => {
  it("the uniform-quantization listing (Ch. 10): [0.127, −0.084, 0.392, −0.203] → [41, −27, 127, −66], mean |error| 0.000457", () => {
    const r = quantize({ values: Float32Array.from([0.127, -0.084, 0.392, -0.203]), bits: 8 });
    expect(Array.from(r.codes)).toEqual([41, -27, 127, -66]);
    expect(r.scales[0]).toBeCloseTo(0.392 / 127, 9);
    expect(r.error.meanAbsError).toBeCloseTo(0.000457, 6);
  });

  it("a fixed scale clips a code outside int8 (the book's −183)", () => {
    const r = quantize({ values: Float32Array.from([0.215, -1.432, 0.902]), bits: 8, scale: 0.902 / 115 });
    expect(Array.from(r.codes)).toEqual([27, -128, 115]);
    expect(r.clipped).toBe(1);
  });

  it("affine keeps zero exact and zero-range slices get scale 1", () => {
    const r = quantize({ values: Float32Array.from([0, 0.5, 3, -1]), bits: 8, scheme: "affine" });
    expect(r.dequantized[0]).toBe(0);
    expect(r.zeroPoints[0]).toBe(64);
    const flat = quantize({ values: Float32Array.from([0, 0, 0, 0]), bits: 4, scheme: "symmetric", granularity: "channel", shape: [2, 2] });
    expect(Array.from(flat.scales)).toEqual([1, 1]);
    expect(flat.error.sqnrDb).toBeNull();
  });

  it("quantizationParams: α = −1, β = 3, 8 bits → s = 4/255 ≈ 0.0157, z = round(63.75) = 64", () => {
    const p = quantizationParams({ min: -1, max: 3, bits: 8 });
    expect(p.scale).toBeCloseTo(0.0157, 4);
    expect(p.zeroPointExact).toBeCloseTo(63.75, 12);
    expect(p.zeroPoint).toBe(64);
    expect(quantizationParams({ min: -1, max: 1, bits: 8, scheme: "symmetric" })).toMatchObject({ scale: 1 / 127, qmin: -128, qmax: 127 });
  });

  it("counts storage bits: codes plus one 32-bit scale (and zero-point) per slice", () => {
    expect(quantize({ values: weights, bits: 4 }).storageBits).toBe(1024 * 4 + 32);
    expect(quantize({ values: weights, bits: 4, scheme: "affine", granularity: "channel", shape }).storageBits).toBe(1024 * 4 + 16 * 64);
  });
});

describe("quantize rejects bad input", () => {
  it.each([
    ["bits", { bits: 1 }, "1"],
    ["bits", { bits: 17 }, "17"],
    ["bits", { bits: 4.5 }, "4.5"],
    ["shape", { bits: 8, granularity: "channel" }, "undefined"],
    ["percentile", { bits: 8, calibration: "percentile", percentile: 40 }, "40"],
    ["scale", { bits: 8, scale: 0 }, "0"],
  ] as const)("%s", (parameter, extra, text) => {
    expectInvalid(() => quantize({ values: weights, ...(extra as object) } as never), "quantize", parameter, text);
  });

  it("empty, non-finite and untyped values", () => {
    expectInvalid(() => quantize({ values: new Float32Array(0), bits: 8 }), "quantize", "values", '"an empty array"');
    expectInvalid(() => quantize({ values: Float32Array.from([1, Number.NaN]), bits: 8 }), "quantize", "values[1]", "NaN");
    expectInvalid(() => quantize({ values: [1, 2] as never, bits: 8 }), "quantize", "values", "array of length 2");
    expectInvalid(() => quantize(undefined as never), "quantize", "input", "undefined");
    expectInvalid(() => quantize({ values: weights, bits: 8, bitz: 8 } as never), "quantize", "input.bitz", "8");
  });
});

describe("roundToFloatFormat against NumPy", () => {
  it("FP16 equals astype(np.float16), BF16 equals the bit-level rounding", () => {
    expect(Array.from(roundToFloatFormat({ values: weights, format: "fp16" }).rounded)).toEqual(fixture.fp16);
    expect(Array.from(roundToFloatFormat({ values: weights, format: "bf16" }).rounded)).toEqual(fixture.bf16);
  });

  it("saturates beyond the range instead of returning Infinity, and counts flushes", () => {
    const r = roundToFloatFormat({ values: Float64Array.from([1e6, -1e6, 1e-9, 2 ** -24]), format: "fp16" });
    expect(Array.from(r.rounded)).toEqual([FP16_MAX, -FP16_MAX, 0, 2 ** -24]);
    expect([r.saturated, r.flushedToZero]).toEqual([2, 1]);
  });

  it("ties round to even (2049 → 2048 in FP16, whose spacing there is 2)", () => {
    expect(roundToFloatFormat({ values: Float32Array.from([2049, 2051]), format: "fp16" }).rounded).toEqual(Float32Array.from([2048, 2052]));
  });

  it("rejects an unknown format", () => {
    expectInvalid(() => roundToFloatFormat({ values: weights, format: "fp8" as never }), "roundToFloatFormat", "format", '"fp8"');
  });
});

describe("tensorError", () => {
  it("computes MSE, SQNR and relative error", () => {
    const e = tensorError({ original: Float32Array.from([3, 4]), approximation: Float32Array.from([3, 3]) });
    expect(e.mse).toBe(0.5);
    expect(e.sqnrDb).toBeCloseTo(10 * Math.log10(25), 12);
    expect(e.relativeError).toBeCloseTo(0.2, 12);
  });

  it("rejects arrays of different length", () => {
    expectInvalid(() => tensorError({ original: Float32Array.from([1, 2]), approximation: Float32Array.from([1]) }), "tensorError", "approximation", '"an array of 1"');
  });
});
