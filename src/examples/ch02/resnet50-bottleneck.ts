/**
 * WE-2.2 ResNet-50 on a cloud GPU and a mobile NPU (book Ch. 2, seed 004 L2657–L2704):
 * which Iron Law term bounds a batch-1 inference on each?
 */
import { ironLaw } from "../../calc/performance/iron-law";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * WE-2.2: both are memory-bound (A100 0.025 ms of weights vs 0.013 ms of arithmetic;
 * NPU 0.26 vs 0.08 ms); 20× the bandwidth gives 10× the speed. The "10,000× compute
 * advantage" is 6.2× by the example's own numbers.
 *
 * @example
 * ```ts
 * resnet50BottleneckExample.compute().cloud.dominant // "data"
 * ```
 */
export const resnet50BottleneckExample = workedExample({
  id: "WE-2.2",
  slug: "resnet50-cloud-vs-mobile",
  title: "ResNet-50 on a cloud GPU and a mobile NPU",
  chapter: 2,
  section: "Chapter 2, System balance (ResNet-50 worked example)",
  lines: [2657, 2704],
  problem: "Is batch-1 ResNet-50 inference compute-bound or memory-bound on an A100 (FP16) and on a flagship mobile NPU (INT8)?",
  inputs: {
    operations: { label: "ResNet-50 compute per inference", value: q(4.1, "GFLOP"), line: 2662 },
    cloudWeights: { label: "weights at FP16", value: q(51.2, "MB"), line: 2677, note: "25.6 M parameters × 2 B, the 5.12e7 of the calculation." },
    cloudPeak: { label: "A100 FP16 peak", value: q(312, "TFLOPS"), line: 2671 },
    cloudBandwidth: { label: "A100 HBM2e bandwidth (as calculated)", value: q(2.04, "TB/s"), line: 2677 },
    mobileWeights: { label: "weights at INT8", value: q(25.6, "MB"), line: 2696 },
    mobilePeak: { label: "mobile NPU INT8 peak", value: q(50, "TOPS"), line: 2688 },
    mobileBandwidth: { label: "LPDDR5 bandwidth", value: q(100, "GB/s"), line: 2690 },
  },
  compute: (i) => {
    const run = (dataVolume: typeof i.cloudWeights, bandwidth: typeof i.cloudBandwidth, peakFlops: typeof i.cloudPeak) =>
      ironLaw({ dataVolume, bandwidth, operations: i.operations, peakFlops, efficiency: 1, latency: 0 });
    const cloud = run(i.cloudWeights, i.cloudBandwidth, i.cloudPeak);
    const mobile = run(i.mobileWeights, i.mobileBandwidth, i.mobilePeak);
    return { cloud, mobile, intensity: i.operations.div(i.cloudWeights), bandwidthRatio: i.cloudBandwidth.ratio(i.mobileBandwidth), peakRatio: i.cloudPeak.ratio(i.mobilePeak) };
  },
  checks: [
    { name: "A100 compute time", printed: "= 0.013 ms", book: 0.013, unit: "ms", tolerance: 0.011, line: 2675, value: (r) => r.cloud.computeTime },
    { name: "A100 memory time", printed: "= 0.025 ms", book: 0.025, unit: "ms", tolerance: 0.004, line: 2677, value: (r) => r.cloud.dataTime },
    { name: "A100: memory ÷ compute", printed: "2× slower than compute", book: 2, unit: "×", tolerance: 0.05, line: 2679, value: (r) => r.cloud.dataTime.ratio(r.cloud.computeTime) },
    { name: "arithmetic intensity", printed: "= 80 FLOPs/byte", book: 80, unit: "FLOP/B", tolerance: 0.002, line: 2681, value: (r) => r.intensity },
    { name: "NPU compute time", printed: "= 0.08 ms", book: 0.08, unit: "ms", tolerance: 0.03, line: 2694, value: (r) => r.mobile.computeTime },
    { name: "NPU memory time", printed: "= 0.26 ms", book: 0.26, unit: "ms", tolerance: 0.016, line: 2696, value: (r) => r.mobile.dataTime },
    { name: "NPU: memory ÷ compute", printed: "3× slower than compute", book: 3, unit: "×", tolerance: 0.045, line: 2698, value: (r) => r.mobile.dataTime.ratio(r.mobile.computeTime) },
    { name: "bound on both", printed: "Both platforms are memory-bound", book: "memory-bound", line: 2702,
      value: (r) => (r.cloud.dominant === "data" && r.mobile.dominant === "data" ? "memory-bound" : "not both memory-bound") },
    { name: "bandwidth ratio", printed: "2 TB/s vs 100 GB/s = 20×", book: 20, unit: "×", tolerance: 0.021, line: 2702, value: (r) => r.bandwidthRatio },
    { name: "inference speed ratio", printed: "roughly 10× faster inference", book: 10, unit: "×", tolerance: 0.025, line: 2702, value: (r) => r.mobile.dataTime.ratio(r.cloud.dataTime), note: "Both are memory-bound, so the speed ratio is the memory-time ratio, 0.256 / 0.0251 = 10.2 (INT8 halves the bytes the NPU moves)." },
    { name: "compute advantage of the A100", printed: "not the 10,000× compute advantage", book: 10_000, expected: 6.24, unit: "×", tolerance: 1e-9, line: 2702,
      value: (r) => r.peakRatio, note: "312 TFLOPS / 50 TOPS = 6.24×; nothing in the example supports 10,000×." },
  ],
  conclusion: "At batch 1 the weights, not the arithmetic, set the time on both devices; bandwidth (and bytes per weight) is the lever, not peak FLOPS.",
});
