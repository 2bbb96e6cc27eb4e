// Source of notebooks/15-responsible-engineering.ipynb.
// Rebuild the notebook (cells + fresh outputs) with:
//   npx tsc -p tsconfig.build.json && node scripts/make-notebook.js 15-responsible-engineering

// %% [markdown]
// # Chapter 15 · Measuring harm, not only talking about it
//
// Chapter 15 argues that responsibility is an engineering property: it can be specified,
// measured and monitored like latency. Its central worked example is a loan model that
// looks fine on average (the book says 85 % accuracy) yet approves qualified applicants of
// a minority group far less often than those of the majority. The chapter then turns to a
// second kind of cost that no accuracy metric shows: the money and the carbon of serving a
// model for years.
//
// This notebook does both with the library:
//
// 1. generate loan applications in which **we planted** the book's bias (qualified
//    applicants of group B approved 60 % of the time, of group A 90 %), measure it back by
//    group with bootstrap confidence intervals, and check the measurements against the
//    planted truth;
// 2. recompute the book's loan example and check it against the chapter's disparity bounds
//    (the four-fifths rule, 5-point gaps, a 1.25× error-rate ratio);
// 3. see how sample size limits what a fairness audit can prove;
// 4. trade accuracy against disparity with per-group thresholds (the Pareto frontier of
//    Figure 15.1);
// 5. price and weigh the carbon of a recommender over three years, and of a GPT-3-scale
//    training run on different grids.

// %%
import {
  show, markdown, formatNumber, formatQuantity, q,
  SCENARIOS, generateColumns, creditFairnessTruth,
  fairnessReport, fairnessMetrics, fairnessFlags, fourFifthsRule, thresholdSweep, thresholdForTpr, fairnessFrontier,
  groupRatesChart, fairnessFrontierChart, inferenceGpuDemand, carbonByGridChart, lineChart, layerChart, bandLayer, ruleLayer, barChart,
  getWorkedExample, chapterExamples, gridIntensityRegistry, CARBON_EQUIVALENTS, operationalCarbon,
} from "mlsys-lab";

// %% [markdown]
// ## Parameters
//
// The applications come from the library's `credit_applications` scenario. Its planted bias
// is set by two pairs of rates: the true TPR (approvals among applicants who would repay)
// and FPR (approvals among those who would default) of groups A and B at the approval
// threshold. The defaults are the book's Tables 15.6–15.7. The default model's intercept is
// set to 0 so that about half the applicants repay, as in the book's example (the scenario's
// own default is a 5 % default rate).

// %%
const seed = 15;
const rows = 12_000;               // the book: 10,000 in group A and 2,000 in group B
const plantedTpr = [0.9, 0.6];     // [A, B]: the book's 90 % vs 60 %
const plantedFpr = [0.2, 0.2];     // [A, B]: 20 % for both
const threshold = 0.5;             // approve when the score is at least this
const resamples = 1000;            // bootstrap resamples for the intervals
const params = {
  plantedTpr: plantedTpr, plantedFpr: plantedFpr, approvalThreshold: threshold,
  model: { ...SCENARIOS.credit_applications.defaults.model, intercept: 0 },
};

// %% [markdown]
// ## Generated applications with a planted bias
//
// Every row has the applicant's protected attribute (`group`), whether they repaid
// (`defaulted` is the label), the lender's score and its decision. The score depends only
// on the group and the true outcome, so the true rates of each group are known exactly;
// `creditFairnessTruth` returns them for any threshold.

// %%
const generated = generateColumns(SCENARIOS.credit_applications, { rows: rows, seed: seed, params: params }).columns;
const groupNames = generated.group.dictionary!;
const group = Array.from(generated.group.values, (g) => groupNames[g]);
const repaid = Array.from(generated.defaulted.values, (d) => 1 - d);
const approved = generated.approved.values;
const scores = generated.approval_score.values;
const truth = creditFairnessTruth(params);
show({ rows: rows, "group B share": group.filter((g) => g === "B").length / rows, "repaid (base rate)": repaid.reduce((a, b) => a + b, 0) / rows,
  "planted TPR A / B": truth.tpr.join(" / "), "planted FPR A / B": truth.fpr.join(" / ") }, { title: "The generated data" });

