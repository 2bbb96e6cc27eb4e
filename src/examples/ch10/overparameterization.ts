/**
 * W10.5 "Overparameterization": how much of ResNet-50 pruning can remove, and how steep
 * the EfficientNet frontier is (book Ch. 10, seed 004 L24329–L24333).
 */
import { getModel } from "../../constants/models";
import { recordInput, workedExample } from "../worked-example";

const resnet = getModel("ResNet-50");

/** W10.5: 90 % of 25.6M parameters pruned leaves 2.56M (< 3M); EfficientNet B0 → B7 is 95× the FLOPs for 7.3 points. */
export const overparameterizationExample = workedExample({
  id: "W10.5",
  slug: "overparameterization",
  title: "Overparameterization: ResNet-50 pruning and the EfficientNet frontier",
  chapter: 10,
  section: "Chapter 10, Structural optimization (overparameterization and Pareto frontier)",
  lines: [24329, 24333],
  problem: "How many of ResNet-50's parameters survive 90 % pruning, and what does each EfficientNet accuracy point cost in compute?",
  inputs: {
    params: recordInput("ResNet-50 parameters", resnet.params, resnet, "params"),
    sparsity: { label: "Pruned fraction", value: 0.9, line: 24329 },
    b0: { label: "EfficientNet-B0: accuracy (%), GFLOPs", value: [77.1, 0.39], line: 24333 },
    b7: { label: "EfficientNet-B7: accuracy (%), GFLOPs", value: [84.4, 37], line: 24333 },
  },
  compute: (i) => {
    return { keptParams: i.params.times(1 - i.sparsity), computeRatio: i.b7[1] / i.b0[1], accuracyGain: i.b7[0] - i.b0[0] };
  },
  checks: [
    { name: "parameters left after 90 % pruning", printed: "fewer than 3M parameters", book: 3, expected: 2.56, unit: "Mparam", tolerance: 1e-12, line: 24329, value: (r) => r.keptParams,
      note: "10 % of 25.6M is 2.56M, which is the book's 'fewer than 3M'." },
    { name: "EfficientNet B0 → B7 compute", printed: "a 95× compute increase", book: 95, unit: "×", tolerance: 0.002, line: 24333, value: (r) => r.computeRatio, note: "94.9×." },
    { name: "EfficientNet B0 → B7 accuracy", printed: "7.3 percentage points", book: 7.3, unit: "pp", tolerance: 1e-9, line: 24333, value: (r) => r.accuracyGain },
  ],
  conclusion: "About a tenth of ResNet-50 carries the task, while buying the last 7 points of ImageNet accuracy costs 95× the compute: compression lives off this slack.",
});
