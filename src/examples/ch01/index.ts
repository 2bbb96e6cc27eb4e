/**
 * The worked examples of Chapter 1, in book order.
 */
import type { WorkedExample } from "../worked-example";
import { amdahlPitfallExample } from "./amdahl-pitfall";
import { damDiagnosisExample } from "./dam-diagnosis";
import { degradationNumbersExample } from "./degradation-numbers";
import { efficiencyTrendsExample } from "./efficiency-trends";
import { gpt3FootprintExample } from "./gpt3-footprint";
import { gpt3TrainingTimeExample } from "./gpt3-training-time";
import { scalingGapExample } from "./scaling-gap";
import { verificationGapExample } from "./verification-gap";

/**
 * Chapter 1's implemented worked examples, in book order.
 *
 * @example
 * ```ts
 * chapter1Examples.map((e) => e.id)
 * ```
 */
export const chapter1Examples: readonly WorkedExample[] = Object.freeze([
  verificationGapExample, gpt3FootprintExample, damDiagnosisExample, gpt3TrainingTimeExample, degradationNumbersExample,
  efficiencyTrendsExample, amdahlPitfallExample, scalingGapExample,
]);
