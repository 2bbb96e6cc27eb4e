/**
 * W10.15 "Compute-bound FP16 → INT8": the speedup a matrix multiplication gets from
 * quantization depends on its bottleneck (book Ch. 10, seed 004 L25222–L25235).
 */
import { getHardware } from "../../constants/hardware";
import { quantizationSpeedup } from "../../calc/compression/precision-speedup";
import { workedExample } from "../worked-example";

/** W10.15: A100 624 TOPS / 312 TFLOP/s = 2× when compute-bound; bandwidth-bound, FP16 → INT8 halves the bytes (2×) and FP16 → INT4 quarters them (the book's "up to 4×"). */
export const computeBoundInt8Example = workedExample({
  id: "W10.15",
  slug: "compute-bound-int8",
  title: "Quantization speedup: compute-bound vs bandwidth-bound",
  chapter: 10,
  section: "Chapter 10, Numerical precision (compute-bound INT8 problem)",
  lines: [25222, 25235],
  problem: "A compute-bound matrix multiplication moves from FP16 to INT8 on an A100: what speedup should it expect, and how does a bandwidth-bound one differ?",
  inputs: { device: { label: "Accelerator", value: "A100", provenance: getHardware("A100").provenance } },
  compute: (i) => ({
    compute: quantizationSpeedup({ regime: "compute", from: "fp16", to: "int8", hardware: i.device }),
    bandwidthInt8: quantizationSpeedup({ regime: "bandwidth", from: "fp16", to: "int8" }),
    bandwidthInt4: quantizationSpeedup({ regime: "bandwidth", from: "fp16", to: "int4" }),
  }),
  checks: [
    { name: "A100 peak ratio INT8 / FP16", printed: "a 2× peak throughput increase", book: 2, unit: "×", tolerance: 0, line: 25227, value: (r) => r.compute },
    { name: "compute-bound speedup", printed: "~2× speedup", book: 2, unit: "×", tolerance: 0, line: 25231, value: (r) => r.compute },
    { name: "bandwidth-bound speedup, FP16 → INT8", printed: "achieves up to 4×", book: 4, expected: 2, unit: "×", tolerance: 0, line: 25235, value: (r) => r.bandwidthInt8,
      note: "Halving the bytes gives at most 2×; the 4× of the napkin math it cites is FP16 → INT4." },
    { name: "bandwidth-bound speedup, FP16 → INT4", printed: "achieves up to 4×", book: 4, unit: "×", tolerance: 0, line: 25235, value: (r) => r.bandwidthInt4 },
  ],
  conclusion: "Ask what bounds the kernel: compute-bound layers gain the peak ratio (2× on an A100), bandwidth-bound ones the byte ratio.",
});
