/**
 * The worked examples of Chapter 7, in book order.
 */
import type { WorkedExample } from "../worked-example";
import { adamCheckpoint7bExample } from "./adam-checkpoint-7b";
import { administrativeTaxExample } from "./administrative-tax";
import { resnet50TrainingMemoryExample } from "./resnet50-training-memory";

/**
 * Chapter 7's implemented worked examples, in book order.
 *
 * @example
 * ```ts
 * chapter7Examples.map((e) => e.id) // ["W7.5", "W7.6", "W7.7"]
 * ```
 */
export const chapter7Examples: readonly WorkedExample[] = Object.freeze([
  administrativeTaxExample,
  resnet50TrainingMemoryExample,
  adamCheckpoint7bExample,
]);
