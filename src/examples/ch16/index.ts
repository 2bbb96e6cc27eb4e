/**
 * The worked examples of Chapter 16, in book order.
 */
import type { WorkedExample } from "../worked-example";
import { conclusionAmdahlExample, meanVersusTailExample } from "./amdahl-fallacy";
import { costOfATokenExample } from "./cost-of-a-token";

/**
 * Chapter 16's implemented worked examples, in book order.
 *
 * @example
 * ```ts
 * chapter16Examples.map((e) => e.id)
 * ```
 */
export const chapter16Examples: readonly WorkedExample[] = Object.freeze([meanVersusTailExample, costOfATokenExample, conclusionAmdahlExample]);
