/**
 * Charts of model monitoring and retraining (book Ch. 14): a monitored stream with
 * its true change points and a detector's alarms, the PSI sawtooth that a
 * retraining threshold produces, and the retraining-cost curve whose minimum is the
 * square-root-law interval (Eq. 14.4, seed 004 L35035).
 */
import type { TopLevelSpec } from "vega-lite";
import { psiRetrainingSchedule, retrainingCadence, retrainingCostAt, type PsiRetrainingScheduleInput } from "../calc/operations/retraining-schedule";
import { q } from "../units/quantity";
import { validatorFor } from "../util/validate";
import type { ChartRow } from "./chart-data";
import type { ChartLayer } from "./chart-layer";
import { layerChart } from "./layer-chart";
import { lineChart } from "./line-chart";
import { pointLayer } from "./point-layer";
import { ruleLayer } from "./rule-layer";
import { ANNOTATION_COLOR, HIGHLIGHT_COLOR } from "./theme";

/** A labelled position on the x axis (a true change or an alarm). */
export interface MarkedX {
  /** Position in the chart's x units. */
  readonly x: number;
  /** Text beside the line, e.g. `"true change (day 60)"`. */
  readonly label: string;
}

/** Options of {@link changePointChart}. */
export interface ChangePointChartOptions<R extends ChartRow = ChartRow> {
  /** Rows of the monitored series (aggregate first: at most the line chart's row limit). */
  readonly data: readonly R[];
  /** x field (finite numbers, e.g. day). */
  readonly x: Extract<keyof R, string>;
  /** y field (finite numbers, e.g. daily mean or error rate). */
  readonly y: Extract<keyof R, string>;
  /** Optional series field: one line per value. */
  readonly series?: Extract<keyof R, string>;
  readonly title: string;
  readonly subtitle?: string;
  /** x-axis title with units. */
  readonly xTitle: string;
  /** y-axis title with units. */
  readonly yTitle: string;
  /** d3-format for the y axis, e.g. ".0%". */
  readonly yFormat?: string;
  /** True change points (the injected ground truth): dashed grey rules. */
  readonly changes: readonly MarkedX[];
  /** Detector alarms: solid orange rules (may be empty: "no alarm"). */
  readonly alarms: readonly MarkedX[];
  readonly width?: number;
  readonly height?: number;
}

function checkMarks(fn: string, parameter: string, marks: readonly MarkedX[]): void {
  const check = validatorFor(fn);
  if (!Array.isArray(marks)) check.fail(parameter, marks, "an array of { x, label }");
  if (marks.length > 50) check.fail(parameter, `${marks.length} marks`, "at most 50 marks");
  marks.forEach((m, i) => {
    if (m === null || typeof m !== "object") check.fail(`${parameter}[${i}]`, m, "an object { x, label }");
    check.finite(`${parameter}[${i}].x`, m.x);
    if (typeof m.label !== "string") check.fail(`${parameter}[${i}].label`, m.label, "a string");
  });
}

/**
 * A monitored stream (e.g. a feature's daily mean, a model's daily error rate) with
 * the true change points as dashed grey rules and a detector's alarms as solid
 * orange rules, so a reader sees at a glance whether and how late the detector
 * fired. x and y in the units of the data (titles carry them).
 *
 * @returns a layered Vega-Lite v5 spec (line + one rule per mark)
 * @throws InvalidParameterError for what {@link lineChart} rejects, non-array
 *   changes/alarms, a non-finite mark position (named `alarms[i].x`), a label that is
 *   not a string, more than 50 marks, or no change point at all
 * @example
 * ```ts
 * const spec = changePointChart({
 *   data: [{ day: 0, mean: 1 }, { day: 1, mean: 1 }, { day: 2, mean: 3 }],
 *   x: "day", y: "mean", title: "Daily mean", xTitle: "Day", yTitle: "Mean (USD)",
 *   changes: [{ x: 2, label: "true change" }], alarms: [{ x: 2.4, label: "ADWIN" }],
 * });
 * spec.layer.length; // 3
 * ```
 */
