/**
 * W10.19 Activation-aware weight quantization: a 7B model at 4 bits with ~1 % of salient
 * weights kept in FP16 (book Ch. 10, seed 004 L25583).
 */
import { compressedModelCost } from "../../calc/compression/compressed-model-cost";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** W10.19: 14 GB in FP16 → 3.5 GB at 4 bits; counting the 1 % FP16 weights, 3.6 GB. */
export const awqExample = workedExample({
  id: "W10.19",
  slug: "awq",
  title: "AWQ: 4-bit weights with 1 % kept in FP16",
  chapter: 10,
  section: "Chapter 10, Quantization (activation-aware weight quantization)",
  lines: [25583, 25583],
  problem: "How large is a 7B model at 4 bits when AWQ protects about 1 % of its weights in higher precision?",
  inputs: {
    params: { label: "Parameters", value: q(7, "Bparam"), line: 25583 },
    salient: { label: "Salient weights kept in FP16", value: 0.01, line: 25583 },
  },
  compute: (i) => ({
    fp16: compressedModelCost({ params: i.params, precision: "fp16" }),
    awq: compressedModelCost({ params: i.params, precision: "int4", outlierFraction: i.salient, outlierBits: 16 }),
  }),
  checks: [
    { name: "FP16 model", printed: "~14 GB", book: 14, unit: "GB", tolerance: 0, line: 25583, value: (r) => r.fp16.weightBytes },
    { name: "AWQ model", printed: "~3.5 GB", book: 3.5, unit: "GB", tolerance: 0.03, line: 25583, value: (r) => r.awq.weightBytes, note: "3.605 GB with the 1 % at 16 bits (4.12 bits a weight)." },
  ],
  conclusion: "Protecting the 1 % of weights that meet large activations costs 0.12 bits a weight and keeps 4-bit accuracy.",
});
