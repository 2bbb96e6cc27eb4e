/**
 * WE-5.7 "Backprop by hand" (book Ch. 5, seed 004 L9318–L9360).
 */
import { denseBackward, sgdStep } from "../../calc/neural/dense-network";
import { workedExample } from "../worked-example";

/**
 * WE-5.7: a 2→2→1 network, one forward and one backward pass and an SGD step, computed
 * by `denseBackward` and `sgdStep` rather than typed in.
 *
 * @example
 * ```ts
 * backpropByHandExample.compute().pass.loss // 0.10579999999999998
 * ```
 */
export const backpropByHandExample = workedExample({
  id: "WE-5.7",
  slug: "backprop-by-hand",
  title: "Backprop by hand",
  chapter: 5,
  section: "Chapter 5, Backpropagation (worked example)",
  lines: [9318, 9360],
  problem: "For a 2-input, 2-ReLU, 1-output network and one training example, what are the loss, every gradient and the first weight update?",
  inputs: {
    w1: { label: "W(1)", value: [[0.5, -0.3], [0.8, 0.2]], line: 9321 },
    b1: { label: "b(1)", value: [0, 0], line: 9321 },
    w2: { label: "W(2)", value: [[0.6], [-0.4]], line: 9323 },
    b2: { label: "b(2)", value: [0], line: 9323 },
    x: { label: "input x", value: [1.0, 0.5], line: 9327 },
    y: { label: "target y", value: 1.0, line: 9327 },
    learningRate: { label: "learning rate η", value: 0.1, line: 9360 },
  },
  compute: (i) => {
    const layers = [
      { weights: i.w1, bias: i.b1, activation: "relu" as const },
      { weights: i.w2, bias: i.b2, activation: "linear" as const },
    ];
    const pass = denseBackward({ layers, input: [i.x], target: [[i.y]], loss: "squared-error" });
    return { pass, updated: sgdStep({ layers, gradients: pass.gradients, learningRate: i.learningRate }) };
  },
  checks: [
    { name: "z1[0]", printed: "[0.9, −0.2]", book: 0.9, unit: "", tolerance: 1e-12, line: 9332, value: (r) => r.pass.forward.layers[0].z[0][0] },
    { name: "z1[1]", printed: "[0.9, −0.2]", book: -0.2, unit: "", tolerance: 1e-12, line: 9332, value: (r) => r.pass.forward.layers[0].z[0][1] },
    { name: "ŷ", printed: "= 0.54", book: 0.54, unit: "", tolerance: 1e-12, line: 9336, value: (r) => r.pass.forward.output[0][0] },
    { name: "loss ½(ŷ − y)²", printed: "= 0.1058", book: 0.1058, unit: "", tolerance: 1e-12, line: 9338, value: (r) => r.pass.loss },
    { name: "∂L/∂ŷ", printed: "= −0.46", book: -0.46, unit: "", tolerance: 1e-12, line: 9344, value: (r) => r.pass.gradients[1].z[0][0] },
    { name: "∂L/∂W(2)[0]", printed: "−0.414", book: -0.414, unit: "", tolerance: 1e-12, line: 9348, value: (r) => r.pass.gradients[1].weights[0][0] },
    { name: "∂L/∂a(1)[1]", printed: "[−0.276, 0.184]", book: 0.184, unit: "", tolerance: 1e-12, line: 9352, value: (r) => r.pass.gradients[0].a[0][1] },
    { name: "∂L/∂z(1)[0] (through ReLU)", printed: "−0.276", book: -0.276, unit: "", tolerance: 1e-12, line: 9354, value: (r) => r.pass.gradients[0].z[0][0] },
    { name: "∂L/∂W(1)[1][0]", printed: "−0.138", book: -0.138, unit: "", tolerance: 1e-12, line: 9358, value: (r) => r.pass.gradients[0].weights[1][0] },
    { name: "W(1)[0][0] after the update", printed: "= 0.5276", book: 0.5276, unit: "", tolerance: 1e-12, line: 9360, value: (r) => r.updated[0].weights[0][0] },
    { name: "gradient of the dead neuron's weight", printed: "receive zero updates", book: 0, unit: "", tolerance: 0, line: 9360, value: (r) => r.pass.gradients[0].weights[0][1] },
  ],
  conclusion: "Backpropagation is the forward pass run in reverse with the chain rule, and it needs every stored activation: the ReLU that output 0 blocks its gradient, so that neuron's weights do not move.",
});
