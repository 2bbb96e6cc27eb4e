/**
 * WE-1.4 "D·A·M diagnosis": ResNet-50 at batch 1 on an A100 (book Ch. 1, seed 004
 * L1119): which term of the Iron Law dominates one forward pass?
 */
import { getHardware } from "../../constants/hardware";
import { peakFlopsOf } from "../../calc/device/hardware-rates";
import { ironLaw } from "../../calc/performance/iron-law";
import { q } from "../../units/quantity";
import { recordInput, workedExample } from "../worked-example";

const a100 = getHardware("A100");

/**
 * WE-1.4: 25 MB of weights at 2 TB/s take 12.5 µs, as printed; but 4 GFLOP at the
 * A100's 312 TFLOP/s take 12.8 µs, not 2 µs, so the two terms are about equal (ratio
 * 0.98, not 6×) and the pass is marginally compute-bound at FP16 peak.
 *
 * @example
 * ```ts
 * damDiagnosisExample.compute().computeTime.to("us") // 12.82…
 * ```
 */
export const damDiagnosisExample = workedExample({
  id: "WE-1.4",
  slug: "dam-diagnosis-resnet50",
  title: "D·A·M diagnosis: ResNet-50 at batch 1 on an A100",
  chapter: 1,
  section: "Chapter 1, The D·A·M taxonomy",
  lines: [1119, 1119],
  problem: "Is a batch-1 ResNet-50 forward pass on an A100 limited by moving its weights or by its arithmetic?",
  inputs: {
    dataVolume: { label: "weights moved per pass", value: q(25, "MB"), line: 1119 },
    bandwidth: { label: "A100 bandwidth (book's round figure)", value: q(2, "TB/s"), line: 1119 },
    operations: { label: "compute per pass", value: q(4, "GFLOP"), line: 1119 },
    peakFlops: recordInput("A100 FP16 tensor-core peak", peakFlopsOf(a100, "fp16"), a100, "peakFlops.fp16"),
  },
  compute: (i) => ironLaw({ ...i, efficiency: 1, latency: 0 }),
  checks: [
    { name: "time to move the weights", printed: "12.5 μs", book: 12.5, unit: "us", tolerance: 1e-12, line: 1119, value: (r) => r.dataTime },
    { name: "time of the arithmetic at peak", printed: "2 μs", book: 2, expected: 12.8205, unit: "us", tolerance: 1e-5, line: 1119, value: (r) => r.computeTime,
      note: "4e9 FLOP / 312e12 FLOP/s = 12.8 µs; 2 µs would need 2,000 TFLOP/s. (25 MB is ResNet-50's 25.6 M parameters at one byte each, INT8; at INT8's 624 TOPS the arithmetic would take 6.4 µs.)" },
    { name: "data time ÷ compute time", printed: "This 6× gap", book: 6, expected: 0.975, unit: "×", tolerance: 1e-9, line: 1119, value: (r) => r.dataTime.ratio(r.computeTime),
      note: "12.5 / 12.82 = 0.975: the terms are about equal. The book's 6× uses its 2 µs; even 12.5 / 2 is 6.25." },
    { name: "dominant term", printed: "memory-bandwidth-bound", book: "memory-bound", expected: "compute-bound", line: 1119,
      value: (r) => (r.dominant === "data" ? "memory-bound" : "compute-bound"),
      note: "With the recomputed 12.8 µs the compute term is marginally larger; Chapter 2's analysis of the same model (FP16 weights, 51 MB) is memory-bound by 2×." },
  ],
  conclusion: "Diagnose with numbers: here the two Iron Law terms are nearly equal, so a faster memory alone would not make the pass much faster.",
});
