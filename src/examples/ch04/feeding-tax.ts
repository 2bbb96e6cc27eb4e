/**
 * WE-4.2 "The feeding problem": an accelerator that processes 76,098 samples a
 * second, fed from a 250 MB/s cloud volume (book Ch. 4, seed 004 L5241–L5245).
 */
import { feedingTax } from "../../calc/data/feeding-tax";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** WE-4.2: keeping compute busy needs 45.8 GB/s; 250 MB/s leaves the accelerator idle 99.45 % of the time. */
export const feedingTaxExample = workedExample({
  id: "WE-4.2",
  slug: "feeding-tax",
  title: "The feeding problem and the feeding tax",
  chapter: 4,
  section: "Chapter 4, The Feeding Problem: flow rate and the feeding tax",
  lines: [5241, 5245],
  problem: "How much of its time does an accelerator that can process 76,098 samples per second wait when storage delivers 250 MB/s?",
  inputs: {
    computeRate: { label: "Samples per second the accelerator processes", value: 76_098, line: 5245 },
    sampleBytes: { label: "Bytes per sample (224 × 224 × 3 FP32 tensor)", value: q(602_112, "B"), line: 5245,
      note: "Not printed: 224 × 224 × 3 × 4 B reproduces the book's 45.8 GB/s (and 76,098 = 312 TFLOP/s / 4.1 GFLOP)." },
    storage: { label: "Storage pipeline", value: q(250, "MB/s"), line: 5245 },
  },
  compute: (i) => feedingTax({ computeSamplesPerSecond: i.computeRate, bytesPerSample: i.sampleBytes, storageBandwidth: i.storage }),
  checks: [
    { name: "feeding tax", printed: "can exceed 99%", book: 99, unit: "%", tolerance: 0.005, line: 5245, value: (r) => r.feedingTax * 100, note: "99.45 %: the book says it exceeds 99 %." },
    { name: "bandwidth that saturates the accelerator", printed: "45.8 GB/s", book: 45.8, unit: "GB/s", tolerance: 0.001, line: 5245, value: (r) => r.requiredBandwidth },
    { name: "which side limits", printed: "the expensive silicon sits idle", book: "storage", line: 5245, value: (r) => r.bound },
  ],
  conclusion: "A standard cloud volume delivers 0.55 % of what the accelerator can consume: the data pipeline, not the chip, sets the training speed.",
});
