/**
 * WE-5.10 "MNIST inference resource profile" (book Ch. 5, seed 004 L9706–L9753).
 */
import { mlpMemory } from "../../calc/memory/mlp-memory";
import { mlpLayers, modelCost } from "../../calc/model/model-cost";
import { workedExample } from "../worked-example";

/**
 * WE-5.10: static weights, per-image activations and MACs of one MNIST inference. The
 * book labels "986 values (≈ 431 KB)": 986 values are 3.9 KB; 431 KB is the total.
 *
 * @example
 * ```ts
 * mnistInferenceProfileExample.compute().memory.activationElementsPerSample // 986
 * ```
 */
export const mnistInferenceProfileExample = workedExample({
  id: "WE-5.10",
  slug: "mnist-inference-profile",
  title: "MNIST inference resource profile",
  chapter: 5,
  section: "Chapter 5, Inference: memory and computational resources",
  lines: [9706, 9753],
  problem: "What memory and arithmetic does one inference of the 784→128→64→10 network need?",
  inputs: { widths: { label: "widths", value: [784, 128, 64, 10], line: 9704 } },
  compute: (i) => ({
    cost: modelCost(mlpLayers({ widths: i.widths })),
    memory: mlpMemory({ widths: i.widths, batch: 1, precision: "fp32", optimizer: "sgd" }),
  }),
  checks: [
    { name: "parameters", printed: "109,386 parameters", book: 109_386, unit: "params", tolerance: 0, line: 9717, value: (r) => r.cost.params },
    { name: "parameters in FP32", printed: "≈ 427.3 KB", book: 427.3, unit: "KiB", tolerance: 2e-4, line: 9717, value: (r) => r.cost.parameterMemory },
    { name: "values per image (inputs and outputs)", printed: "986 values", book: 986, unit: "values", tolerance: 0, line: 9733, value: (r) => r.memory.activationElementsPerSample },
    { name: "activations of one image", printed: "986 values (≈ 431 KB", book: 431, expected: 3.8516, unit: "KiB", tolerance: 1e-4, line: 9733,
      value: (r) => r.memory.inference.activations,
      note: "986 FP32 values are 3.85 KiB; the 431 KB the book prints beside them is weights plus activations." },
    { name: "weights plus one image's activations", printed: "≈ 431 KB", book: 431, unit: "KiB", tolerance: 1e-3, line: 9733, value: (r) => r.memory.inference.total },
    { name: "layer 1 multiply-adds", printed: "100,352 multiply-adds", book: 100_352, unit: "MAC", tolerance: 0, line: 9743, value: (r) => r.cost.layers[0].macs },
    { name: "layer 2 multiply-adds", printed: "8,192 multiply-adds", book: 8192, unit: "MAC", tolerance: 0, line: 9745, value: (r) => r.cost.layers[1].macs },
    { name: "output layer multiply-adds", printed: "640 multiply-adds", book: 640, unit: "MAC", tolerance: 0, line: 9747, value: (r) => r.cost.layers[2].macs },
    { name: "per inference", printed: "109,184 multiply-add operations", book: 109_184, unit: "MAC", tolerance: 0, line: 9749, value: (r) => r.cost.macs },
  ],
  conclusion: "Inference needs the weights and a few kilobytes of activations that can be freed layer by layer; the weights are 99 % of the footprint.",
});
