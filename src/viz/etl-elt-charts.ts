/**
 * Charts for the ETL-versus-ELT worked example (book Ch. 4, Listing 4.2 and the worked
 * problem, seed 004 L6268–L6330): how the monthly bills of the two pipelines move with
 * the schema-change frequency, the engineer-hour price and the raw-data retention, and
 * what each bill is made of.
 */
import type { TopLevelSpec } from "vega-lite";
import {
  etlVsEltBreakEven,
  etlVsEltBreakEvenHourlyRate,
  etlVsEltCost,
  type EtlVsEltInput,
  type EtlVsEltResult,
  type PipelineMonthlyCost,
} from "../calc/data/etl-vs-elt";
import { readAmount, type Amount } from "../calc/common/quantity-input";
import { formatCompact, formatMoney, formatNumber } from "../units/format";
import { isQuantity, q } from "../units/quantity";
import { validatorFor } from "../util/validate";
import { barChart } from "./bar-chart";
import { chartFrame } from "./chart-frame";
import type { ChartLayer } from "./chart-layer";
import { layerChart } from "./layer-chart";
import { lineChart } from "./line-chart";
import { pointLayer } from "./point-layer";
import { ruleLayer } from "./rule-layer";

/** Everything the ETL/ELT calculator needs except the schema-change frequency (the x axis of a chart). */
export type EtlEltScenario = Omit<EtlVsEltInput, "schemaChangesPerMonth">;

/** Title options every ETL/ELT chart accepts. */
export interface EtlEltChartTitles {
  /** Chart title; the default names the question the chart answers. */
  readonly title?: string;
  /** Second title line; the default states the assumptions (rate, hours per change). */
  readonly subtitle?: string;
}

/** Series names of the pipelines, as the legends show them. */
const ETL = "ETL";
const ELT = "ELT";

/** Schema changes per month of "once a week", in the library's 30-day month (30/7 ≈ 4.29). */
const WEEKLY = q(1, "1/week").to("1/month");

/** `count` evenly spaced values from `from` to `to` inclusive, rounded to 10 decimals. */
function steps(from: number, to: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => Number((from + ((to - from) * i) / (count - 1)).toFixed(10)));
}

/** `count` values spaced evenly on a log scale from `from` to `to`, to 6 significant digits. */
function logSteps(from: number, to: number, count: number): number[] {
  const a = Math.log10(from);
  const b = Math.log10(to);
  return Array.from({ length: count }, (_, i) => Number((10 ** (a + ((b - a) * i) / (count - 1))).toPrecision(6)));
}

/** Monthly USD of a money rate. */
const usd = (pipeline: PipelineMonthlyCost, part: "storage" | "transformCompute" | "queries" | "engineering" | "total"): number =>
  pipeline[part].to("USD/month");

/** "engineer-hour $150/h · per schema change: ETL 4 h, ELT 0.5 h", read through the calculator's own input rules. */
function assumptionLine(fn: string, scenario: EtlEltScenario): string {
  const rate = readAmount(fn, "engineerHourlyRate", scenario.engineerHourlyRate, "USD/h", "nonNegative");
  const etlHours = readAmount(fn, "etlSchemaChangeHours", scenario.etlSchemaChangeHours, "h", "nonNegative");
  const eltHours = readAmount(fn, "eltSchemaChangeHours", scenario.eltSchemaChangeHours, "h", "nonNegative");
  return `engineer-hour ${rate.format()} · per schema change: ETL ${formatCompact(etlHours.to("h"))} h, ELT ${formatCompact(eltHours.to("h"))} h`;
}

/** Checks a `[min, max]` option: both pass `each`, and max > min. */
function readRange(
  fn: string,
  parameter: string,
  range: readonly [number, number] | undefined,
  fallback: readonly [number, number],
  each: (name: string, value: number) => number,
): [number, number] {
  const check = validatorFor(fn);
  const value = range ?? fallback;
  if (!Array.isArray(value) || value.length !== 2) check.fail(parameter, value, "a [min, max] pair");
  const low = each(`${parameter}[0]`, value[0]);
  const high = each(`${parameter}[1]`, value[1]);
  if (!(high > low)) check.fail(`${parameter}[1]`, high, `greater than ${parameter}[0] = ${low}`);
  return [low, high];
}

/** A copy of `input` without a chart's own options (and without `schemaChangesPerMonth`, the swept axis). */
function withoutChartKeys<T extends object, K extends string>(input: T, chartKeys: readonly K[]): Omit<T, K | "title" | "subtitle" | "schemaChangesPerMonth"> {
  const copy = { ...input } as Record<string, unknown>;
  for (const key of [...chartKeys, "title", "subtitle", "schemaChangesPerMonth"]) delete copy[key];
  return copy as Omit<T, K | "title" | "subtitle" | "schemaChangesPerMonth">;
}

