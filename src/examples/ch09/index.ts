/**
 * The worked examples of Chapter 9, in book order.
 */
import type { WorkedExample } from "../worked-example";
import { el2nCoresetIcrExample } from "./el2n-coreset-icr";
import { physicsOfNoiseExample } from "./physics-of-noise";
import { curriculumSpeedupsExample } from "./curriculum-speedups";
import { diagnosticActiveLearningExample } from "./diagnostic-active-learning";
import { clinicalSemiSupervisedExample } from "./clinical-semi-supervised";
import { fixmatchEconomicsExample } from "./fixmatch-economics";
import { foundationAmortizationExample } from "./foundation-amortization";
import { kwsDataStackExample } from "./kws-data-stack";
import { selectionInequalityExample } from "./selection-inequality";
import { selectionSpeedupExample } from "./selection-speedup";
import { randomAccessPenaltyExample } from "./random-access-penalty";
import { dataEchoingExample } from "./data-echoing";
import { visionDataCostExample } from "./vision-data-cost";
import { activeLearningRoiExample } from "./active-learning-roi";
import { dedupAmortizedRoiExample } from "./dedup-amortized-roi";
import { distributedCoresetExample } from "./distributed-coreset";
import { selectionFallaciesExample } from "./selection-fallacies";

/**
 * Chapter 9's implemented worked examples (Data Selection), in catalogue order.
 *
 * @example
 * ```ts
 * chapter9Examples.map((e) => e.id).slice(0, 3) // ["W9.2", "W9.3", "W9.6"]
 * ```
 */
export const chapter9Examples: readonly WorkedExample[] = Object.freeze([
  el2nCoresetIcrExample, physicsOfNoiseExample, curriculumSpeedupsExample, diagnosticActiveLearningExample,
  clinicalSemiSupervisedExample, fixmatchEconomicsExample, foundationAmortizationExample, kwsDataStackExample,
  selectionInequalityExample, selectionSpeedupExample, randomAccessPenaltyExample, dataEchoingExample,
  visionDataCostExample, activeLearningRoiExample, dedupAmortizedRoiExample, distributedCoresetExample, selectionFallaciesExample,
] as WorkedExample[]);
