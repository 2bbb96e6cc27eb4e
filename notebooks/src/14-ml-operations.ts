// Source of notebooks/14-ml-operations.ipynb.
// Rebuild the notebook (cells + fresh outputs) with:
//   npx tsc -p tsconfig.build.json && node scripts/make-notebook.js 14-ml-operations

// %% [markdown]
// # Chapter 14 · Is the model still seeing the world it was trained on?
//
// A deployed model does not crash when the world changes; it just gets quietly worse. The
// book's **Degradation Equation** (Eq. 1.3, seed 004 L1245) puts this in one line:
//
// > **Accuracy(t) ≈ Accuracy₀ − λ · D(P_t ‖ P₀)**
// >
// > accuracy at deployment, minus the model's sensitivity λ times the divergence between
// > today's data distribution P_t and the training distribution P₀.
//
// The remedy the book prescribes (L1272) is equally short: **measure D, and retrain when
// D > τ**. Chapter 14 makes this operational with the Population Stability Index (PSI,
// Eq. 14.12) and the Kolmogorov–Smirnov statistic, alerting at PSI > 0.2 and KS D > 0.1
// (Table 14.16, L36226–L36259).
//
// This notebook runs that loop on a synthetic stream whose drift we injected ourselves, so
// every alarm can be checked against the truth:
//
// 1. generate 90 days of a feature stream with a known shift on a known day;
// 2. compare recent traffic with the training window (drift report, PSI over time, KS);
// 3. let streaming detectors (ADWIN on a feature, DDM on the model's errors) find the change;
// 4. recompute the book's two PSI worked examples and its detection-time calculation;
// 5. turn a PSI threshold into a retraining calendar and compare it with the cost-optimal cadence.

// %%
import {
  show, markdown, formatNumber, formatQuantity,
  SCENARIOS, generateTable, groundTruthOf,
  driftReport, rollingDriftReport, ks2samp, psiFromProportions, klDivergence,
  ADWIN, DDM, detectChanges, timeToDetectAccuracyDrop,
  featureDistributionChart, psiOverTimeChart, ksCdfGapChart, changePointChart,
  layerChart, ruleLayer,
  psiRetrainingSchedule, retrainingScheduleChart, dailyLossIncrease, retrainingCadence,
  retrainingCostAt, retrainingCostChart,
  type InjectionSpec,
} from "mlsys-lab";

// %% [markdown]
// ## Parameters
//
// Everything below is computed from this cell. The stream is the library's
// `drifting_features` scenario (ages, purchase amounts, sales channel, device, session length,
// a label and the score of a model trained on day 0) with its built-in gradual drift switched
// off, so the only changes are the two we inject on `changeDay`:
//
// - a **covariate shift** of one feature (by default purchase amounts scaled by 1.7: customers
//   suddenly spend more, say after a pricing change), which only feature monitoring can see;
// - a **concept drift**: for long sessions the label flips with some probability, so the
//   day-0 model starts making more mistakes. Only label-based monitoring can see this one.
//
// The first `referenceDays` days play the role of the training window.

// %%
const seed = 14;                              // same seed, same bytes, same alarms
const days = 90;                              // daily batches
const rowsPerDay = 2000;                      // predictions served per day
const referenceDays = 30;                     // days 0–29 = training / reference window
const changeDay = 60;                         // the day both injected drifts start
const shiftColumn = "purchase_amount_usd";    // try "session_minutes" or "age"
const shiftKind: "scale" | "mean" = "scale";  // "scale": x·factor; "mean": x + shift
const shiftSize = 1.7;                        // factor for "scale", additive shift for "mean"
const conceptFlipProbability = 0.3;           // label flips for sessions above 12 min after changeDay
const recentDays = 7;                         // the drift report compares the last week
const psiAlert = 0.2;                         // book: alert / retrain at PSI > 0.2 (Table 14.16)
const ksAlert = 0.1;                          // book: alert at KS D > 0.1 (Table 14.16)

// %% [markdown]
// ## A stream with a known change point
//
// `generateTable` draws the rows from seeded Philox streams and applies the injections after
// generation. Each injection is described by a plain JSON spec and leaves a **ground-truth
// record** in the table's metadata (`groundTruthOf`): which column, which rows and times, and
// how large the effect was. The injections select rows by time, from midnight of `changeDay`
// to the end of the stream.