/**
 * Monthly total cost of ETL and ELT (storage + transform compute + queries +
 * engineering) against the number of schema changes per month, with a vertical rule
 * at the break-even frequency n*, where the two lines cross.
 *
 * Each line is `total(n) = base + n · h · rate` from {@link etlVsEltCost}: ETL starts
 * low (small transformed datasets, a Spark bill) and climbs steeply (h = hours to re-run
 * the pipeline per change); ELT starts high (raw data kept for `retentionDays`, daily
 * queries) and climbs gently (h = hours to rewrite SQL). The rule sits at
 * {@link etlVsEltBreakEven}'s n*, labelled "break-even 10.9 changes/month" for the book's
 * inputs at $150/h (seed 004 L6301–L6330; the book itself claims about one a month).
 * When the lines never cross at n ≥ 0, or cross beyond `maxChangesPerMonth`, the
 * subtitle says so instead.
 *
 * x: schema changes per month, 0 to `maxChangesPerMonth` (41 points). y: USD per month.
 *
 * @param input - the calculator's inputs except `schemaChangesPerMonth` (numbers in the
 *   calculator's default units or quantities), plus `maxChangesPerMonth` (> 0, default 20)
 *   and optional `title` / `subtitle`.
 * @throws InvalidParameterError for a `maxChangesPerMonth` that is not a finite number > 0,
 *   or any invalid calculator input (named as the calculator names it).
 * @throws DimensionError for a quantity of the wrong dimension.
 * @example
 * ```ts
 * const spec = etlEltCostVsSchemaChangesChart({ ...etlVsEltBookInputs, engineerHourlyRate: 150 });
 * JSON.stringify(spec).includes("break-even 10.9 changes/month") // true
 * ```
 */
export function etlEltCostVsSchemaChangesChart(
  input: EtlEltScenario & EtlEltChartTitles & { readonly maxChangesPerMonth?: number },
): TopLevelSpec {
  const fn = "etlEltCostVsSchemaChangesChart";
  const check = validatorFor(fn);
  const max = check.positive("maxChangesPerMonth", input.maxChangesPerMonth ?? 20);
  const scenario: EtlEltScenario = withoutChartKeys(input, ["maxChangesPerMonth"]);
  const assumptions = assumptionLine(fn, scenario);
  const breakEven = etlVsEltBreakEven(scenario);
  const data = steps(0, max, 41).flatMap((changes) => {
    const r = etlVsEltCost({ ...scenario, schemaChangesPerMonth: changes });
    return [
      { changes, usdPerMonth: usd(r.etl, "total"), pipeline: ETL },
      { changes, usdPerMonth: usd(r.elt, "total"), pipeline: ELT },
    ];
  });
  const n = breakEven.schemaChangesPerMonth;
  const inRange = n !== null && n <= max;
  let note: string;
  if (breakEven.eltWins === "always") note = "ELT is cheaper at every schema-change frequency";
  else if (breakEven.eltWins === "never") note = "ETL is never more expensive, at any schema-change frequency";
  else if (!inRange) note = `break-even at ${formatNumber(n as number)} changes/month, beyond this chart`;
  else note = breakEven.eltWins === "aboveBreakEven" ? "ELT is cheaper right of the break-even" : "ELT is cheaper left of the break-even";
  const base = lineChart({
    data,
    x: "changes",
    y: "usdPerMonth",
    series: "pipeline",
    title: input.title ?? "Monthly cost of ETL and ELT vs schema changes",
    subtitle: input.subtitle ?? `${assumptions} · ${note}`,
    xTitle: "Schema changes (per month)",
    yTitle: "Monthly cost (USD/month)",
    seriesTitle: "Pipeline",
    yFormat: "$,.0f",
  });
  if (!inRange) return base;
  const atBreakEven = etlVsEltCost({ ...scenario, schemaChangesPerMonth: n as number });
  const cost = usd(atBreakEven.etl, "total");
  return layerChart(
    base,
    ruleLayer({ x: n as number, label: `break-even ${formatNumber(n as number)} changes/month`, labelAt: "start" }),
    pointLayer({ points: [{ x: n as number, y: cost, label: `${formatMoney(cost)}/month each` }], labelSide: (n as number) > max * 0.3 ? "left" : "right" }),
  );
}

