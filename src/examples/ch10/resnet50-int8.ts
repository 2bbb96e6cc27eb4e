/**
 * W10.31 ResNet-50 from FP32 to INT8, measured: accuracy, latency, size and energy
 * (book Ch. 10, seed 004 L26596).
 */
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** W10.31: 4.2 → 1.3 ms is 3.2×, 98 → 25 MB 3.9×, 0.31 → 0.08 J 3.9×, for 0.3 points of top-1. */
export const resnet50Int8Example = workedExample({
  id: "W10.31",
  slug: "resnet50-int8",
  title: "ResNet-50 INT8: what the measurements show",
  chapter: 10,
  section: "Chapter 10, Measuring optimization impact (ResNet-50 INT8)",
  lines: [26596, 26596],
  problem: "What do the measured FP32 and INT8 figures of ResNet-50 on a V100 say about speed, size and energy?",
  inputs: {
    fp32Latency: { label: "FP32 latency", value: q(4.2, "ms"), line: 26596 },
    int8Latency: { label: "INT8 latency", value: q(1.3, "ms"), line: 26596 },
    fp32Size: { label: "FP32 size", value: q(98, "MB"), line: 26596 },
    int8Size: { label: "INT8 size", value: q(25, "MB"), line: 26596 },
    fp32Energy: { label: "FP32 energy per inference", value: q(0.31, "J"), line: 26596 },
    int8Energy: { label: "INT8 energy per inference", value: q(0.08, "J"), line: 26596 },
    fp32Top1: { label: "FP32 top-1 (%)", value: 76.1, line: 26596 },
    int8Top1: { label: "INT8 top-1 (%)", value: 75.8, line: 26596 },
  },
  compute: (i) => ({
    speedup: i.fp32Latency.ratio(i.int8Latency), sizeRatio: i.fp32Size.ratio(i.int8Size),
    energyRatio: i.fp32Energy.ratio(i.int8Energy), accuracyLoss: i.fp32Top1 - i.int8Top1,
  }),
  checks: [
    { name: "accuracy loss", printed: "(0.3% degradation)", book: 0.3, unit: "points", tolerance: 1e-9, line: 26596, value: (r) => r.accuracyLoss },
    { name: "speedup", printed: "(3.2× speedup)", book: 3.2, unit: "×", tolerance: 0.01, line: 26596, value: (r) => r.speedup, note: "3.23×." },
    { name: "size reduction", printed: "(3.9× reduction)", book: 3.9, unit: "×", tolerance: 0.006, line: 26596, value: (r) => r.sizeRatio, note: "3.92×." },
    { name: "energy improvement", printed: "(3.9× improvement)", book: 3.9, unit: "×", tolerance: 0.007, line: 26596, value: (r) => r.energyRatio, note: "3.875×." },
  ],
  conclusion: "INT8 comes close to its 4× in size and energy but not in latency (3.2× on this GPU, 1.8× on CPU), for 0.3 points of accuracy.",
});
