/**
 * W10.17 The affine quantization example: activations in [−1, 3] to UINT8 (book Ch. 10,
 * Eqs. 10.1–10.3, seed 004 L25509–L25538).
 */
import { quantizationParams, quantize } from "../../calc/compression/quantize";
import { workedExample } from "../worked-example";

/** W10.17: range 4.0, 255 steps, s = 4/255 ≈ 0.0157, z = round(63.75) = 64; real 0 maps exactly to 64. */
export const affineQuantizationExample = workedExample({
  id: "W10.17",
  slug: "affine-quantization",
  title: "Affine quantization: scale and zero-point for [−1, 3]",
  chapter: 10,
  section: "Chapter 10, Quantization (Eqs. 10.1–10.3, affine example)",
  lines: [25509, 25538],
  problem: "Activations range from −1.0 to 3.0: what scale and zero-point map them to UINT8, and where does 0.0 land?",
  inputs: {
    alpha: { label: "α (minimum)", value: -1, line: 25525 },
    beta: { label: "β (maximum)", value: 3, line: 25525 },
    bits: { label: "Bits", value: 8, line: 25525 },
  },
  compute: (i) => {
    const params = quantizationParams({ min: i.alpha, max: i.beta, bits: i.bits });
    const zero = quantize({ values: Float32Array.from([i.alpha, 0, i.beta]), bits: i.bits, scheme: "affine" });
    return { ...params, range: i.beta - i.alpha, zeroCode: zero.codes[1], zeroBack: zero.dequantized[1] };
  },
  checks: [
    { name: "range", printed: "= 4.0", book: 4, unit: "", tolerance: 0, line: 25528, value: (r) => r.range },
    { name: "steps", printed: "= 255", book: 255, unit: "steps", tolerance: 0, line: 25530, value: (r) => r.qmax },
    { name: "scale", printed: "4.0 / 255 ≈ 0.0157", book: 0.0157, unit: "", tolerance: 0.001, line: 25532, value: (r) => r.scale, note: "0.015686, rounded." },
    { name: "zero-point before rounding", printed: "round(63.75)", book: 63.75, unit: "", tolerance: 1e-12, line: 25534, value: (r) => r.zeroPointExact },
    { name: "zero-point", printed: "= 64", book: 64, unit: "", tolerance: 0, line: 25534, value: (r) => r.zeroPoint },
    { name: "code of real 0.0", printed: "represented by the integer 64", book: 64, unit: "", tolerance: 0, line: 25538, value: (r) => r.zeroCode },
  ],
  conclusion: "Zero is exact: it is stored as 64 and comes back as 0.0, so zero padding adds no quantization noise.",
});
