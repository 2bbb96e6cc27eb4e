/**
 * WE-6.5 "Parameter sharing" (book Ch. 6, seed 004 L11021).
 */
import { conv2dLayerCost } from "../../calc/model/conv-layer";
import { denseLayerCost } from "../../calc/model/dense-layer";
import { workedExample } from "../worked-example";

/**
 * WE-6.5: one MLP neuron on a 224×224 RGB image against one shared 3×3 filter.
 *
 * @example
 * ```ts
 * parameterSharingExample.compute().ratio // 5575.1…
 * ```
 */
export const parameterSharingExample = workedExample({
  id: "WE-6.5",
  slug: "parameter-sharing",
  title: "Parameter sharing",
  chapter: 6,
  section: "Chapter 6, Convolutional networks: equivariance and parameter efficiency",
  lines: [11021, 11021],
  problem: "How many parameters does one feature detector need in an MLP and in a CNN, for a 224×224 RGB image?",
  inputs: {
    side: { label: "image side", value: 224, line: 11021 },
    channels: { label: "channels", value: 3, line: 11021 },
    kernel: { label: "filter side", value: 3, line: 11021 },
  },
  compute: (i) => {
    const neuron = denseLayerCost({ inputs: i.side * i.side * i.channels, outputs: 1, bias: false });
    const filter = conv2dLayerCost({ height: i.side, width: i.side, inChannels: i.channels, outChannels: 1, kernel: i.kernel, padding: "same", bias: false });
    return { neuron, filter, ratio: neuron.params / filter.params };
  },
  checks: [
    { name: "inputs of one MLP neuron", printed: "= 150,528 input pixels", book: 150_528, unit: "params", tolerance: 0, line: 11021, value: (r) => r.neuron.params },
    { name: "parameters of one 3×3×3 filter", printed: "= 27 parameters per filter", book: 27, unit: "params", tolerance: 0, line: 11021, value: (r) => r.filter.params },
    { name: "fewer parameters per feature detector", printed: "approximately 5,575× fewer", book: 5575, unit: "×", tolerance: 1e-4, line: 11021, value: (r) => r.ratio },
  ],
  conclusion: "Sharing one small filter across all 50,176 positions replaces 150,528 weights by 27: that reuse is what makes CNNs compute-bound rather than memory-bound.",
});
