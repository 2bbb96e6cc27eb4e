/**
 * Charts for the ML-workflow chapter (book Ch. 3): the iteration tax over calendar time,
 * the constraint-propagation multiplier by stage, and cloud against edge cumulative cost.
 */
import type { TopLevelSpec } from "vega-lite";
import { cloudVsEdgeCost, type CloudVsEdgeInput } from "../calc/workflow/cloud-vs-edge";
import { constraintPropagationCost, WORKFLOW_STAGES } from "../calc/workflow/constraint-propagation";
import { iterationTax } from "../calc/workflow/iteration-tax";
import type { Amount } from "../calc/common/quantity-input";
import { formatCompact, formatNumber } from "../units/format";
import { q, type Quantity } from "../units/quantity";
import { validatorFor } from "../util/validate";
import { barChart } from "./bar-chart";
import { linearSteps, listOption } from "./chart-steps";
import { layerChart } from "./layer-chart";
import { lineChart } from "./line-chart";
import { pointLayer } from "./point-layer";
import { ruleLayer } from "./rule-layer";

/** One development strategy of {@link iterationTaxChart}. */
export interface IterationStrategy {
  /** Legend name, e.g. `"large ensemble"`. */
  readonly name: string;
  /** Time of one experiment. Number in h, or a time quantity. */
  readonly runTime: Amount<"time">;
  /** Accuracy of the first model, a fraction. */
  readonly startAccuracy: number;
  /** Experiments that improve the model at most (default: all). */
  readonly maxEffectiveIterations?: number;
}

/** Options of {@link iterationTaxChart}. */
export interface IterationTaxChartInput {
  /** 1 to 10 strategies. */
  readonly strategies: readonly IterationStrategy[];
  /** Calendar window. Number in weeks, or a time quantity. > 0, at most 520 weeks. */
  readonly window: Amount<"time">;
  readonly gainPerIteration: number;
  readonly ceiling: number;
  readonly title?: string;
}

/**
 * Accuracy against calendar weeks for each strategy, with the ceiling as a rule: the
 * iteration tax of a slow training loop made visible.
 *
 * Data: {@link iterationTax} at every week from 0 to the window (x: weeks, y: accuracy in %).
 * Source: seed 004 L4299–L4312.
 *
 * @throws InvalidParameterError for an empty or long strategy list, a window outside
 *   (0, 520] weeks, or any input {@link iterationTax} rejects.
 * @example
 * ```ts
 * const spec = iterationTaxChart({ window: 26, gainPerIteration: 0.001, ceiling: 0.99, strategies: [
 *   { name: "large ensemble", runTime: q(1, "week"), startAccuracy: 0.95 },
 *   { name: "lightweight model", runTime: 1, startAccuracy: 0.9, maxEffectiveIterations: 100 }] });
 * JSON.stringify(spec).includes("ceiling 99 %") // true
 * ```
 */
export function iterationTaxChart(input: IterationTaxChartInput): TopLevelSpec {
  const fn = "iterationTaxChart";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["strategies", "window", "gainPerIteration", "ceiling", "title"]);
  const strategies = listOption<IterationStrategy>(fn, "strategies", i.strategies, 10);
  const window = (typeof i.window === "number" ? q(check.positive("window", i.window), "week") : i.window) as Quantity<"time">;
  const weeks = window.to("week");
  if (!(weeks > 0 && weeks <= 520)) check.fail("window", window.format(), "a window in (0, 520] weeks");
  const grid = linearSteps(0, weeks, Math.min(Math.ceil(weeks) + 1, 200));
  const data = strategies.flatMap((s, k) => {
    if (s === null || typeof s !== "object" || typeof s.name !== "string") check.fail(`strategies[${k}]`, s, "a strategy { name, runTime, startAccuracy }");
    return grid.map((week) => ({
      week,
      accuracy: 100 * iterationTax({ window: q(Math.max(week, 1e-9), "week"), runTime: s.runTime, startAccuracy: s.startAccuracy, gainPerIteration: i.gainPerIteration, ceiling: i.ceiling,
        ...(s.maxEffectiveIterations === undefined ? {} : { maxEffectiveIterations: s.maxEffectiveIterations }) }).accuracy,
      strategy: s.name,
    }));
  });
  const ceiling = 100 * i.ceiling;
  const low = Math.min(...data.map((d) => d.accuracy));
  return layerChart(
    lineChart({
      data, x: "week", y: "accuracy", series: "strategy",
      title: i.title ?? "The iteration tax: accuracy over the calendar",
      subtitle: `gain ${formatCompact(100 * i.gainPerIteration)} points per effective experiment, capped at ${formatNumber(ceiling)} %`,
      xTitle: "Calendar time (weeks)", yTitle: "Accuracy (%)", seriesTitle: "Strategy",
      yDomain: [Math.floor(low - 1), Math.min(100, Math.ceil(ceiling + 1))],
    }),
    ruleLayer({ y: ceiling, label: `ceiling ${formatNumber(ceiling)} %`, labelAt: "start" }),
  );
}