// %%
const dayMs = 86_400_000;
const startMs = Date.parse(SCENARIOS.drifting_features.defaults.startTime);
const isoDay = (d: number) => new Date(startMs + d * dayMs).toISOString();
const shiftSpec: InjectionSpec = shiftKind === "scale"
  ? { kind: "covariateShift", column: shiftColumn, mode: "scale", factor: shiftSize, times: [isoDay(changeDay), isoDay(days)] }
  : { kind: "covariateShift", column: shiftColumn, mode: "mean", shift: shiftSize, times: [isoDay(changeDay), isoDay(days)] };
const conceptSpec: InjectionSpec = {
  kind: "conceptDrift", column: "label", feature: "session_minutes", above: 12,
  flipProbability: conceptFlipProbability, times: [isoDay(changeDay), isoDay(days)],
};
const table = generateTable(SCENARIOS.drifting_features, {
  rows: days * rowsPerDay, seed: seed, params: { days: days, covariateShift: "none" }, drift: [shiftSpec, conceptSpec],
});
const truth = groundTruthOf(table);
show(truth.map((g) => ({
  injection: g.kind,
  column: g.columns.join(", "),
  from: g.timeRange ? g.timeRange[0] : "",
  "first row": g.rowRange[0],
  "rows changed": g.affectedRows,
  magnitude: Object.entries(g.magnitude).map(([k, v]) => `${k} = ${formatNumber(v)}`).join(", "),
})), { title: `Ground truth: ${formatNumber(table.numRows)} rows, ${days} days, seed ${seed}` });

// %% [markdown]
// ## This week against the training window
//
// `driftReport` compares every column of the reference window with the last `recentDays`
// days. Like Evidently, it picks a test per column from the sample sizes and the column type
// (with thousands of rows a p-value test flags trivial differences, so large numeric columns
// get a normalised Wasserstein distance and categorical ones a Jensen–Shannon distance), and it
// reports the PSI of every column whatever the test. Only the shifted feature should stand out.

// %%
const referenceRows = referenceDays * rowsPerDay;
const reference = table.slice(0, referenceRows);
const recent = table.slice((days - recentDays) * rowsPerDay);
const monitored = table.slice(referenceRows);
const features = ["age", "purchase_amount_usd", "sales_channel", "device_type", "session_minutes"];
const report = driftReport(reference, recent, { columns: features });
show(report);

// %%
const shifted = report.columns.find((c) => c.name === shiftColumn)!;
show(featureDistributionChart({ column: shifted, title: `${shiftColumn}: days 0–${referenceDays - 1} vs the last ${recentDays} days` }));

// %% [markdown]
// ## PSI day by day
//
// A single report says *that* something moved, not *when*. `rollingDriftReport` cuts the
// monitored days into 24-hour windows and compares each with the reference. The dashed line
// marks the true change from the ground truth; the bands are the book's: below 0.1 stable,
// 0.1–0.2 investigate, above 0.2 alert.

// %%
const rolling = rollingDriftReport(reference, monitored, {
  timestampColumn: "ts", window: "24h", columns: [shiftColumn, "age", "session_minutes"],
});
const changeMs = Date.parse(truth[0].timeRange![0]);
show(layerChart(
  psiOverTimeChart({ series: rolling, title: "Daily PSI against the training window" }),
  ruleLayer({ x: new Date(changeMs), label: `true change (day ${changeDay})` }),
));

// %% [markdown]
// The same windows as a table: `show(rolling)` lists each window's rows, whether the dataset as
// a whole drifted, which columns drifted (tinted rows) and which column had the largest PSI. The
// first line names the first window with a drifted column; `maxRows` keeps the first and last
// windows when there are more.

// %%
show(rolling, { maxRows: 12 });

// %%
const psiSeries = rolling.psiSeries.filter((p) => p.column === shiftColumn);
const firstAlert = psiSeries.find((p) => p.psi > psiAlert);
const alertDays = psiSeries.filter((p) => p.psi > psiAlert).length;
show({
  "true change": truth[0].timeRange![0],
  "largest daily PSI before the change": Math.max(...psiSeries.filter((p) => p.start < changeMs).map((p) => p.psi)),
  "first daily window with PSI > 0.2": firstAlert ? new Date(firstAlert.start).toISOString() : "none",
  "days after the change with PSI > 0.2": `${alertDays} of ${psiSeries.filter((p) => p.start >= changeMs).length}`,
}, { title: `PSI of ${shiftColumn}` });

