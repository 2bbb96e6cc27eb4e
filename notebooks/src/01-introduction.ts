// Source of notebooks/01-introduction.ipynb.
// Rebuild the notebook (cells + fresh outputs) with:
//   node scripts/make-notebook.js 01-introduction

// %% [markdown]
// # Chapter 1 · How long does it take to train GPT-3?
//
// How long does a GPT-3-class model take to train on 1,024 A100 GPUs? The book answers
// with its **Iron Law of ML Systems**, which splits the time of any ML workload into three
// terms:
//
// > **T = D_vol / BW + O / (R_peak · η) + L_lat**
// >
// > data term (bytes moved over bandwidth) + compute term (operations over the rate the
// > hardware actually sustains) + latency term (fixed overheads paid regardless).
//
// For a large training run the compute term dwarfs the other two, and spreading it over
// *N* accelerators divides it by *N*:
//
// > **T ≈ O / (N · R_peak · η)**
//
// The first worked example of the book (Chapter 1, seed lines 1316–1347) uses this to
// estimate how long GPT-3 trains on 1,024 A100 GPUs. It teaches two habits that carry
// through the whole book: **put units on every number**, and **ask which term dominates and
// which knob moves it**. Here η, the fraction of peak the cluster really sustains, turns
// out to be worth about a week.

// %%
import {
  q, show, markdown, formatNumber, formatQuantity,
  getHardware, getModel, constantQuantity, peakFlopsOf,
  distributedTrainingTime, trainingFlops, getWorkedExample,
  trainingDaysVsEfficiencyChart, trainingDaysVsDevicesChart,
} from "mlsys-lab";

// %% [markdown]
// ## Parameters
//
// Edit this cell and re-run the notebook: every number and chart below is recomputed from
// it. Models and devices come from the book's constant tables (Tables 21.1–21.9); you can
// register your own with `registerHardware` / `registerModel`.

// %%
const model = getModel("GPT-3");        // try "GPT-2-XL" or "Llama-3-8B"
const device = getHardware("A100");     // try "H100", "B200", "MI300X"
const precision = "fp16";               // the rate the book uses: FP16 tensor cores
const devices = 1024;                   // N, GPUs in the cluster
const efficiency = 0.45;                // η, fraction of peak sustained (book: ~45 %)
const improvedEfficiency = 0.6;         // η after kernel fusion and better scheduling

// %% [markdown]
// ## The calculation
//
// O comes from the model registry: the paper's 3.14 × 10²³ FLOP for GPT-3. Models without a
// published figure fall back to the 6·P·D rule (six FLOPs per parameter per training token).

// %%
const operations = model.trainingFlops
  ?? trainingFlops({ params: model.params, tokens: model.trainingTokens ?? q(20 * model.params.to("param"), "token") });
const peakPerDevice = peakFlopsOf(device, precision);
const baseline = distributedTrainingTime({ operations, devices: devices, peakFlopsPerDevice: peakPerDevice, efficiency: efficiency });
const improved = distributedTrainingTime({ operations, devices: devices, peakFlopsPerDevice: peakPerDevice, efficiency: improvedEfficiency });

show({
  "model": model.name,
  "device": `${device.name} (${precision})`,
  "operations O": operations,
  "peak per device R_peak": peakPerDevice,
  "cluster peak N·R_peak": baseline.peakRate,
  [`sustained at η = ${efficiency}`]: baseline.effectiveRate,
  [`training time at η = ${efficiency}`]: baseline.time,
  [`training time at η = ${improvedEfficiency}`]: improved.time,
  "time saved": baseline.time.minus(improved.time),
  "GPU-hours consumed": `${formatNumber(baseline.deviceTime.to("h"))} h`,
}, { title: `${model.name} on ${formatNumber(devices)} × ${device.id}` });

// %% [markdown]
// ## What the book says, checked
//
// The book rounds its answer to "≈ 25 days" and "19 days". The library keeps every worked
// example as data (inputs with their source lines, and each printed figure beside its
// recomputation), so the comparison below is computed, not typed in. Note the saving: the
// book says "nearly 6 days", but 25.28 − 18.96 is 6.32.

// %%
show(getWorkedExample("WE-1.3"));

// %% [markdown]
// ## Which knob matters?
//
// Training time falls as 1/η and as 1/N. The first chart shows days against η for several
// cluster sizes, with the book's two efficiencies marked; the second shows days against N
// on log–log axes, where perfect scaling is a straight line of slope −1.

