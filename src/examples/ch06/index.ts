/**
 * The worked examples of Chapter 6, in book order.
 */
import type { WorkedExample } from "../worked-example";
import { attentionMatrix100kExample } from "./attention-matrix-100k";
import { attentionSizingExample } from "./attention-sizing";
import { bert512LimitExample } from "./bert-512-limit";
import { cnnLayerSizingExample } from "./cnn-layer-sizing";
import { denseLayerToyExample } from "./dense-layer-toy";
import { embeddingCapacityWallExample } from "./embedding-capacity-wall";
import { fallacyNumbersExample } from "./fallacy-numbers";
import { kvCacheExample } from "./kv-cache";
import { lighthouseIntensityExample } from "./lighthouse-intensity";
import { mlpSizingExample } from "./mlp-sizing";
import { mlpVsCnnMnistExample } from "./mlp-vs-cnn-mnist";
import { parameterSharingExample } from "./parameter-sharing";
import { plainVsResidualExample } from "./plain-vs-residual";
import { resnet30fpsThroughputExample } from "./resnet-30fps-throughput";
import { rnnSizingExample } from "./rnn-sizing";
import { verticalEdgeConvolutionExample } from "./vertical-edge-convolution";
import { wildlifeCameraTrapExample } from "./wildlife-camera-trap";

/**
 * Chapter 6's implemented worked examples, in catalogue order.
 *
 * @example
 * ```ts
 * chapter6Examples.length // 17
 * ```
 */
export const chapter6Examples: readonly WorkedExample[] = Object.freeze([
  lighthouseIntensityExample,
  mlpVsCnnMnistExample,
  denseLayerToyExample,
  mlpSizingExample,
  parameterSharingExample,
  verticalEdgeConvolutionExample,
  cnnLayerSizingExample,
  rnnSizingExample,
  attentionSizingExample,
  attentionMatrix100kExample,
  bert512LimitExample,
  kvCacheExample,
  embeddingCapacityWallExample,
  plainVsResidualExample,
  resnet30fpsThroughputExample,
  wildlifeCameraTrapExample,
  fallacyNumbersExample,
]);
