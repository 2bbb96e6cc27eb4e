/**
 * W10.23 MobileNetV2 against ResNet-50: operations traded for accuracy (book Ch. 10,
 * depthwise-separable convolution footnote, seed 004 L25983).
 */
import { getModel } from "../../constants/models";
import { recordInput, workedExample } from "../worked-example";

const resnet = getModel("ResNet-50");
const mobilenet = getModel("MobileNetV2");

/** W10.23: 4.1 GFLOP against 300 MFLOP is 13.7× fewer operations. */
export const mobilenetVsResnetExample = workedExample({
  id: "W10.23",
  slug: "mobilenet-vs-resnet",
  title: "MobileNetV2 vs ResNet-50: operations per inference",
  chapter: 10,
  section: "Chapter 10, Efficient architectures (depthwise-separable convolutions)",
  lines: [25983, 25983],
  problem: "How many times fewer operations does MobileNetV2 need than ResNet-50, for its 4-point accuracy drop?",
  inputs: {
    resnet: recordInput("ResNet-50 inference", resnet.inferenceFlops!, resnet, "inferenceFlops"),
    mobilenet: recordInput("MobileNetV2 inference", mobilenet.inferenceFlops!, mobilenet, "inferenceFlops"),
  },
  compute: (i) => ({ ratio: i.resnet.ratio(i.mobilenet) }),
  checks: [
    { name: "reduction in operations", printed: "a 13.7× reduction in operations", book: 13.7, unit: "×", tolerance: 0.003, line: 25983, value: (r) => r.ratio, note: "4.1 / 0.3 = 13.67." },
  ],
  conclusion: "Factorising convolutions buys an order of magnitude in operations for 4 points of ImageNet accuracy, the trade on-device vision makes.",
});
