/**
 * W10.1 "A 7B LLM on a 16 GB device": weight memory and bandwidth-bound decode speed
 * in FP16 and INT4 (book Ch. 10, seed 004 L23957–L23983).
 */
import { compressedModelCost } from "../../calc/compression/compressed-model-cost";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** W10.1: FP16 14 GB (+1 GB KV = 15 GB), 280 ms a token, 3.6 tokens/s; INT4 3.5 GB, 70 ms, 14 tokens/s: 4×. */
export const llmOn16GbExample = workedExample({
  id: "W10.1",
  slug: "llm-on-16gb",
  title: "A 7B LLM on a 16 GB device: FP16 vs INT4",
  chapter: 10,
  section: "Chapter 10, Why compression matters (7B-on-16 GB problem)",
  lines: [23957, 23983],
  problem: "Does a 7B-parameter FP16 model fit a 16 GB device, how fast does it generate at 50 GB/s, and what does INT4 change?",
  inputs: {
    params: { label: "Parameters", value: q(7, "Bparam"), line: 23957 },
    kvCache: { label: "KV cache (4,096 tokens)", value: q(1, "GB"), line: 23964 },
    bandwidth: { label: "Memory bandwidth", value: q(50, "GB/s"), line: 23968 },
  },
  compute: (i) => {
    const at = (precision: "fp16" | "int4") => compressedModelCost({ params: i.params, precision, extraMemory: i.kvCache, memoryBandwidth: i.bandwidth });
    const fp16 = at("fp16");
    const int4 = at("int4");
    return { fp16, int4, speedup: (int4.tokensPerSecond ?? Number.NaN) / (fp16.tokensPerSecond ?? Number.NaN) };
  },
  checks: [
    { name: "FP16 weights", printed: "= 14 GB", book: 14, unit: "GB", tolerance: 0, line: 23962, value: (r) => r.fp16.weightBytes },
    { name: "FP16 with the KV cache", printed: "= 15 GB", book: 15, unit: "GB", tolerance: 0, line: 23966, value: (r) => r.fp16.totalBytes },
    { name: "FP16 time per token", printed: "takes 280 ms per token", book: 280, unit: "ms", tolerance: 1e-12, line: 23968, value: (r) => r.fp16.timePerToken ?? q(Number.NaN, "ms") },
    { name: "FP16 tokens per second", printed: "That is 3.6 tokens/sec", book: 3.6, unit: "tokens/s", tolerance: 0.01, line: 23968, value: (r) => r.fp16.tokensPerSecond ?? Number.NaN, note: "3.57, rounded." },
    { name: "INT4 weights", printed: "= 3.5 GB", book: 3.5, unit: "GB", tolerance: 0, line: 23977, value: (r) => r.int4.weightBytes },
    { name: "INT4 time per token", printed: "takes 70 ms", book: 70, unit: "ms", tolerance: 1e-12, line: 23979, value: (r) => r.int4.timePerToken ?? q(Number.NaN, "ms") },
    { name: "INT4 tokens per second", printed: "14 tokens/sec", book: 14, unit: "tokens/s", tolerance: 0.021, line: 23979, value: (r) => r.int4.tokensPerSecond ?? Number.NaN, note: "14.3, rounded." },
    { name: "speedup", printed: "4× Linear Speedup", book: 4, unit: "×", tolerance: 1e-12, line: 23983, value: (r) => r.speedup },
  ],
  conclusion: "Decoding streams every weight once per token, so quartering the bytes quadruples the speed: quantization is a throughput lever, not only a way to fit.",
});
