/**
 * WE-5.3 "MNIST vs GPT-2 data-term scale" (book Ch. 5, seed 004 L8693–L8702).
 */
import { parameterMemory } from "../../calc/model/numeric-format";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * WE-5.3: 109,386 against 1.5 billion parameters, 427 KB against 6 GB of FP32 weights.
 *
 * @example
 * ```ts
 * mnistVsGpt2ScaleExample.compute().ratio // 13712.9…
 * ```
 */
export const mnistVsGpt2ScaleExample = workedExample({
  id: "WE-5.3",
  slug: "mnist-vs-gpt2-scale",
  title: "MNIST vs GPT-2 data-term scale",
  chapter: 5,
  section: "Chapter 5, The memory explosion (Lighthouse comparison)",
  lines: [8693, 8702],
  problem: "How does the weight memory, the data term D_vol of the Iron Law, of the MNIST classifier compare with GPT-2's?",
  inputs: {
    mnistParams: { label: "MNIST parameters", value: q(109_386, "param"), line: 8696 },
    gpt2Params: { label: "GPT-2 parameters", value: q(1.5e9, "param"), line: 8698 },
  },
  compute: (i) => ({
    mnist: parameterMemory({ params: i.mnistParams, precision: "fp32" }),
    gpt2: parameterMemory({ params: i.gpt2Params, precision: "fp32" }),
    ratio: i.gpt2Params.ratio(i.mnistParams),
  }),
  checks: [
    { name: "MNIST weights in FP32", printed: "≈ 427 KB", book: 427, unit: "KiB", tolerance: 1e-3, line: 8696, value: (r) => r.mnist, note: "427.3 KiB (437.5 decimal KB)." },
    { name: "GPT-2 weights in FP32", printed: "≈ 6 GB", book: 6, unit: "GB", tolerance: 0, line: 8698, value: (r) => r.gpt2 },
    { name: "parameter ratio", printed: "13,713× jump", book: 13_713, unit: "×", tolerance: 1e-4, line: 8702, value: (r) => r.ratio },
  ],
  conclusion: "Four orders of magnitude separate a model that lives in a cache from one that must stream gigabytes from HBM: the data term, not arithmetic, becomes the problem.",
});
