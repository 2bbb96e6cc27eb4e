/**
 * WE-5.8 "Larger MNIST variant 784→512→256→10, batch 32" (book Ch. 5, seed 004 L9385–L9398).
 */
import { activationMemory } from "../../calc/memory/activation-memory";
import { mlpMemory } from "../../calc/memory/mlp-memory";
import { trainingMemory } from "../../calc/memory/training-memory";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * WE-5.8: activations of the wider network and Adam's overhead at 7B parameters.
 *
 * @example
 * ```ts
 * largerMnistVariantExample.compute().network.params // 535818
 * ```
 */
export const largerMnistVariantExample = workedExample({
  id: "WE-5.8",
  slug: "larger-mnist-variant",
  title: "Larger MNIST variant 784→512→256→10, batch 32",
  chapter: 5,
  section: "Chapter 5, Computational implementation details (activation and gradient storage)",
  lines: [9385, 9398],
  problem: "What must a 784→512→256→10 network store per layer at batch 32, and what does Adam add for a 7B-parameter model?",
  inputs: {
    widths: { label: "widths", value: [784, 512, 256, 10], line: 9385 },
    batch: { label: "batch size", value: 32, line: 9385 },
    largeModel: { label: "a 7B-parameter model", value: q(7e9, "param"), line: 9398 },
  },
  compute: (i) => ({
    network: mlpMemory({ widths: i.widths, batch: i.batch, precision: "fp32", optimizer: "adam" }),
    perLayer: i.widths.map((width) => activationMemory({ batch: i.batch, elementsPerSample: width, precision: "fp32" }).memory),
    adam7b: trainingMemory({ params: i.largeModel, precision: "fp32", optimizer: "adam" }).optimizerState,
  }),
  checks: [
    { name: "input activations", printed: "~98 KB", book: 98, unit: "KiB", tolerance: 0, line: 9388, value: (r) => r.perLayer[0] },
    { name: "hidden-1 activations", printed: "~64 KB", book: 64, unit: "KiB", tolerance: 0, line: 9390, value: (r) => r.perLayer[1] },
    { name: "hidden-2 activations", printed: "~32 KB", book: 32, unit: "KiB", tolerance: 0, line: 9392, value: (r) => r.perLayer[2] },
    { name: "output activations", printed: "~1.2 KB", book: 1.2, unit: "KiB", tolerance: 0.05, line: 9394, value: (r) => r.perLayer[3], note: "1.25 KiB." },
    { name: "parameters", printed: "approximately 535,818 parameters", book: 535_818, unit: "params", tolerance: 0, line: 9398, value: (r) => r.network.params },
    { name: "Adam's extra memory at 7B, FP32", printed: "~56 GB in FP32", book: 56, unit: "GB", tolerance: 0, line: 9398, value: (r) => r.adam7b },
  ],
  conclusion: "Activations scale with batch × width, gradients and optimizer state with the parameter count: for small networks the former dominate, for large models Adam alone needs tens of gigabytes.",
});
