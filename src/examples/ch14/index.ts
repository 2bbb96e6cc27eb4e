/**
 * The worked examples of Chapter 14, in book order.
 */
import type { WorkedExample } from "../worked-example";
import { abTestSampleSizeExample } from "./ab-test-sample-size";
import { businessCostThresholdExample } from "./business-cost-threshold";
import { costPerThousandExample } from "./cost-per-thousand";
import { driftDetectionDelayExample } from "./drift-detection-delay";
import { driftDetectionRoiExample } from "./drift-detection-roi";
import { fraudRetrainingIntervalExample } from "./fraud-retraining-interval";
import { latencyAnatomyExample, p99BudgetExample } from "./latency-anatomy";
import { manualOpsBreakEvenExample } from "./manual-ops-break-even";
import { mlopsRoiExample } from "./mlops-roi";
import { monitoringBudgetExample, monitoringRoiExample } from "./monitoring-budget";
import { retrainingSpanExample, stakeholderArithmeticExample } from "./operations-arithmetic";
import { psiAgeBinsExample } from "./psi-age-bins";
import { sliceAnalysisExample } from "./slice-analysis";
import { skewCostExample } from "./skew-cost";

/**
 * Chapter 14's implemented worked examples, in book order.
 *
 * @example
 * ```ts
 * chapter14Examples.map((e) => e.id)
 * ```
 */
export const chapter14Examples: readonly WorkedExample[] = Object.freeze([
  skewCostExample, retrainingSpanExample, manualOpsBreakEvenExample, driftDetectionRoiExample, fraudRetrainingIntervalExample,
  abTestSampleSizeExample, latencyAnatomyExample, p99BudgetExample, costPerThousandExample, driftDetectionDelayExample,
  psiAgeBinsExample, monitoringBudgetExample, monitoringRoiExample, sliceAnalysisExample, stakeholderArithmeticExample,
  businessCostThresholdExample, mlopsRoiExample,
]);
