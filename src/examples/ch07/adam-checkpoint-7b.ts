/**
 * W7.7 "Adam checkpoint size, 7B" (book Ch. 7, seed 004 L15336).
 */
import { checkpointSize } from "../../calc/memory/checkpoint-size";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * W7.7: FP16 weights plus two FP32 Adam states per parameter.
 *
 * @example
 * ```ts
 * adamCheckpoint7bExample.compute().total.to("GB") // 70
 * ```
 */
export const adamCheckpoint7bExample = workedExample({
  id: "W7.7",
  slug: "adam-checkpoint-7b",
  title: "Adam checkpoint size, 7B",
  chapter: 7,
  section: "Chapter 7, Checkpointing and resuming training",
  lines: [15336, 15336],
  problem: "How large is the checkpoint of a 7B-parameter model trained with Adam, FP16 weights and FP32 optimizer states?",
  inputs: { params: { label: "parameters", value: q(7e9, "param"), line: 15336 } },
  compute: (i) => checkpointSize({ params: i.params, precision: "fp16", optimizer: "adam", optimizerStatePrecision: "fp32" }),
  checks: [
    { name: "weights", printed: "14 GB weights", book: 14, unit: "GB", tolerance: 0, line: 15336, value: (r) => r.weights },
    { name: "optimizer state", printed: "56 GB optimizer state", book: 56, unit: "GB", tolerance: 0, line: 15336, value: (r) => r.optimizerState },
    { name: "checkpoint", printed: "approximately 70 GB total", book: 70, unit: "GB", tolerance: 0, line: 15336, value: (r) => r.total },
    { name: "multiple of the weights", printed: "optimizer state typically quintuples the memory footprint", book: 5, unit: "×", tolerance: 0, line: 15336, value: (r) => r.multipleOfWeights },
  ],
  conclusion: "Restoring training means restoring the optimizer: the checkpoint is five times the weights, and its size sets how fast a job recovers from a failure.",
});