/** A chart that states, in its plot area, why there is nothing to draw. */
function messageChart(fn: string, title: string, subtitle: string, message: string): TopLevelSpec {
  return {
    ...chartFrame(fn, { title, subtitle, height: 120 }),
    data: { values: [{ message }] },
    mark: { type: "text", fontSize: 14, color: "#333333" },
    encoding: { text: { field: "message", type: "nominal" } },
  };
}

/**
 * The break-even schema-change frequency n* as a function of the engineer-hour price,
 * on log–log axes, with horizontal rules at one change a month and one a week (30/7 ≈
 * 4.29 a month in the library's 30-day month).
 *
 * Why: the book states no engineer cost, yet claims ETL wins below about one schema
 * change a month and that weekly changes make ELT pay (seed 004 L6330). Since
 * `n* = gap / ((h_ETL − h_ELT) · rate)`, n* falls as 1/rate; the points where the curve
 * meets the rules are the rates that make each claim true, from
 * {@link etlVsEltBreakEvenHourlyRate}: about $1,632/h for "monthly" and $381/h for
 * "weekly" with the book's inputs. ELT is cheaper above the curve (more frequent
 * changes), ETL below it, when ELT's changes are the quicker ones.
 *
 * @param input - the calculator's inputs except `schemaChangesPerMonth` and
 *   `engineerHourlyRate`, plus `rateRange` (`[min, max]` USD/h, both > 0, default
 *   [25, 2000]), `markRate` (an assumed rate to mark with a vertical rule and its n*:
 *   a number in USD/h or a money-rate quantity, > 0; default none) and optional `title` / `subtitle`.
 * @returns the layered chart, or a one-line text chart explaining that no break-even
 *   exists (one pipeline is cheaper at every frequency and rate) or that it is zero.
 * @throws InvalidParameterError for a bad `rateRange` or `markRate` (named
 *   `rateRange[1]`, …) or any invalid calculator input.
 * @example
 * ```ts
 * const spec = etlEltBreakEvenVsRateChart({ ...etlVsEltBookInputs, markRate: 150 });
 * JSON.stringify(spec).includes("$1,632/h") // true
 * ```
 */
export function etlEltBreakEvenVsRateChart(
  input: Omit<EtlEltScenario, "engineerHourlyRate"> &
    EtlEltChartTitles & { readonly rateRange?: readonly [number, number]; readonly markRate?: Amount<"moneyRate"> },
): TopLevelSpec {
  const fn = "etlEltBreakEvenVsRateChart";
  const check = validatorFor(fn);
  const [low, high] = readRange(fn, "rateRange", input.rateRange, [25, 2000], (name, v) => check.positive(name, v));
  const markRate = input.markRate === undefined ? undefined : readAmount(fn, "markRate", input.markRate, "USD/h", "positive").to("USD/h");
  const scenario = withoutChartKeys(input, ["rateRange", "markRate"]);
  const at = (rate: number) => etlVsEltBreakEven({ ...scenario, engineerHourlyRate: rate });
  const title = input.title ?? "Break-even schema-change frequency vs engineer-hour price";
  const probe = at(low);
  if (probe.schemaChangesPerMonth === null || probe.schemaChangesPerMonth === 0) {
    const why =
      probe.schemaChangesPerMonth === 0
        ? "Both pipelines cost the same before engineering, so the break-even is 0 changes/month at every rate."
        : probe.eltWins === "always"
          ? "No break-even: ELT is cheaper at every rate and schema-change frequency."
          : "No break-even: ETL is never more expensive, at any rate or schema-change frequency.";
    return messageChart(fn, title, input.subtitle ?? "nothing to plot for these inputs", why);
  }
  const data = logSteps(low, high, 41).map((rate) => ({ rate, changes: at(rate).schemaChangesPerMonth as number }));
  const lowest = Math.min(...data.map((d) => d.changes));
  const highest = Math.max(...data.map((d) => d.changes));
  const side = probe.eltWins === "aboveBreakEven" ? "ELT is cheaper above the curve, ETL below it" : "ELT is cheaper below the curve, ETL above it";
  const base = lineChart({
    data,
    x: "rate",
    y: "changes",
    title,
    subtitle: input.subtitle ?? `gap before engineering ${probe.monthlyGapBeforeEngineering.format()} · ${side}`,
    xTitle: "Engineer-hour price (USD/h, log)",
    yTitle: "Break-even changes (per month, log)",
    xScale: "log",
    yScale: "log",
    xFormat: "$,.0f",
    xDomain: [low, high],
    yDomain: [Math.min(lowest, 1) / 1.5, Math.max(highest, WEEKLY) * 1.5],
  });
  const layers: ChartLayer[] = [
    ruleLayer({ y: 1, label: "once a month", labelAt: "start" }),
    ruleLayer({ y: WEEKLY, label: `once a week (${formatNumber(WEEKLY)}/month)`, labelAt: "start" }),
  ];
  const crossings = [1, WEEKLY].flatMap((changes) => {
    const rate = etlVsEltBreakEvenHourlyRate({ ...scenario, schemaChangesPerMonth: changes });
    const usdPerHour = rate?.to("USD/h");
    return usdPerHour !== undefined && usdPerHour >= low && usdPerHour <= high
      ? [{ x: usdPerHour, y: changes, label: `${rate?.format()}` }]
      : [];
  });
  if (markRate !== undefined) {
    const n = at(markRate).schemaChangesPerMonth as number;
    layers.push(ruleLayer({ x: markRate, label: `assumed ${q(markRate, "USD/h").format()}`, labelAt: "start" }));
    crossings.push({ x: markRate, y: n, label: `${formatNumber(n)} changes/month` });
  }
  if (crossings.length > 0) layers.push(pointLayer({ points: crossings }));
  return layerChart(base, ...layers);
}

