// Source of notebooks/09-data-selection.ipynb.
// Rebuild the notebook (cells + fresh outputs) with:
//   npx tsc -p tsconfig.build.json && node scripts/make-notebook.js 09-data-selection

// %% [markdown]
// # Chapter 9 · Data selection: spend compute to save more compute
//
// Chapter 9 argues that the cheapest FLOP is the one spent on a sample you did not need.
// Selecting, deduplicating and semi-supervising data raise the **Information-Compute
// Ratio** (accuracy gained per FLOP), but selection has a cost of its own, and it only pays
// when the **Selection Inequality** holds:
//
// > T_selection + T_train(subset) < T_train(full).
//
// This notebook first runs three selection methods (random, uncertainty sampling and
// k-center greedy) on the same generated pool and the same seed, so their learning curves
// can be compared honestly; then it recomputes the chapter's economics: ICR, the selection
// inequality, active-learning ROI, semi-supervised savings, data echoing and the
// amortization of foundation models.

// %%
import {
  q, show, markdown, formatNumber, philox, normal,
  selectionLearningCurve, learningCurveMetrics, dataCompressionRatio, kCenterGreedy, randomSelection,
  informationComputeRatio, selectionInequality, selectionSpeedup, activeLearningBudget, techniqueRoi,
  labelEfficiency, totalDataCost, dataEchoing, foundationModelAmortization,
  learningCurvesChart, selectionTimeChart, amortizedRoiChart, chapterExamples,
  type SelectionMethod,
} from "mlsys-lab";

// %% [markdown]
// ## Parameters
//
// The pool is generated: a 4 × 4 grid of small Gaussian clusters whose classes alternate
// like a checkerboard, drawn from a seeded Philox stream, with a separate held-out test set.
// No straight line separates the classes, and a method has to find every cluster to
// classify it. The economics further down use the book's figures.

// %%
const seed = 9;                 // same seed, same pool, same curves
const side = 4;                 // clusters per row and column of the grid
const classes = 2;              // classes alternate across the grid
const perCluster = 60;          // pool points per cluster
const testPerCluster = 25;
const spread = 0.45;            // cluster standard deviation (centres are 2 apart)
const initialLabels = 4;        // random labels every method starts from
const batchSize = 4;            // labels bought per round
const rounds = 15;
const targetAccuracy = 0.85;

// %% [markdown]
// ## A pool to select from
//
// The labels are the oracle's answers: a method only sees a label once it pays for it.

// %%
function checkerboard(stream: number, n: number) {
  const rows = side * side * n;
  const points = new Float64Array(rows * 2);
  const labels = new Int32Array(rows);
  const noise = normal(philox(seed, { stream: stream }), new Float64Array(rows * 2), { sd: spread });
  let row = 0;
  for (let gx = 0; gx < side; gx++) for (let gy = 0; gy < side; gy++) for (let k = 0; k < n; k++, row++) {
    points[2 * row] = 2 * gx + noise[2 * row];
    points[2 * row + 1] = 2 * gy + noise[2 * row + 1];
    labels[row] = (gx + gy) % classes;
  }
  return { points: points, labels: labels };
}
const dimensions = 2;
const pool = checkerboard(1, perCluster);
const test = checkerboard(2, testPerCluster);
markdown(`Pool: **${formatNumber(pool.labels.length)}** unlabelled points in ${side * side} clusters of ${classes} classes; test set: **${formatNumber(test.labels.length)}** points.`);

// %% [markdown]
// ## Three methods, one seed
//
// `selectionLearningCurve` starts every method from the same `initialLabels` random labels,
// classifies the test set by its nearest labelled point, measures accuracy, and lets the
// method buy the next `batchSize` labels:
//
// - **random**: any unlabelled points;
// - **uncertainty**: the points whose top two class probabilities are closest (margin);
// - **k-center**: the points farthest from everything labelled so far (coverage).

// %%
const methods: SelectionMethod[] = ["random", "uncertainty", "kCenter"];
const curves = methods.map((method) => selectionLearningCurve({
  pool: pool, test: test, dimensions: dimensions, classes: classes, method: method,
  initialLabels: initialLabels, batchSize: batchSize, rounds: rounds, source: philox(seed, { stream: 3 }), temperature: 0.5,
}));
show(learningCurvesChart({ curves: curves, targetAccuracy: targetAccuracy, accuracyAtZero: 1 / classes }));

// %% [markdown]
// The chapter's efficiency metrics for each curve: performance per datum (PPD) at the last
// point, the area under the learning curve (AULC, higher is better), labels to reach the
// target, and the data compression ratio (DCR) against random selection.