// %% [markdown]
// ## Metrics by group, with intervals
//
// `fairnessReport` is the library's counterpart of Fairlearn's `MetricFrame`: selection rate,
// TPR, FPR, precision and accuracy for each group, the gaps between groups, and percentile
// bootstrap intervals (here 95 %, resampling within each group's positives and negatives).
// The last line checks the book's bounds on the point estimates.

// %%
const report = fairnessReport({ yTrue: repaid, yPred: approved, group: group, resamples: resamples, seed: seed });
show(report);

// %% [markdown]
// Does the audit recover what we planted? The points are the measured rates with their
// intervals; the black ticks are the planted truth. TPR differs by 30 points while FPR is the
// same for both groups: exactly the book's pattern, and an equal-FPR model is not a fair one.

// %%
show(groupRatesChart({
  report: report,
  truth: ["A", "B"].flatMap((g, i) => [{ group: g, rate: "tpr" as const, value: truth.tpr[i] }, { group: g, rate: "fpr" as const, value: truth.fpr[i] }]),
  title: "Approval rates by group: measured against the planted truth",
}));

// %% [markdown]
// ## The book's loan example, checked
//
// The same metrics from the confusion counts of Tables 15.6 and 15.7. The book reports
// "85 % accuracy across all applicants"; that is group A's accuracy, while all 12,000
// applicants together are 82.5 % accurate. The disparate-impact ratio 0.40 / 0.55 = 0.727
// fails the four-fifths rule.

// %%
const loan = fairnessMetrics({ groups: { A: { tp: 4500, fn: 500, fp: 1000, tn: 4000 }, B: { tp: 600, fn: 400, fp: 200, tn: 800 } } });
show(fairnessFlags(loan).map((f) => ({ bound: f.check, value: f.value ?? "undefined", limit: `${f.direction} ${f.limit}`, passes: f.passes })), { title: "Book bounds on the loan example" });
show(fourFifthsRule({ selectionRates: { A: loan.byGroup.A.selectionRate, B: loan.byGroup.B.selectionRate } }), { title: "Four-fifths rule" });
show(getWorkedExample("W15.7"));

// %% [markdown]
// ## How much data does an audit need?
//
// A gap measured on a small sample is a guess. The chart repeats the audit on generated
// samples of growing size (same planted 30-point TPR gap) and plots the measured gap with its
// 95 % interval. Below a few thousand applicants the interval is wide enough to hide half the
// gap; the dashed line is the planted truth.

// %%
const sizes = [300, 600, 1200, 2500, 5000, 12_000, 25_000, 50_000];
const recovery = sizes.map((n) => {
  const c = generateColumns(SCENARIOS.credit_applications, { rows: n, seed: seed + 1, params: params }).columns;
  const names = c.group.dictionary!;
  const r = fairnessReport({ yTrue: Array.from(c.defaulted.values, (d) => 1 - d), yPred: c.approved.values, group: Array.from(c.group.values, (g) => names[g]), resamples: 500, seed: seed });
  return { applicants: n, gap: r.gaps.equalOpportunityDifference.value, low: r.gaps.equalOpportunityDifference.low, high: r.gaps.equalOpportunityDifference.high };
});
show(layerChart(
  lineChart({ data: recovery, x: "applicants", y: "gap", title: "Measured TPR gap against the planted one", subtitle: "band: 95 % bootstrap interval",
    xTitle: "Applicants audited (log scale)", yTitle: "TPR gap, A − B (percentage points)", xScale: "log", yFormat: ".0%", points: true }),
  bandLayer({ data: recovery, x: "applicants" as const, lower: "low" as const, upper: "high" as const, label: "95 % interval" }),
  ruleLayer({ y: truth.tpr[0] - truth.tpr[1], label: "planted gap (30 points)" }),
));