// %% [markdown]
// Before the change the daily PSI stays far below 0.1: two samples from the same distribution
// never agree perfectly, and this is how large the noise is with 2,000 rows a day. After the
// change it jumps at once, on the first window that holds shifted rows. With the default shift it
// stays above 0.2 on every day but wanders by ±0.03 from day to day; with a smaller shift
// (try `shiftSize = 1.6`) it straddles the alert line, some days in and some out, which is
// why teams alert on several consecutive windows or on a smoothed series rather than on one day.
//
// ## The Kolmogorov–Smirnov view
//
// KS needs no bins: it is the largest vertical gap between the two empirical CDFs. Here the
// reference window is compared with the first day after the change.

// %%
const shiftedValues = Float64Array.from(table.getChild(shiftColumn)!.toArray() as ArrayLike<number>);
const firstDayAfter = shiftedValues.subarray(changeDay * rowsPerDay, (changeDay + 1) * rowsPerDay);
const referenceValues = shiftedValues.subarray(0, referenceRows);
show(ksCdfGapChart({ feature: shiftColumn, reference: referenceValues, current: firstDayAfter }));
const ks = ks2samp(referenceValues, firstDayAfter);
show({ ...ks, [`alert (D > ${ksAlert})`]: ks.statistic > ksAlert }, { title: `ks2samp: days 0–${referenceDays - 1} vs day ${changeDay}` });

// %% [markdown]
// ## Streaming detectors against the truth
//
// Daily batch reports wait for the day to end. A **streaming detector** reads one value at a
// time and raises an alarm as soon as the evidence suffices. Two of them, with the defaults of
// the Python library river:
//
// - **ADWIN** keeps a window of recent values and cuts it when its older and newer parts have
//   means that differ by more than a Hoeffding-style bound. Here it reads the raw feature,
//   one purchase at a time, from the start of monitoring (day 30).
// - **DDM** watches a model's error stream (1 = wrong, 0 = right) and alarms when the running
//   error rate climbs well above its best level so far. This is the only one of the two that
//   can see the concept drift, and only because our labels arrive at once. The warm start is
//   raised to 1,000 predictions, as its documentation advises for low error rates.

// %%
const tsValues = table.getChild("ts")!.toArray() as ArrayLike<number>;
const dayOfRow = (row: number) => (Number(tsValues[row]) - startMs) / dayMs;
const adwinAlarms = detectChanges(new ADWIN(), shiftedValues.subarray(referenceRows)).map((i) => i + referenceRows);

const scores = table.getChild("score")!.toArray() as ArrayLike<number>;
const labels = table.getChild("label")!.toArray() as ArrayLike<boolean>;
const errors = new Uint8Array(table.numRows - referenceRows);
for (let i = referenceRows; i < table.numRows; i++) errors[i - referenceRows] = (scores[i] >= 0.5) !== Boolean(labels[i]) ? 1 : 0;
const ddmAlarms = detectChanges(new DDM({ warmStart: 1000 }), errors).map((i) => i + referenceRows);

const changeRow = truth[0].rowRange[0];
const detectorRow = (name: string, stream: string, alarms: number[]) => ({
  detector: name,
  stream: stream,
  alarms: alarms.length,
  "first alarm after the change (day)": alarms.some((r) => r >= changeRow) ? Number(dayOfRow(alarms.find((r) => r >= changeRow)!).toFixed(2)) : "none",
  "delay (rows)": alarms.some((r) => r >= changeRow) ? alarms.find((r) => r >= changeRow)! - changeRow : "—",
  "false alarms before the change": alarms.filter((r) => r < changeRow).length,
});
show([
  detectorRow("ADWIN", `${shiftColumn}, raw values`, adwinAlarms),
  detectorRow("DDM (warm start 1,000)", "model errors (score ≥ 0.5 vs label)", ddmAlarms),
], { title: `Detectors vs the true change on day ${changeDay} (row ${formatNumber(changeRow)})` });

// %% [markdown]
// The charts show the same streams aggregated per day (a chart cannot hold 120,000 points;
// each day is plotted at its midpoint), with the true change and each detector's alarms.

