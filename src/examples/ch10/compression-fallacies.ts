/**
 * W10.33 The compression fallacies in numbers: sparsity that does not speed up, and
 * quantized memory that does not become latency (book Ch. 10, seed 004 L26791–L26807).
 */
import { compressionSpeedup } from "../../calc/compression/compression-speedup";
import { compressedModelCost } from "../../calc/compression/compressed-model-cost";
import { workedExample } from "../worked-example";

/** W10.33: a 110M-parameter transformer is 440 MB in FP32 and 110 MB in INT8; 50 % sparsity + INT8 "should" be 8×, measured 1.28×. */
export const compressionFallaciesExample = workedExample({
  id: "W10.33",
  slug: "compression-fallacies",
  title: "Compression fallacies: expected against measured",
  chapter: 10,
  section: "Chapter 10, Fallacies and pitfalls",
  lines: [26791, 26807],
  problem: "What do INT8 and 50 % sparsity promise for a BERT-size transformer, and how much of it does a measurement show?",
  inputs: {
    params: { label: "Parameters of a 440 MB FP32 transformer", value: 110e6, line: 26795 },
    sparsity: { label: "Sparsity", value: 0.5, line: 26807 },
    measured: { label: "Measured end-to-end speedup (28 %)", value: 1.28, line: 26807 },
    fewerParams: { label: "Parameters removed by irregular pruning", value: 0.4, line: 26795 },
    latencyCut: { label: "Latency reduction measured on ARM", value: 0.12, line: 26795 },
  },
  compute: (i) => ({
    fp32: compressedModelCost({ params: i.params, precision: "fp32" }).weightBytes,
    int8: compressedModelCost({ params: i.params, precision: "int8" }).weightBytes,
    combined: compressionSpeedup({ sparsity: i.sparsity, fromBits: 32, toBits: 8, measuredSpeedup: i.measured }),
    pruningRealised: i.latencyCut / i.fewerParams,
  }),
  checks: [
    { name: "FP32 transformer", printed: "from 440 MB to 110 MB", book: 440, unit: "MB", tolerance: 0, line: 26795, value: (r) => r.fp32 },
    { name: "INT8 transformer", printed: "110 MB", book: 110, unit: "MB", tolerance: 0, line: 26795, value: (r) => r.int8 },
    { name: "expected speedup of 50 % sparsity + INT8", printed: "rather than the expected 8×", book: 8, unit: "×", tolerance: 0, line: 26807, value: (r) => r.combined.theoretical },
  ],
  conclusion: "Measured, 50 % sparsity + INT8 gives 1.28×, 16 % of the paper 8×, and 40 % fewer irregular parameters cut latency by 12 %: compression pays only where hardware can use it.",
});