export function changePointChart<R extends ChartRow>(options: ChangePointChartOptions<R>): TopLevelSpec & { layer: ChartLayer[] } {
  const fn = "changePointChart";
  const check = validatorFor(fn);
  if (options === null || typeof options !== "object") check.fail("options", options, "an options object");
  checkMarks(fn, "changes", options.changes);
  checkMarks(fn, "alarms", options.alarms);
  if (options.changes.length === 0) check.fail("changes", options.changes, "at least one true change point");
  const base = lineChart({
    data: options.data, x: options.x, y: options.y, series: options.series,
    title: options.title, subtitle: options.subtitle, xTitle: options.xTitle, yTitle: options.yTitle,
    yFormat: options.yFormat, width: options.width, height: options.height,
  });
  return layerChart(
    base,
    ...options.changes.map((c) => ruleLayer({ x: c.x, label: c.label, color: ANNOTATION_COLOR, labelAt: "end" })),
    ...options.alarms.map((a) => ruleLayer({ x: a.x, label: a.label, color: HIGHLIGHT_COLOR, dashed: false, labelAt: "start" })),
  );
}

/** Options of {@link retrainingScheduleChart}: the schedule's inputs plus titles. */
export interface RetrainingScheduleChartOptions extends PsiRetrainingScheduleInput {
  readonly title?: string;
  readonly subtitle?: string;
  readonly width?: number;
  readonly height?: number;
}

/**
 * The PSI sawtooth a threshold produces under linear drift: PSI rises at g per day
 * from PSI₀, the monitor triggers on the first check above τ, and the new model
 * (after the retraining lead time) starts again from PSI₀. The threshold is a
 * horizontal rule; each trigger is a labelled point. x: days since the first
 * deployment; y: PSI (dimensionless). Computed by {@link psiRetrainingSchedule}.
 *
 * @returns a layered Vega-Lite v5 spec
 * @throws InvalidParameterError as {@link psiRetrainingSchedule}, or for more than
 *   1,000 cycles within the horizon (shorten it)
 * @example
 * ```ts
 * const spec = retrainingScheduleChart({ psiGrowthPerDay: 0.01, threshold: 0.2, horizon: 90 });
 * spec.title; // { text: "PSI under a retrain-at-PSI > 0.2 policy", subtitle: "g = 0.01/day · trigger every 21 days · 4 retrainings in 90 days" }
 * ```
 */
export function retrainingScheduleChart(options: RetrainingScheduleChartOptions): TopLevelSpec & { layer: ChartLayer[] } {
  const fn = "retrainingScheduleChart";
  const check = validatorFor(fn);
  const s = psiRetrainingSchedule(options);
  const g = options.psiGrowthPerDay;
  const tau = options.threshold ?? 0.2;
  const psi0 = options.initialPsi ?? 0;
  const end = options.horizon === undefined ? 365 : typeof options.horizon === "number" ? options.horizon : options.horizon.to("day");
  const cycle = s.cycle.to("day");
  const cycles = Math.ceil(end / cycle);
  if (cycles > 1000) check.fail("horizon", end, `a horizon of at most 1,000 cycles (got ${cycles}; cycle ${cycle} days)`);
  const round = (x: number) => Number(x.toPrecision(12));
  const rows: { day: number; psi: number }[] = [];
  for (let n = 0; n * cycle < end; n++) {
    const start = n * cycle;
    const stop = Math.min((n + 1) * cycle, end);
    rows.push({ day: round(start), psi: round(psi0) });
    rows.push({ day: round(stop), psi: round(psi0 + g * (stop - start)) });
  }
  const psiAtTriggerTime = round(psi0 + g * s.trigger.to("day"));
  const title = options.title ?? `PSI under a retrain-at-PSI > ${tau} policy`;
  const subtitle = options.subtitle ??
    `g = ${g}/day · trigger every ${Number(cycle.toPrecision(4))} days · ${s.triggerDays.length} retraining${s.triggerDays.length === 1 ? "" : "s"} in ${Number(end.toPrecision(4))} days`;
  const base = lineChart({
    data: rows, x: "day", y: "psi", title, subtitle, xTitle: "Days since first deployment", yTitle: "PSI (training vs serving)",
    xDomain: [0, end], width: options.width, height: options.height,
  });
  const layers: ChartLayer[] = [ruleLayer({ y: tau, label: `threshold τ = ${tau}`, labelAt: "start" })];
  if (s.triggerDays.length > 0) {
    layers.push(pointLayer({
      points: s.triggerDays.map((d, i) => ({ x: d, y: psiAtTriggerTime, ...(i === 0 ? { label: `first trigger: day ${d}` } : {}) })),
    }));
  }
  return layerChart(base, ...layers);
}

