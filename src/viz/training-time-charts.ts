/**
 * Charts for the GPT-3 training-time worked example (book Ch. 1, seed 004
 * L1316–L1347): how wall-clock training time responds to efficiency η and to the
 * number of devices N, by T = O / (N · R_peak · η).
 */
import type { TopLevelSpec } from "vega-lite";
import { distributedTrainingTime } from "../calc/training/training-time";
import type { Amount } from "../calc/common/quantity-input";
import { formatNumber } from "../units/format";
import { validatorFor } from "../util/validate";
import { layerChart } from "./layer-chart";
import { lineChart } from "./line-chart";
import { pointLayer, type HighlightPoint } from "./point-layer";
import { ruleLayer } from "./rule-layer";

/** Common inputs of the training-time charts. */
export interface TrainingTimeChartInput {
  /** O, total training operations: number in FLOP or a flop quantity. */
  readonly operations: Amount<"flop">;
  /** R_peak of one device: number in FLOP/s or a flop-rate quantity. */
  readonly peakFlopsPerDevice: Amount<"flopRate">;
  /** Points to highlight, e.g. the book's figures (x in the chart's x unit, y in days). */
  readonly highlights?: readonly HighlightPoint[];
  /** Chart title; a sensible default names the question. */
  readonly title?: string;
}

function trainingDays(input: TrainingTimeChartInput, devices: number, efficiency: number): number {
  return distributedTrainingTime({
    operations: input.operations,
    peakFlopsPerDevice: input.peakFlopsPerDevice,
    devices,
    efficiency,
  }).time.to("day");
}

/** Evenly spaced values from `from` to `to` inclusive, rounded to 10 decimals so labels stay clean. */
function steps(from: number, to: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => Number((from + ((to - from) * i) / (count - 1)).toFixed(10)));
}

/**
 * Training days against efficiency η, one line per cluster size N, with reference
 * lines at the efficiencies the book discusses.
 *
 * @param input.deviceCounts - cluster sizes, one line each (integers ≥ 1).
 * @param input.efficiencyRange - `[min, max]` of η on the x axis, within (0, 1] (default [0.2, 0.8]).
 * @param input.markEfficiencies - vertical rules, e.g. `[0.45, 0.6]` (default none).
 * @throws InvalidParameterError for bad counts or ranges, or invalid calculator inputs.
 * @example
 * ```ts
 * const spec = trainingDaysVsEfficiencyChart({
 *   operations: 3.14e23, peakFlopsPerDevice: 312e12,
 *   deviceCounts: [512, 1024, 2048], markEfficiencies: [0.45, 0.6],
 * });
 * spec.title // "Training time vs efficiency η"
 * ```
 */
export function trainingDaysVsEfficiencyChart(
  input: TrainingTimeChartInput & {
    readonly deviceCounts: readonly number[];
    readonly efficiencyRange?: readonly [number, number];
    readonly markEfficiencies?: readonly number[];
  },
): TopLevelSpec {
  const check = validatorFor("trainingDaysVsEfficiencyChart");
  if (!Array.isArray(input.deviceCounts) || input.deviceCounts.length === 0) {
    check.fail("deviceCounts", input.deviceCounts, "a non-empty array of integers ≥ 1");
  }
  input.deviceCounts.forEach((n, i) => check.integer(`deviceCounts[${i}]`, n, 1));
  const [low, high] = input.efficiencyRange ?? [0.2, 0.8];
  check.fraction("efficiencyRange[0]", low);
  check.fraction("efficiencyRange[1]", high);
  if (!(high > low)) check.fail("efficiencyRange[1]", high, `greater than efficiencyRange[0] = ${low}`);
  const etas = steps(low, high, 25);
  const data = input.deviceCounts.flatMap((devices) =>
    etas.map((efficiency) => ({ efficiency, days: trainingDays(input, devices, efficiency), cluster: `N = ${formatNumber(devices)}` })),
  );
  const base = lineChart({
    data,
    x: "efficiency",
    y: "days",
    series: "cluster",
    title: input.title ?? "Training time vs efficiency η",
    xTitle: "Efficiency η (fraction of peak sustained)",
    yTitle: "Training time (days)",
    seriesTitle: "GPUs",
    xFormat: ".0%",
  });
  const rules = (input.markEfficiencies ?? []).map((eta, i) =>
    ruleLayer({ x: check.fraction(`markEfficiencies[${i}]`, eta), label: `η = ${Math.round(eta * 100)}%` }),
  );
  const points = input.highlights?.length ? [pointLayer({ points: input.highlights })] : [];
  return layerChart(base, ...rules, ...points);
}

/**
 * Training days against cluster size N (log–log), one line per efficiency: the 1/N
 * hyperbola of perfect scaling, with η folding in everything that is not.
 *
 * @param input.deviceRange - `[min, max]` GPUs (integers ≥ 1), spaced by powers of two (default [256, 4096]).
 * @param input.efficiencies - one line per η in (0, 1] (default [0.3, 0.45, 0.6]).
 * @example
 * ```ts
 * trainingDaysVsDevicesChart({ operations: 3.14e23, peakFlopsPerDevice: 312e12 }).title
 * // "Training time vs cluster size"
 * ```
 */
export function trainingDaysVsDevicesChart(
  input: TrainingTimeChartInput & {
    readonly deviceRange?: readonly [number, number];
    readonly efficiencies?: readonly number[];
  },
): TopLevelSpec {
  const check = validatorFor("trainingDaysVsDevicesChart");
  const [low, high] = input.deviceRange ?? [256, 4096];
  check.integer("deviceRange[0]", low, 1);
  check.integer("deviceRange[1]", high, 1);
  if (!(high > low)) check.fail("deviceRange[1]", high, `greater than deviceRange[0] = ${low}`);
  const efficiencies = input.efficiencies ?? [0.3, 0.45, 0.6];
  efficiencies.forEach((eta, i) => check.fraction(`efficiencies[${i}]`, eta));
  const counts: number[] = [];
  for (let n = low; n < high; n *= 2) counts.push(n);
  counts.push(high);
  const data = efficiencies.flatMap((efficiency) =>
    counts.map((devices) => ({ devices, days: trainingDays(input, devices, efficiency), efficiency: `η = ${Math.round(efficiency * 100)}%` })),
  );
  const base = lineChart({
    data,
    x: "devices",
    y: "days",
    series: "efficiency",
    title: input.title ?? "Training time vs cluster size",
    xTitle: "GPUs (N, log scale)",
    yTitle: "Training time (days, log scale)",
    seriesTitle: "Efficiency",
    xScale: "log",
    yScale: "log",
    points: true,
  });
  return input.highlights?.length ? layerChart(base, pointLayer({ points: input.highlights })) : base;
}
