// Source of notebooks/16-conclusion.ipynb.
// Rebuild the notebook (cells + fresh outputs) with:
//   npx tsc -p tsconfig.build.json && node scripts/make-notebook.js 16-conclusion

// %% [markdown]
// # Chapter 16 · Twelve invariants, each with a number
//
// The book ends by collecting what held in every chapter into twelve invariants (Table
// 16.2): laws about data, about the machine, and about the system in production. A law is
// only useful if you can compute with it, so this notebook revisits each one with a single
// example computed by the library, and points to the notebook where it was built. It closes
// with the chapter's own napkin problem, the cost of one token of a 70B model on an H100,
// whose printed arithmetic is wrong by a factor of eight and whose conclusion still holds.

// %%
import {
  show, markdown, formatNumber, formatQuantity, q,
  getModel, getHardware, peakFlopsOf, deviceCeilings, constantQuantity,
  trainingFlops, distributedTrainingTime, ironLaw, roofline, amdahlSpeedup, parameterMemory,
  inputSpaceSize, degradedAccuracy, skewCost, latencyBudget, videoStreamRate,
  getWorkedExample, chapterExamples, lineChart, layerChart, ruleLayer,
} from "mlsys-lab";

// %% [markdown]
// ## Parameters

// %%
const tokenModelParams = q(70, "Bparam");   // Llama-2-70B
const tokenDevice = getHardware("H100");
const batchSizes = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512];

// %% [markdown]
// ## The invariants, one computation each
//
// The table gives, for every invariant, the law, one example computed here, and the
// notebook (or worked example) that develops it.

// %%
const gpt3 = getModel("GPT-3");
const a100 = getHardware("A100");
const a100Ceilings = deviceCeilings(a100, "fp16");
const run = distributedTrainingTime({ operations: gpt3.trainingFlops!, devices: 1024, peakFlopsPerDevice: peakFlopsOf(a100, "fp16"), efficiency: 0.45 });
const resnet = roofline({ ...a100Ceilings, intensity: 80 });
const decode = roofline({ ...a100Ceilings, intensity: 1 });
const dram = constantQuantity("ENERGY_DRAM_ACCESS_PJ", "pJ");
const fp32 = constantQuantity("ENERGY_FLOP_FP32_PJ", "pJ/flop").times(q(1, "flop"));
const camera = videoStreamRate({ width: 1920, height: 1080, bytesPerPixel: 3, fps: 30, streams: 100 });
const invariants = [
  { invariant: "1. Data as code: behaviour ≈ f(data)", "computed example": `GPT-3's 300 B tokens set its compute: 6·P·D = ${formatQuantity(trainingFlops({ params: gpt3.params, tokens: gpt3.trainingTokens! }))}`, "where": "01-introduction, WE-1.3" },
  { invariant: "2. Data gravity: moving data costs more than moving compute", "computed example": `100 factory cameras stream ${formatQuantity(camera.total)} of raw video`, "where": "02-ml-systems, WE-2.6" },
  { invariant: "3. Iron Law: T = D/BW + O/(R·η) + L", "computed example": `GPT-3 on 1,024 A100s at η = 0.45: ${formatQuantity(run.time)}`, "where": "01-introduction, WE-1.3" },
  { invariant: "4. Silicon contract: each model has a binding resource", "computed example": `ResNet-50 (I = 80) reaches ${formatNumber(resnet.fractionOfPeak)} of A100 peak; LLM decode (I = 1) ${formatNumber(decode.fractionOfPeak)}`, "where": "02-ml-systems, WE-2.2" },
  { invariant: "5. Pareto frontier: trade-offs, not free lunches", "computed example": "closing a 30-point TPR gap with per-group thresholds costs accuracy", "where": "15-responsible-engineering" },
  { invariant: "6. Arithmetic intensity: R = min(R_peak, I·BW)", "computed example": `A100 FP16 ridge point: ${formatQuantity(resnet.ridgePoint)}; below it a kernel is memory-bound`, "where": "W16.3 below" },
  { invariant: "7. Energy-movement: a DRAM access costs 100–1,000 operations", "computed example": `32-bit DRAM access ÷ FP32 operation = ${formatNumber(dram.ratio(fp32))}× (Table 21.10)`, "where": "Table 21.10" },
  { invariant: "8. Amdahl: S = 1 / ((1 − p) + p/s)", "computed example": `10× inference when data loading is 90 %: ${formatNumber(amdahlSpeedup({ acceleratedFraction: 0.1, speedup: 10 }).speedup)}×`, "where": "W16.4, 02-ml-systems WE-2.13" },
  { invariant: "9. Verification gap: tests sample, never cover", "computed example": `a 224 × 224 RGB image can take 256^150,528 values, a number of ${formatNumber(inputSpaceSize({ elements: 150_528, levels: 256 }).digits)} digits`, "where": "01-introduction, WE-1.2" },
  { invariant: "10. Statistical drift: Acc(t) ≈ Acc₀ − λ·D", "computed example": `85 % at deployment, λ = 0.5, D = 0.1: ${formatNumber(degradedAccuracy({ initialAccuracy: 0.85, divergence: 0.1, sensitivity: 0.5 }).accuracy)}`, "where": "14-ml-operations" },
  { invariant: "11. Training-serving skew: ΔAcc ≈ E|f_serve − f_train|", "computed example": `1 % skew errors on 1M queries a day at $0.10: ${formatQuantity(skewCost({ errorRate: 0.01, queryRate: q(1e6, "1/day"), costPerError: 0.1 }).perYear)} a year`, "where": "14-ml-operations, W14.1" },
  { invariant: "12. Latency budget: P99 is the hard constraint", "computed example": `a 100 ms P99 SLO leaves the model ${formatNumber(latencyBudget({ slo: 100, stages: { network: 15, features: 25, inference: 45, post: 15 } }).shares.inference)} of it`, "where": "14-ml-operations, W14.7" },
];
show(invariants, { title: "The twelve invariants of Table 16.2, computed", maxRows: 12 });