// %% [markdown]
// ## One threshold, two score distributions
//
// The score distributions of the two groups differ, so one threshold gives them different
// TPRs (Figure 15.3). Sweeping the shared threshold moves both TPRs but never closes the gap.

// %%
const sweep = thresholdSweep({ yTrue: repaid, scores: scores, group: group, thresholds: Array.from({ length: 41 }, (_, i) => 0.1 + i * 0.02) });
show(lineChart({
  data: sweep.flatMap((p) => p.groups.map((g) => ({ threshold: p.threshold, group: g.group, tpr: g.tpr }))),
  x: "threshold", y: "tpr", series: "group", title: "TPR of each group as the shared threshold moves",
  xTitle: "Approval threshold (score)", yTitle: "TPR (share of repaying applicants approved)", yFormat: ".0%", seriesTitle: "Group",
}));

// %% [markdown]
// ## Per-group thresholds and the Pareto frontier
//
// Post-processing (Hardt, Price and Srebro, cited in the chapter) gives each group its own
// threshold. `thresholdForTpr` finds the threshold that gives group B the TPR group A has;
// `fairnessFrontier` tries every pair of thresholds on a grid and keeps the pairs that no
// other pair beats on both accuracy and TPR gap. Point A is the most accurate pair, point C
// the most accurate with the smallest gap: the accuracy lost from A to C is the price of
// fairness on this data (the book's "3 %" cannot be reproduced: its example gives no group
// sizes or score distributions).

// %%
const targetTpr = report.groups.find((g) => g.group === "A")!.tpr.value;
const groupB = group.map((g) => g === "B");
const forB = thresholdForTpr({ yTrue: repaid.filter((_, i) => groupB[i]), scores: Array.from(scores).filter((_, i) => groupB[i]), targetTpr: targetTpr });
const frontier = fairnessFrontier({ yTrue: repaid, scores: scores, group: group, thresholds: Array.from({ length: 61 }, (_, i) => 0.2 + i * 0.01) });
show({
  [`threshold giving B the TPR of A (${formatNumber(targetTpr)})`]: forB.threshold, "B's TPR there": forB.tpr, "B's FPR there": forB.fpr,
  "most accurate pair (A)": `${frontier.mostAccurate.thresholds.map((t) => t.toFixed(2)).join(" / ")}: accuracy ${formatNumber(frontier.mostAccurate.accuracy)}, gap ${formatNumber(frontier.mostAccurate.disparity)}`,
  "least-gap pair (C)": `${frontier.leastDisparity.thresholds.map((t) => t.toFixed(2)).join(" / ")}: accuracy ${formatNumber(frontier.leastDisparity.accuracy)}, gap ${formatNumber(frontier.leastDisparity.disparity)}`,
  "accuracy given up from A to C": frontier.mostAccurate.accuracy - frontier.leastDisparity.accuracy,
}, { title: "Equal opportunity by per-group thresholds" });
show(fairnessFrontierChart({ frontier: frontier }));

// %% [markdown]
// ## Disaggregated evaluation: Gender Shades
//
// The same lesson at the level of a whole product: error rates of a commercial face
// classifier for four intersectional groups (Table 15.2), 43× apart.

// %%
show(getWorkedExample("W15.3"));

// %% [markdown]
// ## The cost and the carbon of serving
//
// The chapter's recommender serves 20 recommendations a day to 10 million users. Over three
// years inference is three quarters of the cost and nearly all of the carbon (Tables
// 15.13–15.16). Each GPU draws 400 W with cooling included, on a 0.4 kg/kWh grid.

