/**
 * W7.6 "ResNet-50 training memory" (book Ch. 7, seed 004 L15064–L15066).
 */
import { getModel } from "../../constants/models";
import { inferenceMemory } from "../../calc/memory/inference-memory";
import { trainingMemory } from "../../calc/memory/training-memory";
import { q } from "../../units/quantity";
import { recordInput, workedExample } from "../worked-example";

const resnet = getModel("ResNet-50");

/**
 * W7.6: weights, gradients and Adam state of ResNet-50 in FP32, with the book's range of
 * forward activations at batch 64.
 *
 * @example
 * ```ts
 * resnet50TrainingMemoryExample.compute().training.optimizerState.to("MB") // 204.8
 * ```
 */
export const resnet50TrainingMemoryExample = workedExample({
  id: "W7.6",
  slug: "resnet50-training-memory",
  title: "ResNet-50 training memory",
  chapter: 7,
  section: "Chapter 7, Automatic differentiation: the memory-compute trade-off",
  lines: [15064, 15066],
  problem: "How does ResNet-50's training footprint at batch 64 break down, and how does it compare with inference?",
  inputs: {
    params: recordInput("ResNet-50 parameters", resnet.params, resnet, "params"),
    activations: {
      label: "forward activations at batch 64 (midpoint of the book's 8–12 GB)", value: q(10, "GB"),
      provenance: { seed: "user", source: "assumption of this example", note: "The book gives a range, 8–12 GB (Chapter 7, memory-compute trade-off); the midpoint is taken." },
    },
  },
  compute: (i) => {
    const training = trainingMemory({ params: i.params, precision: "fp32", optimizer: "adam", activations: i.activations });
    const inference = inferenceMemory({ params: i.params, precision: "fp32" });
    return { training, inference, ratio: training.total.ratio(inference.total) };
  },
  checks: [
    { name: "weights in FP32", printed: "(~102 MB in FP32)", book: 102, unit: "MB", tolerance: 5e-3, line: 15064, value: (r) => r.training.weights },
    { name: "gradients", printed: "another ~102 MB", book: 102, unit: "MB", tolerance: 5e-3, line: 15064, value: (r) => r.training.gradients },
    { name: "Adam's two buffers", printed: "~205 MB for its two momentum buffers", book: 205, unit: "MB", tolerance: 2e-3, line: 15064, value: (r) => r.training.optimizerState },
    { name: "training footprint", printed: "reaches 10–15 GB", book: 10, unit: "GB", tolerance: 0.05, line: 15064, value: (r) => r.training.total, note: "10.4 GB with 10 GB of activations; 8.4–12.4 GB over the book's range." },
    { name: "training ÷ inference", printed: "This 100× ratio", book: 100, unit: "×", tolerance: 0.02, line: 15066, value: (r) => r.ratio, note: "10.41 GB / 102.4 MB = 102; 82–121 over the activation range." },
  ],
  conclusion: "For a CNN the parameters are a rounding error in training memory: activations saved for the backward pass are a hundred times the weights.",
});
