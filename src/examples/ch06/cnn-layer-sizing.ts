/**
 * WE-6.7 "CNN layer sizing" (book Ch. 6, seed 004 L11313–L11331).
 */
import { conv2dLayerCost } from "../../calc/model/conv-layer";
import { workedExample } from "../worked-example";

/**
 * WE-6.7: weights, feature-map size, MACs and weight reuse of a 3×3, 64-filter layer on
 * a 224×224 image.
 *
 * @example
 * ```ts
 * cnnLayerSizingExample.compute().layer.outputElementsPerSample // 3211264
 * ```
 */
export const cnnLayerSizingExample = workedExample({
  id: "WE-6.7",
  slug: "cnn-layer-sizing",
  title: "CNN layer sizing",
  chapter: 6,
  section: "Chapter 6, Convolutional networks: system implications",
  lines: [11313, 11331],
  problem: "What does a convolution with 64 filters of 3×3 store and compute on a 224×224 ImageNet input?",
  inputs: {
    side: { label: "input side", value: 224, line: 11313 },
    filters: { label: "filters", value: 64, line: 11313 },
    kernel: { label: "filter side", value: 3, line: 11313 },
  },
  compute: (i) => ({
    layer: conv2dLayerCost({ height: i.side, width: i.side, inChannels: 1, outChannels: i.filters, kernel: i.kernel, padding: "same", bias: false }),
  }),
  checks: [
    { name: "weights on one input channel", printed: "only 576 weight parameters", book: 576, unit: "params", tolerance: 0, line: 11313, value: (r) => r.layer.weights },
    { name: "activations of the 224×224×64 output", printed: "3.2 million activation values", book: 3.2e6, unit: "values", tolerance: 4e-3, line: 11313, value: (r) => r.layer.outputElementsPerSample, note: "3,211,264." },
    { name: "MACs per position per input channel", printed: "(576 per input channel)", book: 576, unit: "MAC", tolerance: 0, line: 11321, value: (r) => r.layer.macsPerSample / r.layer.positions },
    { name: "spatial positions", printed: "all 50,176 spatial positions", book: 50_176, unit: "positions", tolerance: 0, line: 11321, value: (r) => r.layer.positions },
    { name: "reuse of each filter weight", printed: "reused 50,176 times", book: 50_176, unit: "uses", tolerance: 0, line: 11329, value: (r) => r.layer.weightReuse },
  ],
  conclusion: "A convolution's weights are tiny and reused tens of thousands of times; its feature maps, not its parameters, dominate memory.",
});
