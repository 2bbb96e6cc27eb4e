/**
 * The worked examples of Chapter 15, in book order.
 */
import type { WorkedExample } from "../worked-example";
import { compasDisparityExample } from "./compas-disparity";
import { edgeDeploymentFitExample } from "./edge-deployment-fit";
import { fourFifthsRuleExample } from "./four-fifths-rule";
import { genderShadesExample } from "./gender-shades";
import { gpt3ScaleCarbonExample } from "./gpt3-scale-carbon";
import { loanFairnessExample, loanFallacyExample } from "./loan-fairness";
import { recommenderCarbonExample } from "./recommender-carbon";
import { latencySavingExample, recommenderTcoExample } from "./recommender-tco";
import { reviewLoadExample } from "./review-load";
import { faceIdTestSetExample, representationArithmeticExample } from "./subgroup-sampling";

/**
 * Chapter 15's implemented worked examples, in book order.
 *
 * @example
 * ```ts
 * chapter15Examples.map((e) => e.id)
 * ```
 */
export const chapter15Examples: readonly WorkedExample[] = Object.freeze([
  compasDisparityExample, representationArithmeticExample, genderShadesExample, fourFifthsRuleExample, faceIdTestSetExample,
  loanFairnessExample, reviewLoadExample, edgeDeploymentFitExample, recommenderTcoExample, recommenderCarbonExample,
  gpt3ScaleCarbonExample, loanFallacyExample, latencySavingExample,
]);
