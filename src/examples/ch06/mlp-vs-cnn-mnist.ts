/**
 * WE-6.2 "MLP vs CNN learnability on MNIST" (book Ch. 6, seed 004 L10622–L10665).
 */
import { mlpLayers, modelCost } from "../../calc/model/model-cost";
import { workedExample } from "../worked-example";

/**
 * WE-6.2: parameters of a 784→4096→4096→10 MLP against a two-convolution CNN (biases
 * excluded, as the book counts them).
 *
 * @example
 * ```ts
 * mlpVsCnnMnistExample.compute().cnn.params // 421408
 * ```
 */
export const mlpVsCnnMnistExample = workedExample({
  id: "WE-6.2",
  slug: "mlp-vs-cnn-mnist",
  title: "MLP vs CNN learnability on MNIST",
  chapter: 6,
  section: "Chapter 6, The learnability gap (MNIST: MLP against CNN)",
  lines: [10622, 10665],
  problem: "How many parameters do a wide MLP and a small CNN need to classify 28×28 MNIST digits?",
  inputs: {
    mlpWidths: { label: "MLP widths", value: [784, 4096, 4096, 10], line: 10627 },
    convChannels: { label: "convolution filters (3×3)", value: [32, 64], line: 10642 },
    fcWidth: { label: "fully connected width", value: 128, line: 10642 },
  },
  compute: (i) => {
    const mlp = modelCost(mlpLayers({ widths: i.mlpWidths, bias: false }));
    const conv = (outChannels: number) => [
      { kind: "conv2d" as const, outChannels, kernel: 3, padding: "same" as const, bias: false, activation: "relu" as const },
      { kind: "pool2d" as const, size: 2 },
    ];
    const cnn = modelCost({
      input: { height: 28, width: 28, channels: 1 },
      layers: [...i.convChannels.flatMap(conv), { kind: "dense", outputs: i.fcWidth, bias: false, activation: "relu" }, { kind: "dense", outputs: 10, bias: false }],
    });
    return { mlp, cnn, ratio: mlp.params / cnn.params };
  },
  checks: [
    { name: "MLP parameters", printed: "≈ 20M parameters", book: 20e6, unit: "params", tolerance: 2e-3, line: 10629, value: (r) => r.mlp.params, note: "20,029,440 weights." },
    { name: "CNN parameters", printed: "≈ 421K parameters", book: 421e3, unit: "params", tolerance: 1e-3, line: 10644, value: (r) => r.cnn.params, note: "421,408 weights." },
    { name: "fewer parameters", printed: "47× fewer parameters", book: 47, unit: "×", tolerance: 0.012, line: 10657, value: (r) => r.ratio, note: "47.5×." },
    { name: "less memory", printed: "47× less memory", book: 47, unit: "×", tolerance: 0.012, line: 10661, value: (r) => r.mlp.parameterMemory.ratio(r.cnn.parameterMemory) },
  ],
  conclusion: "Locality and weight sharing cut the parameters 47-fold while improving accuracy: the inductive bias, not the capacity, is what the CNN adds.",
});
