/**
 * W16.3 "The cost of a token": Llama-2-70B on an H100 (book Ch. 16, seed 004 L40088–L40112).
 */
import { getHardware } from "../../constants/hardware";
import { memoryBandwidthOf, peakFlopsOf } from "../../calc/device/hardware-rates";
import { parameterMemory } from "../../calc/model/numeric-format";
import { ironLaw } from "../../calc/performance/iron-law";
import { q } from "../../units/quantity";
import { recordInput, workedExample } from "../worked-example";

const h100 = getHardware("H100");

/**
 * W16.3: 70B parameters at 2 bytes are 140 GB, not 18 GB, so reading them takes 41.8 ms
 * against 0.14 ms of arithmetic: 295× memory-bound, not 37× (and 140 GB does not fit one
 * 80 GB H100). The conclusion, memory-bound at intensity ≈ 1, stands.
 *
 * @example
 * ```ts
 * costOfATokenExample.compute().time.dataTime.to("ms") // 41.79…
 * ```
 */
export const costOfATokenExample = workedExample({
  id: "W16.3",
  slug: "cost-of-a-token",
  title: "The cost of a token: Llama-2-70B on an H100",
  chapter: 16,
  section: "Chapter 16, The invariants at work (the cost of a token)",
  lines: [40088, 40112],
  problem: "Is generating one token of a 70B-parameter model on an H100 limited by memory or by compute, and by how much?",
  inputs: {
    params: { label: "parameters", value: q(70, "Bparam"), line: 40093 },
    flopsPerParam: { label: "FLOPs per parameter per token", value: 2, line: 40095 },
    bandwidth: recordInput("H100 HBM bandwidth", memoryBandwidthOf(h100), h100, "memoryBandwidth"),
    peakFlops: recordInput("H100 FP16 peak", peakFlopsOf(h100, "fp16"), h100, "peakFlops.fp16"),
  },
  compute: (i) => {
    const weights = parameterMemory({ params: i.params, precision: "fp16" });
    const operations = q(i.flopsPerParam * i.params.to("param"), "FLOP");
    const time = ironLaw({ dataVolume: weights, bandwidth: i.bandwidth, operations, peakFlops: i.peakFlops, efficiency: 1, latency: 0 });
    return { weights, operations, time, intensity: operations.div(weights) };
  },
  checks: [
    { name: "model size at FP16", printed: "= 18 GB", book: 18, expected: 140, unit: "GB", tolerance: 1e-12, line: 40093, value: (r) => r.weights,
      note: "70 × 10⁹ parameters × 2 bytes = 140 GB; 18 GB is neither FP16 nor INT8 (70 GB) nor INT4 (35 GB)." },
    { name: "compute per token", printed: "= 140 GFLOPs", book: 140, unit: "GFLOP", tolerance: 1e-12, line: 40095, value: (r) => r.operations },
    { name: "time to move the weights", printed: "≈ 5.2 ms", book: 5.2, expected: 41.791, unit: "ms", tolerance: 1e-4, line: 40104, value: (r) => r.time.dataTime,
      note: "140 GB / 3,350 GB/s = 41.8 ms. Even the printed 18 GB gives 5.37 ms, not 5.2." },
    { name: "time to compute", printed: "= 0.14 ms", book: 0.14, unit: "ms", tolerance: 0.012, line: 40106, value: (r) => r.time.computeTime },
    { name: "memory time ÷ compute time", printed: "37× larger than compute time", book: 37, expected: 295.22, unit: "×", tolerance: 1e-4, line: 40112, value: (r) => r.time.dataTime.ratio(r.time.computeTime),
      note: "41.8 / 0.1416 = 295: far more memory-bound than printed." },
    { name: "arithmetic intensity", printed: "(arithmetic intensity ≈ 1)", book: 1, unit: "FLOP/B", tolerance: 1e-12, line: 40112, value: (r) => r.intensity },
  ],
  conclusion: "Decoding one token reads every weight for two FLOPs each: batching users (or shrinking weights) is the only way to put the H100's compute to work.",
});
