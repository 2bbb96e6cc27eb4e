/**
 * The worked examples of Chapter 4, in book order.
 */
import type { WorkedExample } from "../worked-example";
import { etlVsEltExample } from "./etl-vs-elt";

/**
 * Chapter 4's implemented worked examples, in book order.
 *
 * @example
 * ```ts
 * chapter4Examples.map((e) => e.id)
 * ```
 */
export const chapter4Examples: readonly WorkedExample[] = Object.freeze([etlVsEltExample]);
