/**
 * WE-6.15 "ResNet-50 at 30 FPS throughput ceiling" (book Ch. 6, seed 004 L13078–L13091).
 */
import { computeHeadroom } from "../../calc/model/compute-headroom";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * WE-6.15: sustained compute for 30 frames/s of ResNet-50 and of a 100-GFLOP detector
 * on a 10 TFLOPS GPU. 30 × 4 GFLOPs is 120, not 123.
 *
 * @example
 * ```ts
 * resnet30fpsThroughputExample.compute().resnet.requiredRate.to("GFLOP/s") // 120
 * ```
 */
export const resnet30fpsThroughputExample = workedExample({
  id: "WE-6.15",
  slug: "resnet-30fps-throughput",
  title: "ResNet-50 at 30 FPS throughput ceiling",
  chapter: 6,
  section: "Chapter 6, Architecture selection: the throughput ceiling (napkin math)",
  lines: [13078, 13091],
  problem: "What sustained throughput does 30 FPS of ResNet-50 need, and how much headroom does a 10 TFLOPS GPU leave?",
  inputs: {
    resnetOps: { label: "ResNet-50 per image", value: q(4, "GFLOP"), line: 13083 },
    fps: { label: "frame rate", value: 30, line: 13085 },
    peak: { label: "GPU peak", value: q(10, "TFLOPS"), line: 13091 },
    lowUtilisation: { label: "utilisation (low)", value: 0.5, line: 13091 },
    highUtilisation: { label: "utilisation (high)", value: 0.6, line: 13091 },
    detectorOps: { label: "detector per frame", value: q(100, "GFLOP"), line: 13091 },
  },
  compute: (i) => {
    const run = (ops: typeof i.resnetOps, utilisation: number) => computeHeadroom({ operationsPerItem: ops, itemsPerSecond: i.fps, peakFlops: i.peak, utilisation });
    return { resnet: run(i.resnetOps, i.lowUtilisation), detector: run(i.detectorOps, i.highUtilisation) };
  },
  checks: [
    { name: "sustained throughput", printed: "= 123 GFLOPs/sec", book: 123, expected: 120, unit: "GFLOP/s", tolerance: 1e-12, line: 13087, value: (r) => r.resnet.requiredRate,
      note: "30 × 4 GFLOPs = 120; 123 is 30 × 4.1, the Table 6.2 figure the line does not use." },
    { name: "headroom at 50 % of 10 TFLOPS", printed: "41× headroom", book: 41, unit: "×", tolerance: 0.02, line: 13091, value: (r) => r.resnet.headroom, note: "5,000 / 120 = 41.7." },
    { name: "detector throughput", printed: "requires 3 TFLOPS sustained", book: 3, unit: "TFLOP/s", tolerance: 1e-12, line: 13091, value: (r) => r.detector.requiredRate },
    { name: "detector headroom at 60 %", printed: "only 2× headroom", book: 2, unit: "×", tolerance: 1e-12, line: 13091, value: (r) => r.detector.headroom, note: "6 / 3; at 50 % it is 1.7×." },
  ],
  conclusion: "A classifier at video rate uses a few per cent of a mid-range GPU; a detector 25× heavier leaves almost no margin for batching or more streams.",
});
