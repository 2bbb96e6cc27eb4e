/**
 * The worked examples of Chapter 10, in book order.
 */
import type { WorkedExample } from "../worked-example";
import { llmOn16GbExample } from "./llm-on-16gb";
import { backgroundBlurExample } from "./background-blur";
import { overparameterizationExample } from "./overparameterization";
import { wearableMobilenetExample } from "./wearable-mobilenet";
import { magnitudePruningListingExample } from "./magnitude-pruning-listing";
import { iterativeVsOneShotExample } from "./iterative-vs-one-shot";
import { distilbertExample } from "./distilbert";
import { lowRankNapkinExample } from "./low-rank-napkin";
import { nasCostExample } from "./nas-cost";
import { llama3Deploy8bExample } from "./llama3-8b";
import { simdPackingExample } from "./simd-packing";
import { computeBoundInt8Example } from "./compute-bound-int8";
import { uniformQuantizationListingExample } from "./uniform-quantization-listing";
import { affineQuantizationExample } from "./affine-quantization";
import { int8RangeExample } from "./int8-range";
import { awqExample } from "./awq";
import { dlrmKwsQuantizationExample } from "./dlrm-kws-quantization";
import { theoryPracticeGapExample } from "./theory-practice-gap";
import { mobilenetVsResnetExample } from "./mobilenet-vs-resnet";
import { squeezenetExample } from "./squeezenet";
import { switchTransformerExample } from "./switch-transformer";
import { sparseMatvecExample } from "./sparse-matvec";
import { bertMobilePipelineExample } from "./bert-mobile-pipeline";
import { resnet50Int8Example } from "./resnet50-int8";
import { compressionFallaciesExample } from "./compression-fallacies";
import { compressionScaleExample } from "./compression-scale";

/**
 * Chapter 10's implemented worked examples (Model Compression), in catalogue order.
 *
 * @example
 * ```ts
 * chapter10Examples.map((e) => e.id).slice(0, 3) // ["W10.1", "W10.2", "W10.5"]
 * ```
 */
export const chapter10Examples: readonly WorkedExample[] = Object.freeze([
  llmOn16GbExample, backgroundBlurExample, overparameterizationExample, wearableMobilenetExample, magnitudePruningListingExample,
  iterativeVsOneShotExample, distilbertExample, lowRankNapkinExample, nasCostExample, llama3Deploy8bExample, simdPackingExample,
  computeBoundInt8Example, uniformQuantizationListingExample, affineQuantizationExample, int8RangeExample, awqExample,
  dlrmKwsQuantizationExample, theoryPracticeGapExample, mobilenetVsResnetExample, squeezenetExample, switchTransformerExample,
  sparseMatvecExample, bertMobilePipelineExample, resnet50Int8Example, compressionFallaciesExample, compressionScaleExample,
] as WorkedExample[]);
