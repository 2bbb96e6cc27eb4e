/**
 * W7.5 "Administrative Tax notebook" (book Ch. 7, seed 004 L15524–L15550).
 */
import { activationMemory } from "../../calc/memory/activation-memory";
import { trainingMemory } from "../../calc/memory/training-memory";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * W7.5: the shadow tensors (gradients, FP32 Adam moments, stored activations) of a
 * 1B-parameter FP16 model at batch 32.
 *
 * @example
 * ```ts
 * administrativeTaxExample.compute().tax.to("GB") // 16.7108864
 * ```
 */
export const administrativeTaxExample = workedExample({
  id: "W7.5",
  slug: "administrative-tax",
  title: "Administrative Tax notebook",
  chapter: 7,
  section: "Chapter 7, Tensors and the administrative tax (notebook)",
  lines: [15524, 15550],
  problem: "How much memory do gradients, optimizer state and activations add to a 2 GB (FP16) model before the first batch is processed?",
  inputs: {
    params: { label: "parameters (2 GB of FP16 weights)", value: q(1e9, "param"), line: 15534,
      note: "The book gives 2 GB of weights; with FP16 (2 B) that is 1B parameters, which its 8 GB of two FP32 Adam states confirms." },
    batch: { label: "batch size", value: 32, line: 15543 },
    layers: { label: "layers", value: 100, line: 15543 },
    width: { label: "width", value: 1024, line: 15545 },
  },
  compute: (i) => {
    const activations = activationMemory({ batch: i.batch, layers: i.layers, elementsPerSample: i.width ** 2, precision: "fp16" }).memory;
    const memory = trainingMemory({ params: i.params, precision: "fp16", optimizer: "adam", optimizerStatePrecision: "fp32", activations });
    return { memory, tax: memory.total.minus(memory.weights) };
  },
  checks: [
    { name: "weights", printed: "Model Weights: 2 GB", book: 2, unit: "GB", tolerance: 0, line: 15534, value: (r) => r.memory.weights },
    { name: "gradients", printed: "Gradients: 2 GB", book: 2, unit: "GB", tolerance: 0, line: 15537, value: (r) => r.memory.gradients },
    { name: "Adam moments in FP32", printed: "Optimizer States (Adam): 8 GB", book: 8, unit: "GB", tolerance: 0, line: 15540, value: (r) => r.memory.optimizerState,
      note: "8 GB is two FP32 moments for 1B parameters; the book's gloss '2 × weights' (2 × 2 GB = 4 GB) holds only in parameter count, not bytes." },
    { name: "activations, 32 × 100 × 1024² × 2 B", printed: "≈ 6.7 GB", book: 6.7, unit: "GB", tolerance: 2e-3, line: 15545, value: (r) => r.memory.activations },
    { name: "the administrative tax", printed: "~17 GB", book: 17, unit: "GB", tolerance: 0.02, line: 15550, value: (r) => r.tax, note: "2 + 8 + 6.7 = 16.7 GB." },
  ],
  conclusion: "Training a 2 GB model needs about 19 GB: the weights are a tenth of the footprint, and every shadow tensor is data the step must move.",
});
