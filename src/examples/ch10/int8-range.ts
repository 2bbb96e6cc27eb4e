/**
 * W10.18 The weight-quantization example whose −1.432 becomes "−183": a code outside
 * INT8 (book Ch. 10, seed 004 L25575).
 */
import { quantize } from "../../calc/compression/quantize";
import { workedExample } from "../worked-example";

/** W10.18: at the book's implied scale (0.902/115), −1.432 needs code −183, which INT8 clamps to −128; symmetric calibration would use s = 1.432/127. */
export const int8RangeExample = workedExample({
  id: "W10.18",
  slug: "int8-range",
  title: "Weight quantization: a code outside the INT8 range",
  chapter: 10,
  section: "Chapter 10, Quantization (weights vs activations)",
  lines: [25575, 25575],
  problem: "The book maps [0.215, −1.432, 0.902] to INT8 [27, −183, 115]: is that a valid INT8 encoding?",
  inputs: {
    weights: { label: "FP32 weights", value: [0.215, -1.432, 0.902], line: 25575 },
    impliedScale: { label: "Scale implied by 0.902 → 115", value: 0.902 / 115, line: 25575 },
  },
  compute: (i) => ({
    implied: quantize({ values: Float32Array.from(i.weights), bits: 8, scale: i.impliedScale }),
    calibrated: quantize({ values: Float32Array.from(i.weights), bits: 8 }),
  }),
  checks: [
    { name: "code of 0.215", printed: "[27, −183, 115, …]", book: 27, unit: "code", tolerance: 0, line: 25575, value: (r) => r.implied.codes[0] },
    { name: "code of −1.432", printed: "−183", book: -183, expected: -128, unit: "code", tolerance: 0, line: 25575, value: (r) => r.implied.codes[1],
      note: "INT8 holds −128 to 127: −183 is clamped to −128, a 0.43 error. Calibrating the scale to max|w| (1.432/127) gives [19, −127, 80] with no clipping." },
    { name: "code of 0.902", printed: "115", book: 115, unit: "code", tolerance: 0, line: 25575, value: (r) => r.implied.codes[2] },
  ],
  conclusion: "A scale must come from the data's range: picked too small, it clips the largest weight, the one that matters most.",
});