/** Options of {@link constraintPropagationChart}. */
export interface ConstraintPropagationChartInput {
  /** Stage that owned the constraint, 1–6. Default 1. */
  readonly definedAtStage?: number;
  readonly title?: string;
}

/**
 * Correction-cost multiplier 2^(N − N₀) for a constraint found at each later stage.
 *
 * Data: {@link constraintPropagationCost} for every stage from `definedAtStage` to 6.
 * Source: seed 004 L4993, L5094.
 *
 * @throws InvalidParameterError for a stage outside 1–6.
 * @example
 * ```ts
 * constraintPropagationChart({}).encoding // bars by stage, 1× to 32×
 * ```
 */
export function constraintPropagationChart(input: ConstraintPropagationChartInput = {}): TopLevelSpec {
  const fn = "constraintPropagationChart";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["definedAtStage", "title"], true);
  const defined = i.definedAtStage ?? 1;
  constraintPropagationCost({ discoveredAtStage: 6, definedAtStage: defined });
  const data = WORKFLOW_STAGES.slice(defined - 1).map((stage, k) => ({
    stage: `${defined + k}. ${stage}`,
    multiplier: constraintPropagationCost({ discoveredAtStage: defined + k, definedAtStage: defined }).multiplier,
  }));
  return barChart({
    data, category: "stage", value: "multiplier", orientation: "horizontal",
    title: i.title ?? "What a late constraint costs: 2^(N − 1)",
    subtitle: `constraint belonging to stage ${defined} (${WORKFLOW_STAGES[defined - 1]}), by the stage that discovers it`,
    categoryTitle: "Stage where it is discovered", valueTitle: "Correction cost (× base effort)",
  });
}

/** Options of {@link cloudVsEdgeCumulativeChart}: the calculator's inputs without `years`, plus the horizon. */
export type CloudVsEdgeChartInput = Omit<CloudVsEdgeInput, "years"> & {
  /** Years on the x axis, in (0, 50]. Default 5. */
  readonly maxYears?: number;
  readonly title?: string;
};

/**
 * Cumulative cost of cloud and edge deployment over the years, with the payback rule
 * where the lines cross.
 *
 * Data: {@link cloudVsEdgeCost} at 61 points from 0 to `maxYears`. Source: seed 004 L4887–L4921.
 *
 * @throws InvalidParameterError for a horizon outside (0, 50], or any input {@link cloudVsEdgeCost} rejects.
 * @example
 * ```ts
 * const spec = cloudVsEdgeCumulativeChart({ sites: 500, itemsPerSitePerDay: 50, cloudPricePerItem: 0.01, cloudNetworkPerYear: 45_000, edgeDevicePrice: 500, edgeMaintenancePerYear: 25_000 });
 * JSON.stringify(spec).includes("payback 2.25 years") // true
 * ```
 */
export function cloudVsEdgeCumulativeChart(input: CloudVsEdgeChartInput): TopLevelSpec {
  const fn = "cloudVsEdgeCumulativeChart";
  const check = validatorFor(fn);
  if (input === null || typeof input !== "object") check.fail("input", input, "an object with the cloudVsEdgeCost inputs");
  const { maxYears, title, ...scenario } = input;
  const horizon = check.positive("maxYears", maxYears ?? 5);
  if (horizon > 50) check.fail("maxYears", horizon, "a number of years in (0, 50]");
  const data = linearSteps(0, horizon, 61).flatMap((years) => {
    const r = cloudVsEdgeCost({ ...scenario, years });
    return [
      { years, usd: r.cloud.cumulative.to("USD"), option: "cloud" },
      { years, usd: r.edge.cumulative.to("USD"), option: "edge" },
    ];
  });
  const r = cloudVsEdgeCost({ ...scenario, years: 0 });
  const payback = r.paybackYears;
  const base = lineChart({
    data, x: "years", y: "usd", series: "option",
    title: title ?? "Cloud vs edge deployment: cumulative cost",
    subtitle: `cloud ${r.cloud.annual.format()}; edge ${r.edge.upfront.format()} up front + ${r.edge.annual.format()}`,
    xTitle: "Years after launch", yTitle: "Cumulative cost (USD)", seriesTitle: "Deployment", yFormat: "$,.0f",
  });
  if (payback === null || payback > horizon || payback === 0) return base;
  const at = cloudVsEdgeCost({ ...scenario, years: payback });
  return layerChart(
    base,
    ruleLayer({ x: payback, label: `payback ${formatNumber(payback)} years`, labelAt: "start" }),
    pointLayer({ points: [{ x: payback, y: at.edge.cumulative.to("USD") }] }),
  );
}
