/**
 * WE-5.4 "Can I train a 100M-parameter model on a 16 GB GPU?" (book Ch. 5, seed 004 L8770–L8772).
 */
import { fitsOnDevice } from "../../calc/memory/fits-on-device";
import { trainingMemory } from "../../calc/memory/training-memory";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * WE-5.4: the napkin rule params × 4 B × 4 is FP32 Adam's 16 B per parameter.
 *
 * @example
 * ```ts
 * train100mOn16gbExample.compute().fit.margin.to("GB") // 14.4
 * ```
 */
export const train100mOn16gbExample = workedExample({
  id: "WE-5.4",
  slug: "train-100m-on-16gb",
  title: "Napkin: Can I train a 100M-parameter model on a 16 GB GPU?",
  chapter: 5,
  section: "Chapter 5, Quick estimation for ML engineers (napkin math)",
  lines: [8770, 8772],
  problem: "Does a 100M-parameter model train on a 16 GB GPU, and how much memory is left for activations?",
  inputs: {
    params: { label: "parameters", value: q(100e6, "param"), line: 8770 },
    gpuMemory: { label: "GPU memory", value: q(16, "GB"), line: 8770 },
  },
  compute: (i) => {
    const model = trainingMemory({ params: i.params, precision: "fp32", optimizer: "adam" });
    return { model, fit: fitsOnDevice({ required: model.modelState, capacity: i.gpuMemory }) };
  },
  checks: [
    { name: "weights, gradients and Adam state", printed: "= 1.6 GB for model", book: 1.6, unit: "GB", tolerance: 1e-12, line: 8772, value: (r) => r.model.modelState,
      note: "4 B each for weights and gradients and 8 B for Adam's two moments: the book's ×4." },
    { name: "left for activations", printed: "Leaves ~14 GB", book: 14, unit: "GB", tolerance: 0.03, line: 8772, value: (r) => r.fit.margin, note: "16 − 1.6 = 14.4 GB." },
    { name: "verdict", printed: "Yes, comfortably", book: "fits", line: 8772, value: (r) => (r.fit.fits ? "fits" : "does not fit") },
  ],
  conclusion: "Model state is a tenth of the GPU; the batch size, through activations, is what the remaining 14 GB constrains.",
});
