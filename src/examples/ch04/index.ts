/**
 * The worked examples of Chapter 4, in book order.
 */
import type { WorkedExample } from "../worked-example";
import { dataGravityExample } from "./data-gravity";
import { feedingTaxExample } from "./feeding-tax";
import { kwsFalseWakeExample } from "./kws-false-wake";
import { kwsDesignBudgetExample } from "./kws-design-budget";
import { ksDriftSessionDurationExample } from "./ks-drift-session-duration";
import { batchVsStreamExample } from "./batch-vs-stream";
import { etlVsEltExample } from "./etl-vs-elt";
import { distributedMeanExample } from "./distributed-mean";
import { activeLearningMultiplierExample } from "./active-learning-multiplier";
import { storageBandwidthBudgetExample } from "./storage-bandwidth-budget";
import { formatEfficiencyExample } from "./format-efficiency";
import { kwsTieredStorageExample } from "./kws-tiered-storage";
import { dataSizingExample } from "./data-sizing";

/**
 * Chapter 4's implemented worked examples, in catalogue order.
 *
 * @example
 * ```ts
 * chapter4Examples.map((e) => e.id) // ["WE-4.1", "WE-4.2", "WE-4.3", "WE-4.4", "WE-4.7", …]
 * ```
 */
export const chapter4Examples: readonly WorkedExample[] = Object.freeze([
  dataGravityExample, feedingTaxExample, kwsFalseWakeExample, kwsDesignBudgetExample, ksDriftSessionDurationExample,
  batchVsStreamExample, etlVsEltExample, distributedMeanExample, activeLearningMultiplierExample,
  storageBandwidthBudgetExample, formatEfficiencyExample, kwsTieredStorageExample, dataSizingExample,
] as WorkedExample[]);
