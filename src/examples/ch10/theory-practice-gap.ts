/**
 * W10.22 The theory–practice gap: ResNet-50 at 50 % sparsity and INT8 (book Ch. 10,
 * seed 004 L25904–L25916).
 */
import { compressionSpeedup } from "../../calc/compression/compression-speedup";
import { workedExample } from "../worked-example";

/** W10.22: on paper 2 × 4 = 8× (the book says 6×); measured about 1.5×, under a fifth of it. */
export const theoryPracticeGapExample = workedExample({
  id: "W10.22",
  slug: "theory-practice-gap",
  title: "The theory–practice gap of compression",
  chapter: 10,
  section: "Chapter 10, Architectural efficiency (theory–practice gap)",
  lines: [25904, 25916],
  problem: "How fast should ResNet-50 run after 50 % pruning and INT8, and how much of that do measurements show?",
  inputs: {
    sparsity: { label: "Sparsity", value: 0.5, line: 25916 },
    fromBits: { label: "FP32 bits", value: 32, line: 25916 },
    toBits: { label: "INT8 bits", value: 8, line: 25916 },
    measured: { label: "Measured speedup", value: 1.5, line: 25916 },
  },
  compute: (i) => compressionSpeedup({ sparsity: i.sparsity, fromBits: i.fromBits, toBits: i.toBits, measuredSpeedup: i.measured }),
  checks: [
    { name: "theoretical speedup", printed: "should theoretically run 6× faster", book: 6, expected: 8, unit: "×", tolerance: 0, line: 25916, value: (r) => r.theoretical,
      note: "Half the weights (2×) at a quarter of the bits (4×) multiply to 8×; the book's 6× is not the product of its own factors." },
  ],
  conclusion: "Measured, the model gains about 1.5×, under a fifth of the paper figure: dense kernels load zeros, and only structured sparsity and low-precision hardware turn savings into time.",
});