// %% [markdown]
// ## The cost of a token
//
// Serving one token of Llama-2-70B reads every weight once and does two FLOPs per weight.
// The book writes the weights as "70B × 2 bytes = 18 GB"; they are 140 GB (which also means
// the model does not fit in one 80 GB H100). Reading them takes 41.8 ms, not 5.2 ms, against
// 0.14 ms of arithmetic: the token is 295× memory-bound, not 37×. The verdict, memory-bound
// at an arithmetic intensity of about 1, is the same.

// %%
show(getWorkedExample("W16.3"));

// %% [markdown]
// Batching is the way out: a batch of B users reads the weights once and does B times the
// arithmetic, so the compute term grows while the data term does not (the KV cache, which
// grows with the batch, is left out here). The chart shows both terms of the Iron Law per
// decoding step; where they cross, the H100 becomes compute-bound.

// %%
const weights = parameterMemory({ params: tokenModelParams, precision: "fp16" });
const flopsPerToken = q(2 * tokenModelParams.to("param"), "FLOP");
const steps = batchSizes.flatMap((b) => {
  const t = ironLaw({ dataVolume: weights, bandwidth: tokenDevice.memoryBandwidth!, operations: flopsPerToken.times(b), peakFlops: peakFlopsOf(tokenDevice, "fp16"), efficiency: 1, latency: 0 });
  return [
    { batch: b, term: "data: read the weights", ms: t.dataTime.to("ms") },
    { batch: b, term: "compute: 2·P FLOPs per user", ms: t.computeTime.to("ms") },
  ];
});
const ridge = roofline({ ...deviceCeilings(tokenDevice, "fp16"), intensity: 1 }).ridgePoint.to("FLOP/B");
show(layerChart(
  lineChart({ data: steps, x: "batch", y: "ms", series: "term", title: "One decoding step of a 70B model on an H100", subtitle: "FP16 weights (140 GB), KV cache ignored",
    xTitle: "Batch size (users per step, log scale)", yTitle: "Time per step (ms, log scale)", xScale: "log", yScale: "log", seriesTitle: "Iron Law term", points: true }),
  ruleLayer({ x: ridge, label: `ridge point: batch ≈ ${formatNumber(ridge)}` }),
));

// %% [markdown]
// ## The chapter's examples

// %%
show(chapterExamples(16));

// %% [markdown]
// ## Try this
//
// 1. Set `tokenModelParams = q(8, "Bparam")` (Llama-3-8B). How many milliseconds per token
//    now, and at what batch does the H100 become compute-bound?
// 2. Quantise the weights: replace `"fp16"` by `"int8"` in `parameterMemory`. Which term of the
//    chart moves, and does the ridge move?
// 3. Swap the device for `getHardware("B200")`. Which matters more for decoding, its peak
//    FLOPS or its bandwidth?
// 4. Pick one invariant from the table and break it on purpose in its chapter notebook: for
//    example, set the data-loading share to 0 in the Amdahl example. What does the law say then?

// %%
markdown(`**Summary.** One token of a ${formatQuantity(tokenModelParams)} model on an ${tokenDevice.id} moves ${formatQuantity(weights)} ` +
  `for ${formatQuantity(flopsPerToken)}: it is memory-bound until the batch reaches about ${formatNumber(ridge)} users.`);
