/**
 * W10.14 "The throughput physics of INT8": SIMD lanes in a 512-bit register (book
 * Ch. 10, seed 004 L25192–L25209).
 */
import { simdLanes } from "../../calc/compression/precision-speedup";
import { workedExample } from "../worked-example";

/** W10.14: 512/32 = 16 FP32 lanes, 512/8 = 64 INT8 lanes: 4×. */
export const simdPackingExample = workedExample({
  id: "W10.14",
  slug: "simd-packing",
  title: "SIMD packing: why INT8 is faster on the same core",
  chapter: 10,
  section: "Chapter 10, Numerical precision (SIMD throughput)",
  lines: [25192, 25209],
  problem: "How many more INT8 than FP32 operations does one AVX-512 instruction perform?",
  inputs: {
    register: { label: "Register width (bits)", value: 512, line: 25199 },
    fp32: { label: "FP32 width (bits)", value: 32, line: 25201 },
    int8: { label: "INT8 width (bits)", value: 8, line: 25203 },
  },
  compute: (i) => {
    const fp32 = simdLanes({ registerBits: i.register, elementBits: i.fp32 });
    const int8 = simdLanes({ registerBits: i.register, elementBits: i.int8 });
    return { fp32, int8, gain: int8 / fp32 };
  },
  checks: [
    { name: "FP32 operations per cycle", printed: "= 16 operations per cycle", book: 16, unit: "ops/cycle", tolerance: 0, line: 25201, value: (r) => r.fp32 },
    { name: "INT8 operations per cycle", printed: "= 64 operations per cycle", book: 64, unit: "ops/cycle", tolerance: 0, line: 25203, value: (r) => r.int8 },
    { name: "throughput gain", printed: "= 4×", book: 4, unit: "×", tolerance: 0, line: 25207, value: (r) => r.gain },
  ],
  conclusion: "A register holds four times as many INT8 values, so compute-bound layers gain 4× from packing alone, before any saving in memory traffic.",
});