// %%
const dailyRows = Array.from({ length: days - referenceDays }, (_, k) => {
  const d = referenceDays + k;
  let sum = 0, wrong = 0;
  for (let i = d * rowsPerDay; i < (d + 1) * rowsPerDay; i++) {
    sum += shiftedValues[i];
    wrong += errors[i - referenceRows];
  }
  return { day: d + 0.5, mean: sum / rowsPerDay, errorRate: wrong / rowsPerDay };
});
const trueChange = [{ x: changeDay, label: `true change (day ${changeDay})` }];
show(changePointChart({
  data: dailyRows, x: "day", y: "mean", title: `ADWIN on ${shiftColumn}`,
  subtitle: "daily mean of the stream ADWIN reads one value at a time",
  xTitle: "Day", yTitle: `Daily mean of ${shiftColumn}`,
  changes: trueChange,
  alarms: adwinAlarms.map((r) => ({ x: Number(dayOfRow(r).toFixed(3)), label: `ADWIN alarm (day ${dayOfRow(r).toFixed(2)})` })),
}));
show(changePointChart({
  data: dailyRows, x: "day", y: "errorRate", title: "DDM on the model's error stream",
  subtitle: "daily error rate of the day-0 model", xTitle: "Day", yTitle: "Error rate", yFormat: ".0%",
  changes: trueChange,
  alarms: ddmAlarms.map((r) => ({ x: Number(dayOfRow(r).toFixed(3)), label: `DDM alarm (day ${dayOfRow(r).toFixed(2)})` })),
}));

// %% [markdown]
// ## The book's PSI examples, recomputed
//
// Both worked examples give bin proportions directly, so `psiFromProportions` applies
// Eq. 14.12, PSI = Σ (aᵢ − eᵢ)·ln(aᵢ/eᵢ), without any binning:
//
// - **Age bins** (chapter 14, L36278–L36358): training vs serving shares of six age bins; the
//   book sums the contributions to 0.029, "stable".
// - **Sentiment mix** (appendix, L41485–L41501): P = [0.60, 0.30, 0.10] in training,
//   Q = [0.45, 0.40, 0.15] in serving; the book gets KL 0.046 nats both ways and PSI 0.092.
//
// PSI is the sum of the two KL directions, which is why the book calls it symmetric. (Its
// claim that this example shows KL's *asymmetry* is weak: the two directions differ only in
// the third decimal.)

// %%
const ageTraining = [0.15, 0.25, 0.20, 0.18, 0.12, 0.10]; // L36278–L36358: 18–25, 26–35, 36–45, 46–55, 56–65, 66+
const ageServing = [0.12, 0.22, 0.18, 0.20, 0.15, 0.13];
const sentimentP = [0.60, 0.30, 0.10];                      // L41487
const sentimentQ = [0.45, 0.40, 0.15];
const agePsi = psiFromProportions(ageTraining, ageServing);
const sentimentPsi = psiFromProportions(sentimentP, sentimentQ);
show([
  { example: "Ch 14 age bins: PSI", "book says": "0.029 (stable)", "seed line": "L36358", recomputed: agePsi.statistic, band: agePsi.band },
  { example: "Appendix sentiment: KL(P‖Q)", "book says": "0.046 nats", "seed line": "L41489–L41491", recomputed: klDivergence(sentimentP, sentimentQ), band: "" },
  { example: "Appendix sentiment: KL(Q‖P)", "book says": "0.046 nats", "seed line": "L41493–L41495", recomputed: klDivergence(sentimentQ, sentimentP), band: "" },
  { example: "Appendix sentiment: PSI", "book says": "0.092 (< 0.2, no retrain)", "seed line": "L41499–L41501", recomputed: sentimentPsi.statistic, band: sentimentPsi.band },
], { title: "Book vs recomputed" });
show(ageTraining.map((e, i) => ({ bin: ["18–25", "26–35", "36–45", "46–55", "56–65", "66+"][i], training: e, serving: ageServing[i], contribution: agePsi.contributions[i] })),
  { title: "Age bins: contribution of each bin to the PSI" });

// %% [markdown]
// ## How long until labels prove a drop?
//
// Feature drift is visible without labels; an accuracy drop is not. The book's worked example
// (L36037–L36046): a model at 95 % accuracy, a drop to 90 % to be shown at 95 % confidence,
// "≈ 1,000 labeled samples", so 1,000 s ≈ 17 min at 1 QPS and 10 days at 100 requests a day.
// The book does not derive its 1,000; the standard sample-size formula for a one-sample
// proportion test (power 0.8) needs far fewer, and comparing two windows needs more.

