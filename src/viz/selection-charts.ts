/**
 * Charts for the data-selection chapter (book Ch. 9): learning curves of selection
 * methods on the same pool, the selection inequality as stacked time bars, and the
 * amortized ROI of a one-time investment.
 */
import type { TopLevelSpec } from "vega-lite";
import type { Amount } from "../calc/common/quantity-input";
import { readAmount } from "../calc/common/quantity-input";
import { learningCurveMetrics, type LearningCurve } from "../calc/selection/learning-curve-metrics";
import type { SelectionInequalityResult } from "../calc/selection/selection-inequality";
import { amortizedRoi } from "../calc/selection/technique-roi";
import { formatNumber } from "../units/format";
import { validatorFor } from "../util/validate";
import { barChart } from "./bar-chart";
import { linearSteps, listOption } from "./chart-steps";
import { layerChart } from "./layer-chart";
import { lineChart } from "./line-chart";
import { ruleLayer } from "./rule-layer";

/** A named learning curve for {@link learningCurvesChart}. */
export interface NamedLearningCurve extends LearningCurve {
  /** Legend name; a `method` field (as {@link selectionLearningCurve} returns) is used when `name` is absent. */
  readonly name?: string;
  readonly method?: string;
}

/** Options of {@link learningCurvesChart}. */
export interface LearningCurvesChartInput {
  /** 1 to 10 curves. */
  readonly curves: readonly NamedLearningCurve[];
  /** A target accuracy (fraction) to draw and to read labels-to-target at. Optional. */
  readonly targetAccuracy?: number;
  /** Acc(0) for the labels-to-target reading; default 0. */
  readonly accuracyAtZero?: number;
  readonly title?: string;
}

/**
 * Test accuracy against labels for several selection methods; with a target, a rule
 * at it and the labels each method needs in the subtitle.
 *
 * Data: the curves as given (e.g. from {@link selectionLearningCurve}); labels-to-target
 * from {@link learningCurveMetrics}. Source: seed 004, Chapter 9 (Figure 9.13's curves).
 *
 * @throws InvalidParameterError for an empty or long curve list, malformed curves, a
 *   target outside [0, 1].
 * @example
 * ```ts
 * learningCurvesChart({ curves: [{ name: "random", labels: [10, 20], accuracy: [0.6, 0.7] }], targetAccuracy: 0.65 }).layer.length // 2
 * ```
 */
export function learningCurvesChart(input: LearningCurvesChartInput): TopLevelSpec {
  const fn = "learningCurvesChart";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["curves", "targetAccuracy", "accuracyAtZero", "title"]);
  const curves = listOption<NamedLearningCurve>(fn, "curves", i.curves, 10);
  const target = i.targetAccuracy === undefined ? null : check.probability("targetAccuracy", i.targetAccuracy);
  const start = check.probability("accuracyAtZero", i.accuracyAtZero ?? 0);
  const reached: string[] = [];
  const data = curves.flatMap((c, k) => {
    if (c === null || typeof c !== "object") check.fail(`curves[${k}]`, c, "a curve { name, labels, accuracy }");
    const metrics = learningCurveMetrics({ labels: c.labels, accuracy: c.accuracy, accuracyAtZero: start, ...(target === null ? {} : { targetAccuracy: target }) });
    const name = c.name ?? c.method ?? `curve ${k + 1}`;
    reached.push(`${name} ${metrics.labelsToTarget === null ? "never" : formatNumber(metrics.labelsToTarget)}`);
    return c.labels.map((labels, j) => ({ labels, accuracy: 100 * c.accuracy[j], method: name }));
  });
  const base = lineChart({
    data, x: "labels", y: "accuracy", series: "method", points: true,
    title: i.title ?? "Labels bought against accuracy, by selection method",
    subtitle: target === null ? "same pool, same seed, same initial labels" : `labels to reach ${formatNumber(target * 100)} %: ${reached.join(", ")}`,
    xTitle: "Labelled samples", yTitle: "Test accuracy (%)", seriesTitle: "Method",
  });
  return target === null ? base : layerChart(base, ruleLayer({ y: target * 100, label: `target ${formatNumber(target * 100)} %`, labelAt: "start" }));
}

/** One option of {@link selectionTimeChart}. */
export interface SelectionOption {
  readonly name: string;
  /** A {@link selectionInequality} result. */
  readonly result: SelectionInequalityResult;
}