// %%
const randomCurve = curves[0];
show(curves.map((c) => {
  const m = learningCurveMetrics({ labels: c.labels, accuracy: c.accuracy, accuracyAtZero: 1 / classes, targetAccuracy: targetAccuracy });
  const dcr = dataCompressionRatio({ baseline: randomCurve, selected: c, targetAccuracy: targetAccuracy, accuracyAtZero: 1 / classes });
  return {
    method: c.method, "final accuracy (%)": formatNumber(100 * c.accuracy[c.accuracy.length - 1]),
    "PPD at the end (points/label)": formatNumber(100 * (m.ppd[m.ppd.length - 1] ?? 0)),
    "mean accuracy over the curve (%)": formatNumber(100 * m.meanAccuracy),
    [`labels to ${100 * targetAccuracy} %`]: m.labelsToTarget === null ? "not reached" : formatNumber(m.labelsToTarget),
    "DCR vs random": dcr === null ? "—" : `${formatNumber(dcr)}×`,
  };
}), { title: "Data efficiency of each method (same pool, same seed)" });

// %% [markdown]
// The curves tell the chapter's two warnings at once. **k-center** explores: it places
// labels far from everything seen, finds every cluster first and leads early.
// **Uncertainty sampling alone** exploits: it keeps buying labels on the boundaries it
// already knows and never visits clusters it has not seen, so it stalls; this is why the
// chapter recommends mixing in diversity (and larger, more diverse batches when labels come
// back slowly). **Random** is a strong baseline once the budget is large enough to hit
// every cluster by chance. Change `seed` or `spread` and watch the ranking move: measure
// selection on your own data.
//
// ### Coverage: what k-center optimises
//
// k-center greedy minimises the largest distance from any point to its nearest selected
// point. Against a random selection of the same size:

// %%
const budget = 32;
const greedy = kCenterGreedy({ points: pool.points, dimensions: dimensions, budget: budget });
const randomCover = kCenterGreedy({ points: pool.points, dimensions: dimensions, budget: 0, initial: randomSelection({ poolSize: pool.labels.length, budget: budget, source: philox(seed, { stream: 4 }) }) });
markdown(`With ${budget} points, the farthest pool point is **${formatNumber(greedy.radius)}** away from a k-center selection and **${formatNumber(randomCover.radius)}** from a random one.`);

// %% [markdown]
// ## The Information-Compute Ratio
//
// The chapter's ResNet-50 scenario: a random ImageNet epoch against a 50 % EL2N coreset.

// %%
const flopsPerImage = q(8.2, "GFLOP");
const icrRandom = informationComputeRatio({ accuracyGainPoints: 5.0, samples: 1.28e6, flopsPerSample: flopsPerImage });
const icrCoreset = informationComputeRatio({ accuracyGainPoints: 4.5, samples: 641e3, flopsPerSample: flopsPerImage });
show([
  { selection: "random epoch", FLOPs: icrRandom.flops, "gain (points)": 5.0, "ICR (points per FLOP)": (icrRandom.icr ?? 0).toExponential(2) },
  { selection: "EL2N coreset (50 %)", FLOPs: icrCoreset.flops, "gain (points)": 4.5, "ICR (points per FLOP)": (icrCoreset.icr ?? 0).toExponential(2) },
], { title: `ICR: the coreset learns ${formatNumber((icrCoreset.icr ?? 0) / (icrRandom.icr ?? 1))}× more per FLOP` });

// %% [markdown]
// ## The Selection Inequality
//
// 1M images, a 100k coreset, 100 epochs at 0.01 s per image: scoring with the target model,
// with a 5× cheaper proxy, or with a 7B model that takes 50 hours.

// %%
const base = { poolSize: 1e6, subsetSize: 1e5, trainingTimePerSample: q(0.01, "s"), epochs: 100 };
const options = [
  { name: "ResNet-50 scoring", result: selectionInequality({ ...base, scoringTimePerSample: q(0.01, "s") }) },
  { name: "ResNet-18 proxy", result: selectionInequality({ ...base, scoringTimePerSample: q(0.002, "s") }) },
  { name: "7B scorer (50 h)", result: selectionInequality({ ...base, selectionTime: q(50, "h") }) },
];
show(options.map((o) => ({
  option: o.name, selection: o.result.selectionTime.in("h"), "subset training": o.result.subsetTrainingTime.in("h"), total: o.result.totalTime.in("h"),
  "saved (%)": formatNumber(100 * (o.result.savedShare ?? 0)), "inequality holds": o.result.holds, "selection < 10 % of training": o.result.withinOverheadLimit,
})), { title: "Selection Inequality (Eq. 9.2)" });
show(selectionTimeChart({ options: options }));

// %% [markdown]
// In epoch-equivalents (the chapter's active-learning problem): selecting once costs one
// epoch, reselecting every epoch costs as many epochs as training.

