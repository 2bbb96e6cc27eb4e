/**
 * WE-6.17 "Fallacy numbers" (book Ch. 6, Fallacies and Pitfalls, seed 004 L13261–L13281).
 */
import { attentionScoreMemory } from "../../calc/memory/attention-memory";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * WE-6.17: the ratios behind the chapter's fallacies and pitfalls.
 *
 * @example
 * ```ts
 * fallacyNumbersExample.compute().contextMemory // 16
 * ```
 */
export const fallacyNumbersExample = workedExample({
  id: "WE-6.17",
  slug: "fallacy-numbers",
  title: "Fallacy numbers",
  chapter: 6,
  section: "Chapter 6, Fallacies and pitfalls",
  lines: [13261, 13281],
  problem: "Do the ratios quoted in the chapter's fallacies and pitfalls follow from their own numbers?",
  inputs: {
    cheapJob: { label: "training job, right architecture", value: q(1000, "USD"), line: 13261 },
    costlyJob: { label: "training job, defaulted to a Transformer", value: q(10_000, "USD"), line: 13261 },
    longContext: { label: "long context", value: 2048, line: 13265 },
    shortContext: { label: "short context", value: 512, line: 13265 },
    a100Latency: { label: "Transformer on an A100", value: q(50, "ms"), line: 13269 },
    mobileLatency: { label: "on a mobile SoC", value: q(2000, "ms"), line: 13269 },
    resnetRate: { label: "ResNet throughput", value: 250, line: 13273 },
    hybridRate: { label: "with naive attention", value: 80, line: 13273 },
    clusterMemory: { label: "8× A100 memory", value: q(640, "GB"), line: 13277 },
    edgeMemory: { label: "edge device memory", value: q(4, "GB"), line: 13277 },
  },
  compute: (i) => {
    const scores = (n: number) => attentionScoreMemory({ sequenceLength: n, heads: 1, precision: "fp16" }).perLayer;
    return {
      waste: i.costlyJob.ratio(i.cheapJob),
      contextMemory: scores(i.longContext).ratio(scores(i.shortContext)),
      slowdown: i.mobileLatency.ratio(i.a100Latency),
      throughputLoss: i.resnetRate / i.hybridRate,
      memoryGap: i.clusterMemory.ratio(i.edgeMemory),
    };
  },
  checks: [
    { name: "wasted resources", printed: "waste 5–10× resources", book: 10, unit: "×", tolerance: 0, line: 13261, value: (r) => r.waste, note: "$1,000 → $10,000 is the upper end, 10×." },
    { name: "attention memory, 2,048 vs 512 tokens", printed: "16× more memory", book: 16, unit: "×", tolerance: 0, line: 13265, value: (r) => r.contextMemory },
    { name: "A100 → mobile SoC", printed: "a 40× slowdown", book: 40, unit: "×", tolerance: 0, line: 13269, value: (r) => r.slowdown },
    { name: "ResNet throughput with naive attention", printed: "a 3× throughput reduction", book: 3, unit: "×", tolerance: 0.05, line: 13273, value: (r) => r.throughputLoss, note: "250 / 80 = 3.1." },
    { name: "cluster vs edge memory", printed: "the 160× reduction", book: 160, unit: "×", tolerance: 0, line: 13277, value: (r) => r.memoryGap },
  ],
  conclusion: "Each fallacy is a ratio of one or two orders of magnitude between what an architecture needs and what the target provides; they hold as printed.",
});