// %%
const tco = getWorkedExample("W15.11");
const tcoResult = tco.compute() as { tco: { items: Record<string, ReturnType<typeof q>> } };
show(barChart({
  data: Object.entries(tcoResult.tco.items).map(([part, cost]) => ({ part: part, usd: cost.to("USD") / 1e6 })),
  category: "part", value: "usd", title: "Three-year TCO of the recommender", subtitle: "Chapter 15, Tables 15.13–15.16",
  categoryTitle: "Cost component", valueTitle: "Cost over 3 years (million USD)",
}));
show(getWorkedExample("W15.12"));

// %% [markdown]
// The same energy emits very different amounts depending on where it is drawn. The chart
// puts a GPT-3-scale training run (1,300 MWh, Chapter 15) on the grids the book mentions,
// from its 0.45 kg/kWh regional average to a renewable region, 5× cleaner than the 0.4 average.

// %%
show(carbonByGridChart({
  energy: q(1300, "MWh"), grids: gridIntensityRegistry.list(),
  equivalent: { label: "cars a year", value: CARBON_EQUIVALENTS.carPerYear.value },
  title: "Carbon of a 1,300 MWh training run by grid",
}));

// %% [markdown]
// And the lever the chapter ends on: cutting inference latency, by quantisation for example,
// cuts cost and carbon in proportion.

// %%
const demand = inferenceGpuDemand({ requestRate: q(10e6 * 20, "1/day"), gpuTimePerRequest: q(10, "ms") });
const inferenceGpuHours = demand.gpuTimePerYear.to("h") * 3;   // 555.6 GPU-hours a day for 3 years
const savings = Array.from({ length: 11 }, (_, k) => {
  const cut = k * 0.05;
  const carbon = operationalCarbon({ energy: q(0.4 * inferenceGpuHours * cut, "kWh"), gridIntensity: q(0.4, "kg/kWh") }).carbon;
  return { cut: cut, tonnes: carbon.to("t") };
});
show(lineChart({ data: savings, x: "cut", y: "tonnes", title: "CO₂e avoided over 3 years by faster inference", subtitle: "400 W per GPU, 0.4 kg/kWh",
  xTitle: "Inference latency cut (share)", yTitle: "CO₂e avoided (tonnes)", xFormat: ".0%", points: true }));

// %% [markdown]
// ## The chapter's examples

// %%
show(chapterExamples(15));

// %% [markdown]
// ## Try this
//
// 1. Set `plantedTpr = [0.9, 0.9]`. Which bounds pass now? Is the model fair by demographic
//    parity as well? (Hint: look at the base rates.)
// 2. Set `rows = 1_000`. How wide is group B's TPR interval, and would you still report a
//    30-point gap with confidence?
// 3. Set `plantedFpr = [0.2, 0.1]`: group B is now also approved less often when it would
//    default. Which gap does equalized odds report, and which point of the frontier moves?
// 4. In the frontier cell, change `fairnessFrontier`'s `disparity` to `"selectionRate"`
//    (demographic parity). Why does its zero-gap point cost more accuracy than equal
//    opportunity's?
// 5. Re-run the carbon chart with `pue: 1.3` added. Which costs more: a 30 % worse PUE or a
//    dirtier grid?

// %%
markdown(`**Summary.** On ${formatNumber(rows)} generated applications the audit measures a TPR gap of ` +
  `**${formatNumber(report.gaps.equalOpportunityDifference.value)}** (95 % interval ${formatNumber(report.gaps.equalOpportunityDifference.low)}–` +
  `${formatNumber(report.gaps.equalOpportunityDifference.high)}) against the planted ${formatNumber(truth.tpr[0] - truth.tpr[1])}; ` +
  `closing it with per-group thresholds costs ${formatNumber(frontier.mostAccurate.accuracy - frontier.leastDisparity.accuracy)} of accuracy. ` +
  `A 1,300 MWh training run emits ${formatQuantity(operationalCarbon({ energy: q(1300, "MWh"), gridIntensity: q(0.4, "kg/kWh") }).carbon)} on a 0.4 kg/kWh grid.`);