/** Options of {@link retrainingCostChart}. */
export interface RetrainingCostChartOptions {
  /** C, USD per retraining (> 0). */
  readonly retrainCost: number;
  /** d, USD/day per day of model age (> 0). */
  readonly dailyLossIncreaseUsd: number;
  /** Interval range [min, max] in days, 0 < min < max; drawn on a log axis. */
  readonly intervalRange: readonly [number, number];
  /** Intervals to mark with a point on the total curve, e.g. a threshold's cycle. */
  readonly markIntervals?: readonly MarkedX[];
  readonly title?: string;
  readonly subtitle?: string;
  readonly width?: number;
  readonly height?: number;
}

/**
 * Cost per day against the retraining interval T (log axis): retraining C/T,
 * staleness d·T/2 and their total, with the optimum T* = √(2C/d) as a vertical rule
 * and optional marked intervals on the total curve ({@link retrainingCadence},
 * {@link retrainingCostAt}). x: days; y: USD/day (log axis).
 *
 * @returns a layered Vega-Lite v5 spec with 3 × 60 curve rows
 * @throws InvalidParameterError for C or d ≤ 0 (as {@link retrainingCadence} names
 *   them), a bad intervalRange, or a marked interval ≤ 0
 * @example
 * ```ts
 * const spec = retrainingCostChart({ retrainCost: 5000, dailyLossIncreaseUsd: 2500, intervalRange: [0.25, 60] });
 * spec.layer.length; // 2 (curves, T* rule)
 * ```
 */
export function retrainingCostChart(options: RetrainingCostChartOptions): TopLevelSpec & { layer: ChartLayer[] } {
  const fn = "retrainingCostChart";
  const check = validatorFor(fn);
  if (options === null || typeof options !== "object") check.fail("options", options, "an options object");
  const base = { retrainCost: options.retrainCost, dailyLossIncreaseUsd: options.dailyLossIncreaseUsd };
  const cadence = retrainingCadence(base);
  const range = options.intervalRange;
  if (!Array.isArray(range) || range.length !== 2) check.fail("intervalRange", range, "a [min, max] pair of days");
  const lo = check.positive("intervalRange[0]", range[0]);
  const hi = check.finite("intervalRange[1]", range[1]);
  if (!(hi > lo)) check.fail("intervalRange[1]", hi, `greater than intervalRange[0] = ${lo}`);
  const marks = options.markIntervals ?? [];
  checkMarks(fn, "markIntervals", marks);
  marks.forEach((m, i) => check.positive(`markIntervals[${i}].x`, m.x));
  const round = (x: number) => Number(x.toPrecision(10));
  const steps = 60;
  const rows = Array.from({ length: steps }, (_, i) => round(lo * Math.pow(hi / lo, i / (steps - 1)))).flatMap((t) => {
    const c = retrainingCostAt({ ...base, interval: t });
    return [
      { interval: t, cost: round(c.retrainingPerDay.to("USD/day")), part: "retraining C/T" },
      { interval: t, cost: round(c.stalenessPerDay.to("USD/day")), part: "staleness d·T/2" },
      { interval: t, cost: round(c.costPerDay.to("USD/day")), part: "total" },
    ];
  });
  const tStar = cadence.optimalInterval.to("day");
  const chart = lineChart({
    data: rows, x: "interval", y: "cost", series: "part", seriesTitle: "Cost per day",
    xScale: "log", yScale: "log", xDomain: [lo, hi],
    title: options.title ?? "Retraining cost vs interval",
    subtitle: options.subtitle ?? `C = ${q(options.retrainCost, "USD").format()} per retraining · d = ${q(options.dailyLossIncreaseUsd, "USD/day").format()} per day`,
    xTitle: "Retraining interval T (days)", yTitle: "Cost (USD/day)", yFormat: "$,.0f",
    width: options.width, height: options.height,
  });
  const layers: ChartLayer[] = [ruleLayer({ x: round(tStar), label: `T* = ${Number(tStar.toPrecision(3))} days`, labelAt: "start" })];
  if (marks.length > 0) {
    layers.push(pointLayer({
      points: marks.map((m) => ({ x: m.x, y: round(retrainingCostAt({ ...base, interval: m.x }).costPerDay.to("USD/day")), label: m.label })),
    }));
  }
  return layerChart(chart, ...layers);
}