/** True when `value` has ETL and ELT monthly costs as {@link etlVsEltCost} returns them. */
function isEtlVsEltResult(value: unknown): value is EtlVsEltResult {
  const parts = ["storage", "transformCompute", "queries", "engineering", "total"] as const;
  const isPipeline = (p: unknown): boolean =>
    p !== null && typeof p === "object" && parts.every((k) => isQuantity((p as Record<string, unknown>)[k]));
  return value !== null && typeof value === "object" && isPipeline((value as EtlVsEltResult).etl) && isPipeline((value as EtlVsEltResult).elt);
}

/**
 * Stacked bars of what each pipeline's monthly bill is made of: storage, transform
 * compute (ETL's Spark), warehouse queries (ELT) and engineering time for schema
 * changes, with each bar's total printed above it.
 *
 * Why: the book compares storage alone ("ETL saves $6,762/month", seed 004 L6330); the
 * bars show the Spark bill ($1,500/month) and the queries ($450/month) that comparison
 * leaves out, and how large engineering has to grow to close the gap.
 *
 * @param result - a result of {@link etlVsEltCost} (or `etlVsEltExample.compute().atOneChangePerMonth`).
 * @param options - optional `title` / `subtitle` (default subtitle: which pipeline is cheaper and by how much).
 * @throws InvalidParameterError when `result` is not an {@link etlVsEltCost} result.
 * @example
 * ```ts
 * const r = etlVsEltCost({ ...etlVsEltBookInputs, engineerHourlyRate: 150, schemaChangesPerMonth: 1 });
 * etlEltCostBreakdownChart(r).title
 * // { text: "What the monthly bill is made of", subtitle: "ETL is cheaper by $5,187/month" }
 * ```
 */
export function etlEltCostBreakdownChart(result: EtlVsEltResult, options: EtlEltChartTitles = {}): TopLevelSpec {
  const fn = "etlEltCostBreakdownChart";
  if (!isEtlVsEltResult(result)) validatorFor(fn).fail("result", result, "a result of etlVsEltCost (with etl and elt monthly costs)");
  const components = [
    ["storage", "storage"],
    ["Spark transform", "transformCompute"],
    ["queries", "queries"],
    ["engineering", "engineering"],
  ] as const;
  const data = (
    [
      ["ETL", result.etl],
      ["ELT", result.elt],
    ] as const
  ).flatMap(([pipeline, cost]) => components.map(([component, key]) => ({ pipeline, component, usdPerMonth: usd(cost, key) })));
  const difference = result.totalDifference.to("USD/month");
  const verdict =
    result.cheaper === "equal"
      ? "both cost the same"
      : `${result.cheaper.toUpperCase()} is cheaper by ${formatMoney(Math.abs(difference))}/month`;
  const base = barChart({
    data,
    category: "pipeline",
    value: "usdPerMonth",
    series: "component",
    title: options.title ?? "What the monthly bill is made of",
    subtitle: options.subtitle ?? verdict,
    categoryTitle: "Pipeline",
    valueTitle: "Monthly cost (USD/month)",
    seriesTitle: "Component",
    valueFormat: "$,.0f",
    width: 360,
  });
  const totals: ChartLayer = {
    data: {
      values: [
        { pipeline: "ETL", usdPerMonth: usd(result.etl, "total"), label: `${formatMoney(usd(result.etl, "total"))}/month` },
        { pipeline: "ELT", usdPerMonth: usd(result.elt, "total"), label: `${formatMoney(usd(result.elt, "total"))}/month` },
      ],
    },
    mark: { type: "text", baseline: "bottom", dy: -4, fontWeight: 600, color: "#333333" },
    encoding: {
      x: { field: "pipeline", type: "nominal", sort: null },
      y: { field: "usdPerMonth", type: "quantitative" },
      text: { field: "label", type: "nominal" },
    },
  };
  return layerChart(base, totals);
}