// %%
const once = selectionSpeedup({ fullEpochs: 100, selectionCostEpochs: 1, subsetFraction: 0.1 });
const everyEpoch = selectionSpeedup({ fullEpochs: 100, selectionCostEpochs: 1, subsetFraction: 0.1, selections: 100 });
markdown(`Once: ${formatNumber(once.costEpochs)} epoch-equivalents, **${formatNumber(once.speedup ?? 0)}×** faster. Every epoch: ${formatNumber(everyEpoch.costEpochs)} epoch-equivalents, **${formatNumber(everyEpoch.speedup ?? 0)}×**: slower than not selecting.`);

// %% [markdown]
// ## Active learning and deduplication: return on investment
//
// The chapter's diagnostic-AI problem ($5 a scan, 1M scans, $500K) and its break-even example
// ($10 labels, 5,000 random against 2,000 active in rounds of 100 with $50 of inference).

// %%
const diagnostic = activeLearningBudget({ poolSize: 1e6, pricePerLabel: q(5, "USD"), activeLabels: 50_000, budget: q(500_000, "USD") });
const breakEven = activeLearningBudget({ poolSize: 1e5, pricePerLabel: q(10, "USD"), randomLabelsNeeded: 5000, activeLabels: 2000, initialLabels: 1000, labelsPerRound: 100, costPerRound: q(50, "USD") });
show([
  { case: "diagnostic AI: label everything", cost: diagnostic.fullLabelingCost },
  { case: "diagnostic AI: 50,000 hardest scans", cost: diagnostic.activeCost },
  { case: "diagnostic AI: saving", cost: diagnostic.savingVsFull },
  { case: "break-even example: random", cost: breakEven.randomCost },
  { case: `break-even example: active (${breakEven.rounds} rounds)`, cost: breakEven.activeCost },
  { case: "break-even example: ROI", cost: `${formatNumber(100 * techniqueRoi({ baselineCost: breakEven.randomCost, techniqueCost: breakEven.activeCost }))} %` },
], { title: "Active learning economics" });

// %% [markdown]
// Infrastructure such as a deduplication pipeline is judged over its lifetime: $55,000 once,
// $10,000 saved per training run.

// %%
show(amortizedRoiChart({ savingsPerRun: q(10_000, "USD"), oneTimeInvestment: q(55_000, "USD") }));

// %% [markdown]
// ## Semi-supervised learning, echoing and amortization

// %%
const supervised = totalDataCost({ labeledSamples: 4000, pricePerLabel: q(1, "USD"), computeHours: 100, pricePerComputeHour: q(0.5, "USD") });
const fixmatch = totalDataCost({ labeledSamples: 250, pricePerLabel: q(1, "USD"), computeHours: 500, pricePerComputeHour: q(0.5, "USD") });
const echo1 = dataEchoing({ pipelineRate: 300, acceleratorRate: 800, samplesPerEpoch: 1.28e6, epochs: 90 });
const echo2 = dataEchoing({ pipelineRate: 300, acceleratorRate: 800, echoFactor: 2, samplesPerEpoch: 1.28e6, epochs: 90, echoValue: 0.8 });
const foundation = foundationModelAmortization({ tasks: 10, scratchCostPerTask: 1000, pretrainingCost: 10_000, fineTuneCostPerTask: 50 });
show([
  { item: "FixMatch label efficiency at 250 of 50,000 labels", value: `${formatNumber(labelEfficiency({ fullLabels: 50_000, labels: 250 }).efficiency)}×` },
  { item: "supervised (4,000 labels) vs FixMatch (250 labels, 5× compute)", value: `${supervised.total.format()} vs ${fixmatch.total.format()}` },
  { item: "ImageNet, 300 img/s pipeline, 800 img/s GPU: training time", value: echo1.trainingTime.in("h") },
  { item: "… with echo factor 2 (echoes worth 80 % of a fresh sample)", value: echo2.trainingTime.in("h") },
  { item: "10 tasks: scratch vs foundation model (GPU-hours)", value: `${formatNumber(foundation.scratchTotal)} vs ${formatNumber(foundation.foundationTotal)}` },
  { item: "tasks after which the foundation model is cheaper", value: formatNumber(foundation.crossoverTasks ?? 0) },
], { title: "More ways to need fewer labels and less compute" });

// %% [markdown]
// ## The chapter's worked examples

// %%
show(chapterExamples(9));

// %% [markdown]
// ## Try this
//
// 1. **Blurrier clusters.** Set `spread = 0.6`. Which method suffers most from the overlap?
// 2. **Bigger batches.** Set `batchSize = 12` and `rounds = 5` (about the same label budget).
//    Does uncertainty sampling still stall when each batch holds more points?
// 3. **A dearer scorer.** Change the 7B scorer to `q(250, "h")`. Does the Selection Inequality
//    still hold? At what selection time does it break?
// 4. **Worse echoes.** Set `echoValue: 0.5` for the echoing line. Is an echo factor of 2 still
//    worth it?
