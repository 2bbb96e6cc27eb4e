/**
 * Charts of group fairness (book Chapter 15): rates by group with their bootstrap
 * intervals against the planted truth, and the fairness–accuracy Pareto frontier of
 * Fig. 15.1 from a sweep of per-group thresholds.
 */
import type { TopLevelSpec } from "vega-lite";
import type { FairnessReport } from "../calc/fairness/fairness-report";
import type { FairnessFrontier } from "../calc/fairness/threshold-sweep";
import { validatorFor } from "../util/validate";
import { chartFrame } from "./chart-frame";
import { ANNOTATION_COLOR, CATEGORY_COLORS, HIGHLIGHT_COLOR } from "./theme";

/** Rates {@link groupRatesChart} can show. */
export type GroupRate = "selectionRate" | "tpr" | "fpr" | "accuracy";

const RATE_LABELS: Record<GroupRate, string> = { selectionRate: "selection rate", tpr: "TPR", fpr: "FPR", accuracy: "accuracy" };

/** Options of {@link groupRatesChart}. */
export interface GroupRatesChartOptions {
  /** From `fairnessReport`. */
  readonly report: FairnessReport;
  /** Rates to show, in order (1–4); default selection rate, TPR and FPR. */
  readonly rates?: readonly GroupRate[];
  /** The true rates where known (planted in generated data): a black tick per (group, rate). */
  readonly truth?: readonly { readonly group: string; readonly rate: GroupRate; readonly value: number }[];
  readonly title?: string;
  readonly subtitle?: string;
  readonly width?: number;
  readonly height?: number;
}

/**
 * Each group's rates as points with their bootstrap intervals (error bars), side by
 * side per rate, and the true values as ticks when the data were generated with a
 * planted bias. x: rate; y: value in [0, 1] (percent axis); colour: group.
 *
 * @returns a layered Vega-Lite v5 spec
 * @throws InvalidParameterError for a value that is not a fairness report, an unknown
 *   rate, or a truth entry naming an unknown group or rate or a value outside [0, 1]
 * @example
 * ```ts
 * const r = fairnessReport({ yTrue: [1, 0, 1, 0], yPred: [1, 0, 0, 0], group: ["A", "A", "B", "B"], resamples: 20 });
 * groupRatesChart({ report: r }).layer.length // 2 (intervals, points)
 * ```
 */
export function groupRatesChart(options: GroupRatesChartOptions): TopLevelSpec & { layer: unknown[] } {
  const fn = "groupRatesChart";
  const check = validatorFor(fn);
  const o = check.options("options", options, ["report", "rates", "truth", "title", "subtitle", "width", "height"]);
  if (o.report?.kind !== "fairnessReport") check.fail("report", o.report, "the result of fairnessReport");
  const rates = o.rates ?? (["selectionRate", "tpr", "fpr"] as const);
  if (!Array.isArray(rates) || rates.length < 1 || rates.length > 4) check.fail("rates", rates, "1 to 4 of \"selectionRate\", \"tpr\", \"fpr\", \"accuracy\"");
  rates.forEach((r, i) => check.oneOf(`rates[${i}]`, r, ["selectionRate", "tpr", "fpr", "accuracy"] as const));
  const groups = o.report.groups.map((g) => g.group);
  const rows = o.report.groups.flatMap((g) => (rates as readonly GroupRate[]).map((r) => ({ rate: RATE_LABELS[r], group: g.group, value: g[r].value, low: g[r].low, high: g[r].high })));
  const truth = (o.truth ?? []).map((t, i) => {
    if (!groups.includes(t?.group)) check.fail(`truth[${i}].group`, t?.group, `one of the report's groups (${groups.join(", ")})`);
    check.oneOf(`truth[${i}].rate`, t.rate, rates as GroupRate[]);
    return { rate: RATE_LABELS[t.rate as GroupRate], group: t.group, value: check.probability(`truth[${i}].value`, t.value) };
  });
  const level = Number((o.report.confidence * 100).toFixed(1));
  const frame = chartFrame(fn, {
    title: o.title ?? "Rates by group",
    subtitle: o.subtitle ?? (o.report.resamples > 0 ? `points: measured · bars: ${level} % bootstrap interval${truth.length ? " · black ticks: planted truth" : ""}` : "point estimates"),
    width: o.width, height: o.height,
  });
  const x = { field: "rate", type: "nominal" as const, title: "Rate", sort: rates.map((r) => RATE_LABELS[r as GroupRate]), axis: { labelAngle: 0 } };
  const color = { field: "group", type: "nominal" as const, title: "Group", scale: { domain: groups, range: CATEGORY_COLORS.slice(0, Math.max(groups.length, 1)) as string[] } };
  const y = { field: "value", type: "quantitative" as const, title: "Rate (% of the group)", scale: { domain: [0, 1] }, axis: { format: ".0%" } };
  const xOffset = { field: "group", type: "nominal" as const, sort: groups };
  const layer: unknown[] = [
    { data: { values: rows }, mark: { type: "rule", strokeWidth: 2 }, encoding: { x, xOffset, y, y2: { field: "high" }, color } },
    { data: { values: rows }, mark: { type: "point", filled: true, size: 70 }, encoding: {
      x, xOffset, y, color,
      tooltip: [{ field: "group", type: "nominal" }, { field: "rate", type: "nominal" }, { field: "value", type: "quantitative", format: ".1%" },
        { field: "low", type: "quantitative", format: ".1%", title: "low" }, { field: "high", type: "quantitative", format: ".1%", title: "high" }],
    } },
  ];
  (layer[0] as { encoding: Record<string, unknown> }).encoding.y = { ...y, field: "low" };
  if (truth.length > 0) layer.push({ data: { values: truth }, mark: { type: "tick", color: ANNOTATION_COLOR, thickness: 2, size: 18 }, encoding: { x, xOffset, y } });
  const { $schema, title, width, height, config } = frame;
  return { $schema, title, width, height, config, layer } as TopLevelSpec & { layer: unknown[] };
}

