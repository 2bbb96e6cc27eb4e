/**
 * WE-6.3 "Dense layer toy computation" (book Ch. 6, seed 004 L10706–L10716).
 */
import { denseForward } from "../../calc/neural/dense-network";
import { workedExample } from "../worked-example";

/**
 * WE-6.3: four pixels through a three-neuron ReLU layer.
 *
 * @example
 * ```ts
 * denseLayerToyExample.compute().output[0] // [0.59, 0, 0.45] (to rounding)
 * ```
 */
export const denseLayerToyExample = workedExample({
  id: "WE-6.3",
  slug: "dense-layer-toy",
  title: "Dense layer toy computation",
  chapter: 6,
  section: "Chapter 6, Multi-layer perceptrons: algorithmic structure",
  lines: [10706, 10716],
  problem: "What does a 3-neuron dense layer with ReLU output for the 4-pixel image [0.8, 0.2, 0.9, 0.1]?",
  inputs: {
    pixels: { label: "input h(0)", value: [0.8, 0.2, 0.9, 0.1], line: 10708 },
    weights: { label: "W(1) (4×3)", value: [[0.5, 0.1, -0.2], [-0.3, 0.8, 0.4], [0.2, -0.4, 0.6], [0.7, 0.3, -0.1]], line: 10710 },
  },
  compute: (i) => denseForward({ layers: [{ weights: i.weights, bias: [0, 0, 0], activation: "relu" }], input: [i.pixels] }),
  checks: [
    { name: "z[0]", printed: "0.59", book: 0.59, unit: "", tolerance: 1e-12, line: 10715, value: (r) => r.layers[0].z[0][0] },
    { name: "z[1]", printed: "−0.09", book: -0.09, unit: "", tolerance: 1e-12, line: 10715, value: (r) => r.layers[0].z[0][1] },
    { name: "z[2]", printed: "0.45", book: 0.45, unit: "", tolerance: 1e-12, line: 10715, value: (r) => r.layers[0].z[0][2] },
    { name: "ReLU zeroes the negative neuron", printed: "[0.59, 0, 0.45]", book: 0, unit: "", tolerance: 0, line: 10716, value: (r) => r.output[0][1] },
  ],
  conclusion: "Every output neuron combines every input: dense layers encode no structure, which is why their parameter count grows with the product of widths.",
});
