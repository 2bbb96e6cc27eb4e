/**
 * WE-6.12 "Transformer inference / KV cache" (book Ch. 6, seed 004 L10369–L13281).
 */
import { getModel } from "../../constants/models";
import { inferenceMemory } from "../../calc/memory/inference-memory";
import { kvCacheMemory } from "../../calc/memory/kv-cache";
import { parameterMemory } from "../../calc/model/numeric-format";
import { q } from "../../units/quantity";
import { recordInput, workedExample } from "../worked-example";

const gpt2 = getModel("GPT-2-XL");

/**
 * WE-6.12: weights loaded per token and the KV cache of a 7B model. The chapter's
 * pitfall computes the cache without the factor 2 for K and V (537 MB for 1.07 GB).
 *
 * @example
 * ```ts
 * kvCacheExample.compute().perRequest.total.to("GB") // 1.073741824
 * ```
 */
export const kvCacheExample = workedExample({
  id: "WE-6.12",
  slug: "kv-cache",
  title: "Transformer inference / KV cache",
  chapter: 6,
  section: "Chapter 6, Transformers: inference and the KV cache",
  lines: [10369, 13281],
  problem: "What must a transformer read per generated token, and how large is the KV cache of a 7B model at 2,048 tokens?",
  inputs: {
    gpt2Params: recordInput("GPT-2 XL parameters", gpt2.params, gpt2, "params"),
    gpt2Flops: recordInput("GPT-2 XL FLOPs per token", gpt2.inferenceFlops!, gpt2, "inferenceFlops"),
    bigModel: { label: "a 70B model", value: q(70e9, "param"), line: 11918 },
    sevenB: { label: "a 7B model", value: q(7e9, "param"), line: 11926 },
    layers: { label: "layers", value: 32, line: 11926 },
    heads: { label: "heads", value: 32, line: 11926 },
    tokens: { label: "tokens", value: 2048, line: 11926 },
    headDim: { label: "head dimension", value: 128, line: 11926 },
    users: { label: "concurrent users", value: 8, line: 11926 },
  },
  compute: (i) => {
    const shape = { layers: i.layers, heads: i.heads, headDim: i.headDim, sequenceLength: i.tokens, precision: "fp16" } as const;
    const gpt2Fp32 = parameterMemory({ params: i.gpt2Params, precision: "fp32" });
    return {
      gpt2Fp16: parameterMemory({ params: i.gpt2Params, precision: "fp16" }),
      gpt2Fp32,
      gpt2Intensity: i.gpt2Flops.div(gpt2Fp32),
      weights70b: inferenceMemory({ params: i.bigModel, precision: "fp16" }).weights,
      weights7b: parameterMemory({ params: i.sevenB, precision: "fp16" }),
      perRequest: kvCacheMemory(shape),
      eightUsers: kvCacheMemory({ ...shape, batch: i.users }),
      twoUsers: kvCacheMemory({ ...shape, batch: 2 }),
      llama2: kvCacheMemory({ model: "Llama-2-7B", sequenceLength: i.tokens, precision: "fp16" }),
    };
  },
  checks: [
    { name: "GPT-2 XL weights per token in FP16", printed: "loads ~3 GB of weights", book: 3, unit: "GB", tolerance: 0, line: 10369, value: (r) => r.gpt2Fp16 },
    { name: "GPT-2 XL weights in FP32", printed: "all 6.0 GB of weights", book: 6, unit: "GB", tolerance: 0, line: 11848, value: (r) => r.gpt2Fp32 },
    { name: "GPT-2 XL decode intensity (FP32)", printed: "≈ 1 Op/Byte", book: 1, expected: 0.5, unit: "FLOP/B", tolerance: 1e-12, line: 11848, value: (r) => r.gpt2Intensity,
      note: "3.0 GFLOP per token over 6.0 GB of FP32 weights is 0.5 (Table 6.1 says 0.50); it reaches 1 only with FP16 weights." },
    { name: "70B weights in FP16", printed: "140 GB for a 70B-parameter model", book: 140, unit: "GB", tolerance: 0, line: 11918, value: (r) => r.weights70b },
    { name: "7B weights in FP16", printed: "~14 GB", book: 14, unit: "GB", tolerance: 0, line: 11926, value: (r) => r.weights7b },
    { name: "KV cache per request", printed: "≈ 1.07 GB", book: 1.07, unit: "GB", tolerance: 4e-3, line: 11926, value: (r) => r.perRequest.total, note: "1,073,741,824 B: exactly 1 GiB." },
    { name: "KV cache for 8 users", printed: "(~8.6 GB)", book: 8.6, unit: "GB", tolerance: 2e-3, line: 11926, value: (r) => r.eightUsers.total },
    { name: "the same cache for Llama 2 7B (registry shape)", printed: "≈ 1.07 GB", book: 1.07, unit: "GB", tolerance: 4e-3, line: 11926, value: (r) => r.llama2.total },
    { name: "pitfall: KV cache per request", printed: "≈ 537 MB of KV cache", book: 537, expected: 1073.741824, unit: "MB", tolerance: 1e-9, line: 13281, value: (r) => r.perRequest.total,
      note: "32 × 32 × 2,048 × 128 × 2 B leaves out the factor 2 for K and V; the footnote earlier in the chapter has it: 1.07 GB." },
    { name: "pitfall: 2 concurrent users", printed: "1–2 GB", book: 1.07, expected: 2.147483648, unit: "GB", tolerance: 1e-9, line: 13281, value: (r) => r.twoUsers.total,
      note: "Two users at 1.07 GB each need 2.1 GB, four need 4.3 GB, not 1–2 GB." },
  ],
  conclusion: "Decoding reads every weight per token at about one operation per byte, and the KV cache grows with context × users until it rivals the weights: serving is a memory problem.",
});