/**
 * The selection inequality as stacked bars: selection time plus subset training per
 * option, against the full-data baseline (Figure 9.10's shape).
 *
 * Source: seed 004 Eq. 9.2, L22669–L22718.
 *
 * @throws InvalidParameterError for an empty or long option list or an option without a result.
 * @example
 * ```ts
 * const r = selectionInequality({ poolSize: 1e6, subsetSize: 1e5, scoringTimePerSample: 0.002, trainingTimePerSample: 0.01, epochs: 100 });
 * selectionTimeChart({ options: [{ name: "proxy", result: r }] }).mark // { type: "bar" }
 * ```
 */
export function selectionTimeChart(input: { readonly options: readonly SelectionOption[]; readonly title?: string }): TopLevelSpec {
  const fn = "selectionTimeChart";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["options", "title"]);
  const options = listOption<SelectionOption>(fn, "options", i.options, 10);
  const hours = (k: number, part: "selectionTime" | "subsetTrainingTime" | "baselineTime") => {
    const r = options[k]?.result;
    if (r === null || typeof r !== "object" || r[part] === undefined) check.fail(`options[${k}].result`, r, "a selectionInequality result");
    return r[part].to("h");
  };
  const data = [
    { option: "no selection (baseline)", part: "training", hours: hours(0, "baselineTime") },
    ...options.flatMap((o, k) => [
      { option: o.name, part: "selection", hours: hours(k, "selectionTime") },
      { option: o.name, part: "training", hours: hours(k, "subsetTrainingTime") },
    ]),
  ];
  return barChart({
    data, category: "option", value: "hours", series: "part", orientation: "horizontal",
    title: i.title ?? "The selection inequality: selection + subset training < full training",
    subtitle: "Eq. 9.2; each bar is one way to spend the same training budget",
    categoryTitle: "Option", valueTitle: "Time (hours)", seriesTitle: "Spent on",
  });
}

/** Options of {@link amortizedRoiChart}. */
export interface AmortizedRoiChartInput {
  /** Number in USD or a money quantity. */
  readonly savingsPerRun: Amount<"money">;
  readonly oneTimeInvestment: Amount<"money">;
  /** Runs on the x axis, an integer in [2, 1000]. Default 50. */
  readonly maxRuns?: number;
  readonly title?: string;
}

/**
 * Amortized ROI against the number of runs that reuse an investment, with the break-even rule.
 *
 * Data: {@link amortizedRoi} at every run count. Source: seed 004 L23154, Tables 9.16–9.17.
 *
 * @throws InvalidParameterError for bad amounts or a run count outside [2, 1000].
 * @example
 * ```ts
 * JSON.stringify(amortizedRoiChart({ savingsPerRun: 10_000, oneTimeInvestment: 55_000 })).includes("break-even 5.50 runs") // true
 * ```
 */
export function amortizedRoiChart(input: AmortizedRoiChartInput): TopLevelSpec {
  const fn = "amortizedRoiChart";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["savingsPerRun", "oneTimeInvestment", "maxRuns", "title"]);
  const maxRuns = check.integer("maxRuns", i.maxRuns ?? 50, 2);
  if (maxRuns > 1000) check.fail("maxRuns", maxRuns, "an integer in [2, 1000]");
  const saving = readAmount(fn, "savingsPerRun", i.savingsPerRun, "USD", "nonNegative");
  const investment = readAmount(fn, "oneTimeInvestment", i.oneTimeInvestment, "USD", "positive");
  const data = linearSteps(1, maxRuns, maxRuns).map((runs) => ({ runs, roi: 100 * amortizedRoi({ runs, savingsPerRun: saving, oneTimeInvestment: investment }).roi }));
  const breakEven = amortizedRoi({ runs: 1, savingsPerRun: saving, oneTimeInvestment: investment }).breakEvenRuns;
  const base = lineChart({
    data, x: "runs", y: "roi",
    title: i.title ?? "Amortized ROI of a one-time investment",
    subtitle: `${investment.format()} once, ${saving.format()} saved per run`,
    xTitle: "Training runs that reuse it", yTitle: "Amortized ROI (%)",
  });
  const layers = [ruleLayer({ y: 0, label: "break even", labelAt: "start" })];
  if (breakEven !== null && breakEven <= maxRuns) layers.push(ruleLayer({ x: breakEven, label: `break-even ${formatNumber(breakEven)} runs`, labelAt: "start" }));
  return layerChart(base, ...layers);
}
