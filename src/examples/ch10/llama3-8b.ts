/**
 * W10.13 "Deploying Llama 3 8B" in FP16 and INT4 (book Ch. 10, seed 004 L25165–L25185).
 */
import { getModel } from "../../constants/models";
import { parameterMemory } from "../../calc/model/numeric-format";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** W10.13: 8e9 × 2 B = 16 GB in FP16, 8e9 × 0.5 B = 4 GB in INT4: 4×. (The registry's 8.03B gives 16.06 GB.) */
export const llama3Deploy8bExample = workedExample({
  id: "W10.13",
  slug: "llama3-8b",
  title: "Deploying Llama 3 8B: FP16 vs INT4",
  chapter: 10,
  section: "Chapter 10, Numerical precision (Llama 3 8B deployment)",
  lines: [25165, 25185],
  problem: "How large are Llama 3 8B's weights in FP16 and in INT4, and what does the 4× buy in hardware?",
  inputs: {
    params: { label: "Parameters (the book's round 8 billion)", value: q(8, "Bparam"), line: 25165 },
    registryParams: { label: "Llama-3-8B in the model registry", value: getModel("Llama-3-8B").params, provenance: getModel("Llama-3-8B").provenance },
  },
  compute: (i) => {
    const fp16 = parameterMemory({ params: i.params, precision: "fp16" });
    const int4 = parameterMemory({ params: i.params, precision: "int4" });
    return { fp16, int4, compression: fp16.ratio(int4), registryFp16: parameterMemory({ params: i.registryParams, precision: "fp16" }) };
  },
  checks: [
    { name: "FP16 weights", printed: "= 16 GB", book: 16, unit: "GB", tolerance: 0, line: 25170, value: (r) => r.fp16 },
    { name: "INT4 weights", printed: "= 4 GB", book: 4, unit: "GB", tolerance: 0, line: 25179, value: (r) => r.int4 },
    { name: "compression", printed: "4× compression", book: 4, unit: "×", tolerance: 0, line: 25185, value: (r) => r.compression },
  ],
  conclusion: "16 GB of FP16 weights need a 24 GB card; 4 GB of INT4 fit an 8 GB one, which moves deployment from data-centre GPUs to commodity hardware.",
});
