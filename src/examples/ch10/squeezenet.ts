/**
 * W10.24 SqueezeNet against AlexNet: parameters saved by 1 × 1 squeeze layers (book
 * Ch. 10, seed 004 L26041).
 */
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** W10.24: 240 MB → under 5 MB is about 50× (48× at 5 MB). */
export const squeezenetExample = workedExample({
  id: "W10.24",
  slug: "squeezenet",
  title: "SqueezeNet vs AlexNet: model size",
  chapter: 10,
  section: "Chapter 10, Efficient architectures (SqueezeNet)",
  lines: [26041, 26041],
  problem: "How much smaller is SqueezeNet than AlexNet?",
  inputs: {
    alexnet: { label: "AlexNet", value: q(240, "MB"), line: 26041 },
    squeezenet: { label: "SqueezeNet (upper bound)", value: q(5, "MB"), line: 26041 },
  },
  compute: (i) => ({ ratio: i.alexnet.ratio(i.squeezenet) }),
  checks: [
    { name: "size reduction", printed: "a 50× reduction in parameter count", book: 50, unit: "×", tolerance: 0.04, line: 26041, value: (r) => r.ratio, note: "48× at 5 MB; 'under 5 MB' makes it more." },
  ],
  conclusion: "Cutting input channels with 1 × 1 convolutions shrinks the model fifty-fold before any pruning or quantization.",
});