/**
 * Monthly total cost of ETL and ELT against how long ELT keeps the raw data
 * (`retentionDays`), at the scenario's schema-change frequency and engineer rate.
 *
 * ELT's storage grows linearly with retention: `dailyRawTb · retentionDays ·
 * storagePricePerTbMonth` (300 TB = $6,900/month at the book's 30 days, seed 004
 * L6319); ETL's bill does not depend on it. A rule marks the scenario's own retention
 * with ELT's total there; a second, unlabelled rule marks the retention below which
 * ELT is the cheaper pipeline, and the subtitle gives its value.
 *
 * @param input - the full calculator input (`retentionDays` is the marked value), plus
 *   `retentionRange` (`[min, max]` days, both ≥ 0, default [7, 365]) and optional titles.
 * @throws InvalidParameterError for a bad `retentionRange` or any invalid calculator input.
 * @example
 * ```ts
 * const spec = etlEltCostVsRetentionChart({ ...etlVsEltBookInputs, engineerHourlyRate: 150, schemaChangesPerMonth: 1 });
 * JSON.stringify(spec).includes("retention 30 days") // true
 * ```
 */
export function etlEltCostVsRetentionChart(
  input: EtlVsEltInput & EtlEltChartTitles & { readonly retentionRange?: readonly [number, number] },
): TopLevelSpec {
  const fn = "etlEltCostVsRetentionChart";
  const check = validatorFor(fn);
  const [low, high] = readRange(fn, "retentionRange", input.retentionRange, [7, 365], (name, v) => check.nonNegative(name, v));
  const { retentionRange: _range, title: _title, subtitle: _subtitle, ...calcInput } = input;
  const current = etlVsEltCost(calcInput);
  const days = readAmount(fn, "retentionDays", input.retentionDays, "day", "nonNegative").to("day");
  const changes = readAmount(fn, "schemaChangesPerMonth", input.schemaChangesPerMonth, "1/month", "nonNegative").to("1/month");
  const at = (retentionDays: number) => etlVsEltCost({ ...calcInput, retentionDays });
  const data = steps(low, high, 41).flatMap((retention) => {
    const r = at(retention);
    return [
      { days: retention, usdPerMonth: usd(r.etl, "total"), pipeline: ETL },
      { days: retention, usdPerMonth: usd(r.elt, "total"), pipeline: ELT },
    ];
  });
  // ELT − ETL is linear in retention: solve for the retention where it is zero.
  const d0 = at(0).totalDifference.to("USD/month");
  const slope = at(1).totalDifference.to("USD/month") - d0;
  const crossing = slope > 0 && d0 < 0 ? -d0 / slope : null;
  const verdict =
    crossing !== null
      ? `ELT is cheaper below ${formatNumber(crossing)} days of retention`
      : d0 >= 0
        ? "ETL is cheaper at any retention"
        : "ELT is cheaper at any retention";
  const base = lineChart({
    data,
    x: "days",
    y: "usdPerMonth",
    series: "pipeline",
    title: input.title ?? "Monthly cost vs raw-data retention in ELT",
    subtitle: input.subtitle ?? `${formatCompact(changes)} schema changes/month · ${assumptionLine(fn, calcInput)} · ${verdict}`,
    xTitle: "Raw-data retention (days)",
    yTitle: "Monthly cost (USD/month)",
    seriesTitle: "Pipeline",
    yFormat: "$,.0f",
    xDomain: [low, high],
  });
  const layers: ChartLayer[] = [];
  if (days >= low && days <= high) {
    const eltTotal = usd(current.elt, "total");
    layers.push(ruleLayer({ x: days, label: `retention ${formatCompact(days)} days` }));
    layers.push(pointLayer({ points: [{ x: days, y: eltTotal, label: `ELT ${current.elt.total.format()}` }] }));
  }
  if (crossing !== null && crossing >= low && crossing <= high) layers.push(ruleLayer({ x: crossing }));
  return layers.length ? layerChart(base, ...layers) : base;
}
