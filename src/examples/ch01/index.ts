/**
 * The worked examples of Chapter 1, in book order.
 */
import type { WorkedExample } from "../worked-example";
import { gpt3TrainingTimeExample } from "./gpt3-training-time";

/**
 * Chapter 1's implemented worked examples, in book order.
 *
 * @example
 * ```ts
 * chapter1Examples.map((e) => e.id)
 * ```
 */
export const chapter1Examples: readonly WorkedExample[] = Object.freeze([gpt3TrainingTimeExample]);
