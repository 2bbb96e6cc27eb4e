/**
 * The worked examples of Chapter 5, in book order.
 */
import type { WorkedExample } from "../worked-example";
import { backpropByHandExample } from "./backprop-by-hand";
import { crossEntropyValuesExample } from "./cross-entropy-values";
import { largerMnistVariantExample } from "./larger-mnist-variant";
import { mnistForwardOpsExample } from "./mnist-forward-ops";
import { mnistInferenceProfileExample } from "./mnist-inference-profile";
import { mnistThreeParadigmsExample } from "./mnist-three-paradigms";
import { mnistTrainingMemoryExample } from "./mnist-training-memory";
import { mnistVsGpt2ScaleExample } from "./mnist-vs-gpt2-scale";
import { train100mOn16gbExample } from "./train-100m-on-16gb";
import { uspsLenetDeploymentExample } from "./usps-lenet-deployment";

/**
 * Chapter 5's implemented worked examples, in book order.
 *
 * @example
 * ```ts
 * chapter5Examples.map((e) => e.id).slice(0, 3) // ["WE-5.1", "WE-5.2", "WE-5.3"]
 * ```
 */
export const chapter5Examples: readonly WorkedExample[] = Object.freeze([
  mnistThreeParadigmsExample,
  mnistTrainingMemoryExample,
  mnistVsGpt2ScaleExample,
  train100mOn16gbExample,
  mnistForwardOpsExample,
  crossEntropyValuesExample,
  backpropByHandExample,
  largerMnistVariantExample,
  mnistInferenceProfileExample,
  uspsLenetDeploymentExample,
]);