// %%
show(trainingDaysVsEfficiencyChart({
  operations: operations,
  peakFlopsPerDevice: peakPerDevice,
  deviceCounts: [512, 1024, 2048, 4096],
  efficiencyRange: [0.3, 0.8],
  markEfficiencies: [efficiency, improvedEfficiency],
  highlights: [
    { x: efficiency, y: baseline.time.to("day"), label: `${formatQuantity(baseline.time)} (book: ≈25)` },
    { x: improvedEfficiency, y: improved.time.to("day"), label: `${formatQuantity(improved.time)} (book: 19)` },
  ],
  title: `${model.name} training time vs efficiency η (${device.id}, ${precision})`,
}));

// %%
show(trainingDaysVsDevicesChart({
  operations: operations,
  peakFlopsPerDevice: peakPerDevice,
  deviceRange: [128, 8192],
  efficiencies: [0.3, efficiency, improvedEfficiency],
  highlights: [{ x: devices, y: baseline.time.to("day"), label: `N = ${formatNumber(devices)}` }],
  title: `${model.name} training time vs cluster size (${device.id}, ${precision})`,
}));

// %% [markdown]
// ## What does the electricity cost?
//
// Every GPU draws up to its thermal design power (TDP) for the whole run. Multiplying power by
// GPU-time gives energy, and energy by the book's cloud electricity price gives a bill. (The
// book's constants appendix, seed line 43500, multiplies 25 *wall-clock* days as if they were
// 25 *GPU*-days and arrives at about $29; with 1,024 GPUs the bill is about a thousand times
// that. The conclusion, that electricity is a small share of the cost, still holds.)

// %%
const power = device.tdp ?? q(400, "W");
const energy = power.times(baseline.deviceTime);
const electricityPrice = constantQuantity("CLOUD_ELECTRICITY_PER_KWH", "USD/kWh");
show({
  "power per GPU (TDP)": power,
  "GPU-time": `${formatNumber(baseline.deviceTime.to("h"))} GPU-hours`,
  "energy at TDP": energy,
  "electricity price": electricityPrice,
  "electricity bill": electricityPrice.times(energy),
}, { title: "Electricity for the run, at TDP" });

// %% [markdown]
// ## Try this
//
// 1. Set `device = getHardware("H100")`. How many days now, and which term of the Iron Law
//    did you change?
// 2. How many A100s would finish GPT-3 in one week at η = 0.45? Change `devices` until the
//    first table says about 7 days, then check your answer with T ∝ 1/N.
// 3. Register a device of your own, e.g.
//    `registerHardware({ id: "L4", name: "NVIDIA L4", kind: "gpu", peakFlops: { fp16: q(121, "TFLOP/s") }, tdp: q(72, "W"), provenance: userSource("datasheet") })`,
//    and train GPT-3 on it. Why is the answer measured in years?
// 4. Pass a wrong unit on purpose, `peakFlopsPerDevice: q(2, "TB/s")`. What does the error say?

// %%
markdown(`**Summary.** At η = ${efficiency}, ${formatNumber(devices)} × ${device.id} train ${model.name} in ` +
  `**${formatQuantity(baseline.time)}**; raising η to ${improvedEfficiency} saves ` +
  `**${formatQuantity(baseline.time.minus(improved.time))}**.`);

// %% [markdown]
// ## The rest of Chapter 1, computed
//
// The chapter's other quantitative claims, each kept as a worked example with its checks.
// The cell below imports what these sections need.

// %%
import {
  amdahlSpeedup, degradedAccuracy, exponentialGrowth, chapterExamples,
  lineChart as lineChart1, layerChart as layerChart1, ruleLayer as ruleLayer1,
} from "mlsys-lab";

// %% [markdown]
// ### Why testing cannot prove a model correct
//
// A 224 × 224 RGB image can take 256^150,528 values, a number with 362,508 digits; ImageNet's
// test set has 50,000 images (the verification gap).

// %%
show(getWorkedExample("WE-1.2"));

// %% [markdown]
// ### A D·A·M diagnosis, recomputed
//
// The book diagnoses batch-1 ResNet-50 on an A100 as memory-bound: 12.5 µs to move 25 MB of
// weights against "2 µs" of arithmetic. At 312 TFLOP/s the 4 GFLOP take 12.8 µs, so the two
// terms are nearly equal.

// %%
show(getWorkedExample("WE-1.4"));