// %%
const perDay100 = 100 / 86_400;
const detection = [
  { label: "book: ≈ 1,000 samples (L36042)", options: { requiredSamples: 1000 } },
  { label: "one-sample z-test, 95 % → 90 %, power 0.8", options: { baseline: 0.95, degraded: 0.9 } },
  { label: "two windows compared, 95 % → 90 %, power 0.8", options: { baseline: 0.95, degraded: 0.9, design: "two-sample" as const } },
].map((c) => {
  const fast = timeToDetectAccuracyDrop({ ...c.options, qps: 1 });
  const slow = timeToDetectAccuracyDrop({ ...c.options, qps: perDay100 });
  return {
    case: c.label,
    "labelled samples": fast.requiredSamples,
    "at 1 QPS (min)": fast.minutes,
    "at 100 requests/day (days)": slow.days,
  };
});
show(detection, { title: "Time to detect 95 % → 90 % (book: 17 min at 1 QPS, 10 days at 100/day)" });

// %% [markdown]
// ## From a threshold to a retraining calendar
//
// Suppose PSI grows steadily after each retraining, by g per day. "Retrain when PSI > τ" then
// *is* a schedule: PSI crosses τ after (τ − PSI₀)/g days, the next daily check triggers, the
// new model starts again from PSI₀, and the pattern repeats. The growth rate and threshold
// below are the defaults of the book's labs helper (g = 0.01/day, τ = 0.2).
//
// Is that schedule any good? It depends on money, not statistics. If the model loses
// accuracy in proportion to the divergence (the Degradation Equation, sensitivity λ per unit
// of PSI), a model of age a days loses Q·V·λ·g·a dollars a day, and over a cycle of T days
// the staleness bill is d·T²/2 with d = Q·V·λ·g. Adding one retraining cost C per cycle and
// minimising the cost per day gives the economic-order-quantity answer
// **T\* = √(2C/d)**, the book's square-root law (Eq. 14.4, L35035). Traffic, value and
// retraining cost below are the book's fraud model (L35040–L35044); λ = 0.5 accuracy per
// unit of PSI is an assumption of the size the book's figures suggest (a fraud model whose
// PSI went 0.18 → 0.31 while accuracy fell 94 % → 87 %, L37811).

// %%
const psiGrowthPerDay = 0.01;     // labs default (ecosystem.md §1.4)
const retrainThreshold = 0.2;     // τ, book Table 14.16
const sensitivity = 0.5;          // λ: accuracy lost per unit of PSI (assumption)
const queriesPerDay = 1_000_000;  // Q, book fraud model (L35040)
const valuePerAccuracyUsd = 0.5;  // V, USD per unit of accuracy per prediction (L35042)
const retrainCostUsd = 5_000;     // C, USD per retraining (L35044)

const schedule = psiRetrainingSchedule({ psiGrowthPerDay: psiGrowthPerDay, threshold: retrainThreshold, horizon: 180 });
show(schedule, { title: `Retrain when PSI > ${retrainThreshold}, PSI growing ${psiGrowthPerDay}/day` });
show(retrainingScheduleChart({ psiGrowthPerDay: psiGrowthPerDay, threshold: retrainThreshold, horizon: 180 }));

// %%
const lossGrowth = dailyLossIncrease({ queriesPerDay: queriesPerDay, valuePerAccuracyUsd: valuePerAccuracyUsd, accuracyLossPerDay: sensitivity * psiGrowthPerDay });
const cadence = retrainingCadence({ retrainCost: retrainCostUsd, dailyLossIncreaseUsd: lossGrowth, psiGrowthPerDay: psiGrowthPerDay });
const thresholdCost = retrainingCostAt({ retrainCost: retrainCostUsd, dailyLossIncreaseUsd: lossGrowth, interval: schedule.cycle });
show({
  "staleness loss growth d (USD/day per day)": lossGrowth,
  "optimal interval T*": cadence.optimalInterval,
  "cost per day at T*": cadence.costPerDayAtOptimum,
  "PSI threshold that triggers at T*": cadence.psiAtOptimalInterval!,
  [`interval of the PSI > ${retrainThreshold} policy`]: schedule.cycle,
  "cost per day of that policy": thresholdCost.costPerDay,
  "× the optimum": thresholdCost.ratioToOptimum,
}, { title: "Threshold schedule vs the cost-optimal cadence" });
show(retrainingCostChart({
  retrainCost: retrainCostUsd, dailyLossIncreaseUsd: lossGrowth, intervalRange: [0.25, 60],
  markIntervals: [{ x: schedule.cycle.to("day"), label: `PSI > ${retrainThreshold} policy` }],
}));