/** Options of {@link fairnessFrontierChart}. */
export interface FairnessFrontierChartOptions {
  /** From `fairnessFrontier`. */
  readonly frontier: FairnessFrontier;
  readonly title?: string;
  readonly subtitle?: string;
  readonly width?: number;
  readonly height?: number;
}

const DISPARITY_TITLES = { tpr: "TPR gap", fpr: "FPR gap", selectionRate: "Selection-rate gap", equalizedOdds: "Equalized-odds gap" } as const;

/**
 * The fairness–accuracy Pareto frontier (book Fig. 15.1): the best accuracy reachable at
 * each disparity with separate group thresholds (line), the pairs a single shared
 * threshold reaches (grey points), the most accurate pair (A) and the most accurate pair
 * with the least disparity (C). x: disparity in percentage points; y: accuracy.
 *
 * @returns a layered Vega-Lite v5 spec
 * @throws InvalidParameterError for a value that is not a frontier
 * @example
 * ```ts
 * const f = fairnessFrontier({ yTrue: [1, 0, 1, 0], scores: [0.9, 0.4, 0.6, 0.2], group: ["A", "A", "B", "B"], thresholds: [0.5, 0.7] });
 * fairnessFrontierChart({ frontier: f }).layer.length // 3
 * ```
 */
export function fairnessFrontierChart(options: FairnessFrontierChartOptions): TopLevelSpec & { layer: unknown[] } {
  const fn = "fairnessFrontierChart";
  const check = validatorFor(fn);
  const o = check.options("options", options, ["frontier", "title", "subtitle", "width", "height"]);
  const f = o.frontier;
  if (!f || !Array.isArray(f.frontier) || !Array.isArray(f.shared)) check.fail("frontier", f, "the result of fairnessFrontier");
  const gapTitle = DISPARITY_TITLES[f.disparity];
  const point = (p: FairnessFrontier["mostAccurate"], label: string) => ({ disparity: p.disparity, accuracy: p.accuracy, label, thresholds: p.thresholds.map((t) => t.toFixed(2)).join(" / ") });
  const frame = chartFrame(fn, {
    title: o.title ?? `Fairness–accuracy frontier (${gapTitle})`,
    subtitle: o.subtitle ?? `groups ${f.groups[0]} / ${f.groups[1]} · line: best accuracy per gap with separate thresholds · grey: one shared threshold`,
    width: o.width, height: o.height,
  });
  const x = { field: "disparity", type: "quantitative" as const, title: `${gapTitle} between the groups (percentage points)`, axis: { format: ".0%" } };
  const y = { field: "accuracy", type: "quantitative" as const, title: "Accuracy (all applicants)", scale: { zero: false }, axis: { format: ".1%" } };
  const tooltip = [{ field: "thresholds", type: "nominal" as const, title: "thresholds" }, { field: "disparity", type: "quantitative" as const, format: ".1%" }, { field: "accuracy", type: "quantitative" as const, format: ".2%" }];
  const marks = [point(f.mostAccurate, "A: most accurate"), point(f.leastDisparity, "C: least disparity")];
  const { $schema, title, width, height, config } = frame;
  return {
    $schema, title, width, height, config,
    layer: [
      { data: { values: f.shared.map((p) => point(p, "shared threshold")) }, mark: { type: "point", color: ANNOTATION_COLOR, opacity: 0.5, size: 25 }, encoding: { x, y, tooltip } },
      { data: { values: f.frontier.map((p) => point(p, "frontier")) }, mark: { type: "line", point: true, color: CATEGORY_COLORS[0] }, encoding: { x, y, tooltip } },
      { data: { values: marks }, layer: [
        { mark: { type: "point", shape: "diamond", size: 140, filled: true, color: HIGHLIGHT_COLOR }, encoding: { x, y, tooltip } },
        { mark: { type: "text", align: "left", dx: 8, dy: -8, color: HIGHLIGHT_COLOR }, encoding: { x, y, text: { field: "label" } } },
      ] },
    ],
  } as TopLevelSpec & { layer: unknown[] };
}
