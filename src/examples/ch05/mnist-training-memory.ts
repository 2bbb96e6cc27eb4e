/**
 * WE-5.2 "MNIST training memory footprint, batch 32, FP32" (book Ch. 5, seed 004 L8508–L8685).
 */
import { activationMemory } from "../../calc/memory/activation-memory";
import { mlpMemory } from "../../calc/memory/mlp-memory";
import { workedExample } from "../worked-example";

/**
 * WE-5.2: weights, activations, gradients and Adam state of the MNIST network at batch
 * 32. The book's inference column is for one image, so "4.3× for the same batch size"
 * is 3.3× at the same batch.
 *
 * @example
 * ```ts
 * mnistTrainingMemoryExample.compute().sameBatch.training.total.to("KiB") // 1832.40625
 * ```
 */
export const mnistTrainingMemoryExample = workedExample({
  id: "WE-5.2",
  slug: "mnist-training-memory",
  title: "MNIST training memory footprint, batch 32, FP32",
  chapter: 5,
  section: "Chapter 5, Memory requirements of training (worked example)",
  lines: [8508, 8685],
  problem: "What memory does the 784→128→64→10 network need to train at batch 32 in FP32 with Adam, and how does that compare with inference?",
  inputs: {
    widths: { label: "widths", value: [784, 128, 64, 10], line: 8508 },
    batch: { label: "batch size", value: 32, line: 8508 },
  },
  compute: (i) => {
    const base = { widths: i.widths, batch: i.batch, precision: "fp32", optimizer: "adam" } as const;
    const layer = (width: number) => activationMemory({ batch: i.batch, elementsPerSample: width, precision: "fp32" }).memory;
    return { sameBatch: mlpMemory(base), oneImage: mlpMemory({ ...base, inferenceBatch: 1 }), perLayer: i.widths.map(layer) };
  },
  checks: [
    { name: "parameters", printed: "109,386", book: 109_386, unit: "params", tolerance: 0, line: 8557, value: (r) => r.sameBatch.params },
    { name: "parameter memory", printed: "427.3 KB", book: 427.3, unit: "KiB", tolerance: 2e-4, line: 8563, value: (r) => r.sameBatch.training.weights,
      note: "The book's KB are KiB: 437,544 B / 1,024." },
    { name: "input activations (32×784)", printed: "98.0 KB", book: 98, unit: "KiB", tolerance: 0, line: 8590, value: (r) => r.perLayer[0] },
    { name: "hidden-1 activations (32×128)", printed: "16.0 KB", book: 16, unit: "KiB", tolerance: 0, line: 8597, value: (r) => r.perLayer[1] },
    { name: "output activations (32×10)", printed: "1.2 KB", book: 1.2, unit: "KiB", tolerance: 0.05, line: 8611, value: (r) => r.perLayer[3], note: "1,280 B = 1.25 KiB." },
    { name: "all activations", printed: "123.2 KB", book: 123.2, unit: "KiB", tolerance: 5e-4, line: 8618, value: (r) => r.sameBatch.training.activations },
    { name: "gradients", printed: "427.3 KB", book: 427.3, unit: "KiB", tolerance: 2e-4, line: 8629, value: (r) => r.sameBatch.training.gradients },
    { name: "Adam state", printed: "854.6 KB", book: 854.6, unit: "KiB", tolerance: 2e-4, line: 8631, value: (r) => r.sameBatch.training.optimizerState },
    { name: "training total", printed: "~1.8 MB", book: 1.8, unit: "MiB", tolerance: 0.01, line: 8678, value: (r) => r.sameBatch.training.total, note: "1,832.4 KiB = 1.79 MiB." },
    { name: "inference total (one image)", printed: "~431 KB", book: 431, unit: "KiB", tolerance: 1e-3, line: 8679, value: (r) => r.oneImage.inference.total,
      note: "431 KB is the weights plus one image's 986 values; the column's own 123.2 KB of batch activations would make it 550.5 KB." },
    { name: "training ÷ inference (one-image inference)", printed: "4.3× more memory", book: 4.3, unit: "×", tolerance: 0.015, line: 8685, value: (r) => r.oneImage.trainingToInference,
      note: "1,832.4 / 431.1 = 4.25." },
    { name: "training ÷ inference at the same batch size", printed: "4.3× more memory than inference for the same batch size", book: 4.3, expected: 3.3284, unit: "×", tolerance: 1e-4, line: 8685,
      value: (r) => r.sameBatch.trainingToInference,
      note: "With inference also at batch 32 (427.3 + 123.25 KiB) the ratio is 3.33; 4.3 compares a training batch with a single image." },
  ],
  conclusion: "Gradients and Adam's two moments triple the weight memory; activations grow with the batch. Even for MNIST, training needs over three times the memory of inference at the same batch.",
});