// %% [markdown]
// For this high-traffic model the 0.2 threshold, a sensible *statistical* alarm, is an
// expensive *retraining* policy: the cost-optimal threshold is an order of magnitude lower.
// A model with little traffic or a cheap failure mode would tell the opposite story. As a
// check of the formula, the book's own fraud example (λ = 2 %/day of exponential decay,
// A₀ = 0.95, so d = Q·V·A₀·λ) gives the "≈ 1 day" of L35050:

// %%
const bookFraud = retrainingCadence({
  retrainCost: retrainCostUsd,
  dailyLossIncreaseUsd: dailyLossIncrease({ queriesPerDay: queriesPerDay, valuePerAccuracyUsd: valuePerAccuracyUsd, accuracyLossPerDay: 0.95 * 0.02 }),
});
show({ "book (L35050)": "≈ 1 day", "recomputed T*": bookFraud.optimalInterval, "retrainings per year": bookFraud.retrainsPerYear },
  { title: "Book fraud model, Eq. 14.4" });

// %% [markdown]
// ## Try this
//
// 1. Set `shiftSize = 1.3`. Does the daily PSI still cross 0.2? Does KS still exceed 0.1 on
//    the first day, and how much later does ADWIN fire? Which statistic would you alert on?
// 2. Set `shiftColumn = "age"`, `shiftKind = "mean"` and `shiftSize = 5`. The KS statistic is
//    moderate, yet the daily PSI jumps above 1. Look at the feature-distribution chart: which
//    bin is empty after the shift, and what does the PSI's epsilon floor do with an empty bin?
// 3. Set `conceptFlipProbability = 0`. What does the drift report say now, and what does DDM
//    say? Then restore it and set `shiftSize = 1`: which monitor still sees a problem?
// 4. Add a label delay to the detection-time table with `labelDelaySeconds: 7 * 86_400` and a
//    label rate of 10 % (`labelRate: 0.1`). How long does the 1 QPS model now stay blind?
// 5. Find the traffic `queriesPerDay` at which the PSI > 0.2 policy becomes cost-optimal.
//    (Hint: T\* grows as 1/√Q.)

// %%
markdown(`**Summary.** The injected ${shiftKind} shift of \`${shiftColumn}\` on day ${changeDay} ` +
  `shows up as a daily PSI of up to **${formatNumber(Math.max(...psiSeries.map((p) => p.psi)))}** ` +
  `(before the change at most ${formatNumber(Math.max(...psiSeries.filter((p) => p.start < changeMs).map((p) => p.psi)))}) ` +
  `and a KS D of **${formatNumber(ks.statistic)}** on its first day. ` +
  `The book's examples recompute to PSI ${formatNumber(agePsi.statistic)} (age bins) and ${formatNumber(sentimentPsi.statistic)} (sentiment). ` +
  `Retraining at PSI > ${retrainThreshold} means every **${formatQuantity(schedule.cycle)}**; ` +
  `with the book's fraud-model traffic and costs (and λ = ${sensitivity} per unit of PSI) the cost-optimal interval is **${formatQuantity(cadence.optimalInterval)}**.`);

// %% [markdown]
// ## The economics of operations
//
// Chapter 14 prices every operational choice: what skew costs, what a silent failure costs
// until someone notices, how often to retrain, how many users an A/B test needs, what
// monitoring costs and what it returns. Each figure below is a worked example with checks.

// %%
import {
  driftDetectionRoi, monitoringBudget, abTestSampleSize, chapterExamples, getWorkedExample, q, barChart, lineChart as lineChart14,
} from "mlsys-lab";

// %% [markdown]
// ### What a silent failure costs
//
// The loss grows linearly with the time to detect: a recommender worth $50M a year that loses
// 5 % of its revenue to a skew bug loses $6,849 a day. Monthly review notices after 28 days,
// daily checks after one.