// %% [markdown]
// ### The Amdahl pitfall
//
// A 3× faster model inside a pipeline with 60 ms of preprocessing and 25 ms of
// postprocessing cuts the request by 23 %, not 67 %. However fast the model gets, the
// pipeline never drops below the 85 ms the other stages take.

// %%
const fixedMs = 60 + 25;
const modelMs = 45;
const amdahlRows = [1, 1.5, 2, 3, 5, 10, 20, 50, 100].map((s) => ({
  speedup: s, latency: (fixedMs + modelMs) / amdahlSpeedup({ acceleratedFraction: modelMs / (fixedMs + modelMs), speedup: s }).speedup,
}));
show(layerChart1(
  lineChart1({ data: amdahlRows, x: "speedup", y: "latency", title: "End-to-end latency vs model speedup", subtitle: "45 ms model, 60 ms pre- and 25 ms post-processing",
    xTitle: "Model speedup (×, log scale)", yTitle: "Request latency (ms)", xScale: "log", points: true }),
  ruleLayer1({ y: fixedMs, label: "floor: the other stages (85 ms)" }),
));
show(getWorkedExample("WE-1.8"));

// %% [markdown]
// ### The Degradation Equation
//
// Accuracy(t) ≈ Accuracy₀ − λ·D(P_t‖P₀). Three sensitivities λ against a divergence that
// grows with time; the rule at 80 % is a retraining threshold. The chapter's two accounts of
// the same recommender (85 % → 80.2 % and 85 % → "below 40 %") are checked below.

// %%
const degradationRows = [0.25, 0.5, 1].flatMap((lambda) => Array.from({ length: 11 }, (_, k) => ({
  divergence: k * 0.05, lambda: `λ = ${lambda}`, accuracy: degradedAccuracy({ initialAccuracy: 0.85, divergence: k * 0.05, sensitivity: lambda }).accuracy,
})));
show(layerChart1(
  lineChart1({ data: degradationRows, x: "divergence", y: "accuracy", series: "lambda", title: "Accuracy under drift, by sensitivity λ", subtitle: "Accuracy₀ = 85 %",
    xTitle: "Divergence D(P_t ‖ P₀)", yTitle: "Accuracy", yFormat: ".0%", seriesTitle: "Sensitivity" }),
  ruleLayer1({ y: 0.8, label: "retrain below 80 %" }),
));
show(getWorkedExample("WE-1.9"));

// %% [markdown]
// ### Exponential trends and the scaling gap
//
// Training compute doubling every 3.4 months, transistors every two years, and the compute
// needed for AlexNet-level accuracy halving every 16 months, compounded from 2012. The book's
// totals (five orders of magnitude, 16×, 44.5×) do not follow from its own rates.

// %%
const trendRows = [
  { trend: "training compute (×2 every 3.4 months)", doublingTime: q(3.4, "month") },
  { trend: "Moore's law (×2 every 24 months)", doublingTime: q(24, "month") },
].flatMap((t) => Array.from({ length: 8 }, (_, year) => ({
  year: 2012 + year, trend: t.trend, factor: exponentialGrowth({ duration: q(12 * year, "month"), doublingTime: t.doublingTime }).factor,
}))).concat(Array.from({ length: 8 }, (_, year) => ({
  year: 2012 + year, trend: "compute for AlexNet accuracy (÷2 every 16 months)", factor: exponentialGrowth({ duration: q(12 * year, "month"), halvingTime: q(16, "month") }).factor,
})));
show(lineChart1({ data: trendRows, x: "year", y: "factor", series: "trend", title: "Compounded trends since 2012", xTitle: "Year", yTitle: "Factor relative to 2012 (log scale)",
  yScale: "log", seriesTitle: "Trend", xFormat: "d", points: true }));
show(getWorkedExample("WE-1.11"));
show(getWorkedExample("WE-1.10"));
show(getWorkedExample("WE-1.12"));

// %% [markdown]
// ### Chapter 1's examples
//
// Every figure of every Chapter 1 worked example, the book's number beside the recomputed one.
// (WE-1.1, 1.5, 1.6 and 1.7 have nothing to compute; the book index says why.)

// %%
show(chapterExamples(1));

// %% [markdown]
// ### More to try
//
// 1. In the Amdahl chart, make preprocessing 10 ms instead of 60. How fast must the model get
//    now before the end-to-end gain stops improving?
// 2. Find the halving time that turns 84 months into the book's 44.5× (call `exponentialGrowth`
//    with a few `halvingTime`s).
