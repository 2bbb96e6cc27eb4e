/**
 * W10.16 The uniform-quantization listing: four FP32 weights to INT8 with scale
 * max|w| / 127 (book Ch. 10, seed 004 L25429–L25452).
 */
import { quantize } from "../../calc/compression/quantize";
import { workedExample } from "../worked-example";

/** W10.16: s = 0.392/127; codes [41, −27, 127, −66]; mean |error| 0.000457 (the listing prints it but the text shows no value). */
export const uniformQuantizationListingExample = workedExample({
  id: "W10.16",
  slug: "uniform-quantization-listing",
  title: "Uniform symmetric INT8 quantization of four weights",
  chapter: 10,
  section: "Chapter 10, Quantization (uniform-quantization listing)",
  lines: [25429, 25452],
  problem: "Quantize [0.127, −0.084, 0.392, −0.203] to INT8 with scale max|w| / 127, then dequantize: what codes and error result?",
  inputs: { weights: { label: "FP32 weights", value: [0.127, -0.084, 0.392, -0.203], line: 25431 } },
  compute: (i) => quantize({ values: Float32Array.from(i.weights), bits: 8 }),
  checks: [
    { name: "code of the largest weight", printed: "127 is max positive INT8 value", book: 127, unit: "code", tolerance: 0, line: 25439, value: (r) => Math.max(...r.codes) },
    { name: "bits per stored code", printed: "8 bits (reduced from 32)", book: 8, unit: "bits", tolerance: 0, line: 25444, value: (r) => (r.storageBits - 32) / r.codes.length,
      note: "Plus one 32-bit scale for the tensor: for four weights it doubles the storage, for millions it vanishes." },
  ],
  conclusion: "The codes are [41, −27, 127, −66] and the dequantized weights differ by 0.000457 on average: less than a quarter of the 0.0031 step size.",
});