// %%
const lossRows = [1, 2, 4, 7, 14, 21, 28].map((days) => ({
  days: days, usd: driftDetectionRoi({ annualRevenue: 50e6, impact: 0.05, baselineTimeToDetect: days, monitoredTimeToDetect: 0, incidentsPerYear: 1 }).baselineLossPerIncident.to("USD") / 1000,
}));
show(lineChart14({ data: lossRows, x: "days", y: "usd", title: "Loss of one silent failure vs time to detect", subtitle: "$50M/year revenue, 5 % impact",
  xTitle: "Time to detect (days)", yTitle: "Revenue lost (thousand USD)", points: true }));
show(getWorkedExample("W14.1"));
show(getWorkedExample("W14.3"));
show(getWorkedExample("W14.2"));

// %% [markdown]
// ### How often to retrain, how long to detect, how many users to test
//
// The fraud model's square-root law (T* ≈ 1 day), the labelled traffic a drop needs before
// it can be proven, and Eq. 14.9's A/B sample size, whose book figure (~25,000 users) matches
// neither reading of "a 2 % lift". The sample size grows with the inverse square of the effect.

// %%
show(getWorkedExample("W14.4"));
show(getWorkedExample("W14.9"));
const abRows = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05].map((mde) => ({ mde: mde, users: abTestSampleSize({ baselineRate: 0.05, minimumDetectableEffect: mde }).perVariant }));
show(lineChart14({ data: abRows, x: "mde", y: "users", title: "A/B test: users per variant vs the effect to detect", subtitle: "5 % baseline conversion, α = 0.05, power 0.8 (Eq. 14.9)",
  xTitle: "Minimum detectable lift (absolute, log scale)", yTitle: "Users per variant (log scale)", xScale: "log", yScale: "log", xFormat: ".1%", points: true }));
show(getWorkedExample("W14.5"));

// %% [markdown]
// ### Serving latency and cost
//
// A 2× faster model is only 1.3× faster end to end when it is 45 % of the request; the
// P99 budget gives each stage its share; an A100 at $3 an hour costs $0.06 per thousand
// inferences.

// %%
show(getWorkedExample("W14.6"));
show(getWorkedExample("W14.7"));
show(getWorkedExample("W14.8"));

// %% [markdown]
// ### What monitoring costs, and returns
//
// The book's monthly budget for one model is $261, 97 % of it dashboard queries. Refreshing
// dashboards less often is the cheapest saving.

// %%
const budgetRows = [1, 5, 15, 60].flatMap((minutes) => {
  const b = monitoringBudget({ variants: 3, metricsPerVariant: 50, sampleInterval: 15, bytesPerPoint: 8, dashboards: 2, viewersPerDashboard: 3,
    refreshInterval: q(minutes, "min"), viewingHoursPerDay: 8, viewingDaysPerMonth: 22, ingestPricePerMillionPoints: 0.3, storagePricePerGbMonth: 1, pricePerQuery: 0.02 });
  return [
    { refresh: `${minutes} min`, part: "queries", usd: b.queryCost.to("USD") },
    { refresh: `${minutes} min`, part: "ingestion", usd: b.ingestCost.to("USD") },
    { refresh: `${minutes} min`, part: "storage", usd: b.storageCost.to("USD") },
  ];
});
show(barChart({ data: budgetRows, category: "refresh", value: "usd", series: "part", title: "Monthly monitoring cost vs dashboard refresh interval",
  subtitle: "3 variants × 50 metrics every 15 s; 2 dashboards × 3 viewers, 8 h × 22 days", categoryTitle: "Dashboard refresh interval", valueTitle: "Cost per month (USD)", seriesTitle: "Cost" }));
show(getWorkedExample("W14.12"));
show(getWorkedExample("W14.13"));
show(getWorkedExample("W14.16"));

// %% [markdown]
// ### Slices, thresholds and the arithmetic of persuasion

// %%
show(getWorkedExample("W14.14"));
show(getWorkedExample("W14.15"));
show(getWorkedExample("W14.17"));
show(getWorkedExample("W14.18"));

// %% [markdown]
// ### Chapter 14's examples
//
// Every figure of every Chapter 14 worked example, including the PSI of the age bins
// (W14.11) and the detection delay (W14.9) recomputed earlier in this notebook.

// %%
show(chapterExamples(14));

// %% [markdown]
// ### More to try
//
// 1. At what time to detect does a silent failure cost more than a year of the $50K
//    monitoring of W14.13?
// 2. In the monitoring budget, sample every 60 s instead of 15 s. How much does the bill fall,
//    and why so little?
