/**
 * Charts of a drift report (book Ch 14 monitoring, seed L34729, L36272; bands L4953):
 * reference vs current distribution of a feature, PSI per window against the
 * 0.1 / 0.2 bands, and the two empirical CDFs with the Kolmogorov–Smirnov gap.
 * Every chart aggregates in TypeScript first, so a spec holds at most a few hundred rows.
 */
import type { TopLevelSpec } from "vega-lite";
import { driftReport, type DriftColumnReport } from "../drift/drift-report";
import type { PsiSeriesPoint, RollingDriftReport } from "../drift/drift-report-rolling";
import type { DriftDistribution } from "../drift/drift-column";
import { ks2samp } from "../drift/ks-2samp";
import { validatorFor } from "../util/validate";
import { bandLayer } from "./band-layer";
import { barChart } from "./bar-chart";
import { chartFrame, type ChartFrameOptions } from "./chart-frame";
import type { ChartLayer } from "./chart-layer";
import { layerChart } from "./layer-chart";
import { ruleLayer } from "./rule-layer";
import { ANNOTATION_COLOR, CATEGORY_COLORS, HIGHLIGHT_COLOR } from "./theme";

const REFERENCE = "reference";
const CURRENT = "current";
const SAMPLE_COLORS = [CATEGORY_COLORS[0], CATEGORY_COLORS[1]];

type Titles = Partial<Pick<ChartFrameOptions, "title" | "subtitle" | "width" | "height">>;

/** Options of {@link featureDistributionChart}: a column of a drift report, or two raw samples. */
export type FeatureDistributionChartOptions = Titles &
  (
    | { readonly column: DriftColumnReport; readonly feature?: never; readonly reference?: never; readonly current?: never }
    | {
        readonly column?: never;
        /** Feature name for the title. */
        readonly feature: string;
        /** Reference sample: numbers (binned into 20 equal-width bins) or category labels. */
        readonly reference: ArrayLike<number> | ArrayLike<string | boolean>;
        /** Current sample, same kind. */
        readonly current: ArrayLike<number> | ArrayLike<string | boolean>;
      }
  );

const pct = (x: number): number => Number(x.toPrecision(12));

/**
 * Reference vs current distribution of one feature: overlaid histograms (share of
 * each sample per bin, 20 equal-width bins over the combined range) for numeric
 * features, grouped bars of each category's share for categorical ones (at most 20;
 * the rest summed as "(other)"). Pass a column of a {@link driftReport} (its
 * `distribution`) or the two raw samples (aggregated here through the same report).
 *
 * x: the feature's values (or categories); y: share of the sample (0–1, shown in %).
 *
 * @returns a Vega-Lite v5 spec
 * @throws InvalidParameterError for a missing feature name or samples that
 *   {@link driftReport} rejects (named as it names them)
 * @example
 * ```ts
 * const spec = featureDistributionChart({ feature: "age", reference: [30, 31, 35, 40], current: [44, 45, 47, 52, 60, 61] });
 * spec.title; // { text: "age: reference vs current", subtitle: "numeric · ks · drifted (p = 0.0095)" }
 * ```
 */
export function featureDistributionChart(options: FeatureDistributionChartOptions): TopLevelSpec {
  const fn = "featureDistributionChart";
  const check = validatorFor(fn);
  let column: DriftColumnReport;
  if (options.column !== undefined) {
    column = options.column;
    if (column === null || typeof column !== "object" || typeof column.distribution !== "object") {
      check.fail("column", column, "a column of a driftReport result");
    }
  } else {
    if (typeof options.feature !== "string" || options.feature === "") check.fail("feature", options.feature, "a non-empty feature name");
    column = driftReport({ [options.feature]: options.reference as ArrayLike<number> }, { [options.feature]: options.current as ArrayLike<number> }).columns[0];
  }
  const d: DriftDistribution = column.distribution;
  const title = options.title ?? `${column.name}: reference vs current`;
  const subtitle = options.subtitle ?? verdictLine(column);
  if (d.type === "categories") {
    const cats = d.categories as readonly string[];
    const data = cats.flatMap((category, i) => [
      { category, share: pct(d.reference[i]), sample: REFERENCE },
      { category, share: pct(d.current[i]), sample: CURRENT },
    ]);
    return barChart({
      data, category: "category", value: "share", series: "sample", layout: "grouped",
      title, subtitle, categoryTitle: column.name, valueTitle: "Share of sample", seriesTitle: "Sample", valueFormat: ".0%",
      ...(options.width ? { width: options.width } : {}), ...(options.height ? { height: options.height } : {}),
    });
  }
  const edges = d.edges as readonly number[];
  const values = edges.slice(0, -1).flatMap((lo, i) => [
    { lo, hi: edges[i + 1], share: pct(d.reference[i]), sample: REFERENCE },
    { lo, hi: edges[i + 1], share: pct(d.current[i]), sample: CURRENT },
  ]);
  const frame = chartFrame(fn, { title, subtitle, width: options.width, height: options.height });
  return {
    ...frame,
    data: { values },
    mark: { type: "bar", opacity: 0.55, binSpacing: 0 },
    encoding: {
      x: { field: "lo", type: "quantitative", title: column.name, bin: { binned: true }, scale: { zero: false } },
      x2: { field: "hi" },
      y: { field: "share", type: "quantitative", title: "Share of sample", axis: { format: ".0%" }, stack: null },
      color: { field: "sample", type: "nominal", title: "Sample", scale: { domain: [REFERENCE, CURRENT], range: SAMPLE_COLORS } },
      tooltip: [
        { field: "sample", type: "nominal", title: "Sample" },
        { field: "lo", type: "quantitative", title: "from", format: ",.4~g" },
        { field: "hi", type: "quantitative", title: "to", format: ",.4~g" },
        { field: "share", type: "quantitative", title: "share", format: ".2%" },
      ],
    },
  } as TopLevelSpec;
}

function verdictLine(c: DriftColumnReport): string {
  const value = c.pvalue !== null
    ? `p = ${formatSmall(c.pvalueAdjusted ?? c.pvalue)}`
    : `${c.test} = ${formatSmall(c.statistic)}`;
  return `${c.kind} · ${c.test} · ${c.drifted ? "drifted" : "no drift"} (${value})`;
}

function formatSmall(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x !== 0 && Math.abs(x) < 1e-3) return x.toExponential(1);
  return String(Number(x.toPrecision(2)));
}

/** Options of {@link psiOverTimeChart}. */
export type PsiOverTimeChartOptions = Titles & {
  /** A rolling report, or its `psiSeries`. */
  readonly series: RollingDriftReport | readonly PsiSeriesPoint[];
  /** Columns to draw (default: all, in series order). */
  readonly columns?: readonly string[];
};

/**
 * PSI of each feature per time window, one line per feature, over the book's bands:
 * below 0.1 stable, 0.1–0.2 moderate drift (shaded), above 0.2 significant drift
 * (shaded darker; the book's alert level, Table 14.16, seed L36226–L36259; bands
 * seed L4953). x: window start (UTC time); y: PSI (dimensionless).
 *
 * @returns a layered Vega-Lite v5 spec
 * @throws InvalidParameterError for an empty series, an unknown column, or more
 *   rows than a chart may inline (5,000; use fewer columns or longer windows)
 * @example
 * ```ts
 * const spec = psiOverTimeChart({ series: [
 *   { column: "age", start: 0, end: 86_400_000, psi: 0.02, band: "stable" },
 *   { column: "age", start: 86_400_000, end: 172_800_000, psi: 0.26, band: "significant" },
 * ] });
 * spec.layer.length; // 5 (two bands, the lines, two rules)
 * ```
 */
export function psiOverTimeChart(options: PsiOverTimeChartOptions): TopLevelSpec {
  const fn = "psiOverTimeChart";
  const check = validatorFor(fn);
  const series = options.series;
  const points = (Array.isArray(series) ? series : (series as RollingDriftReport | null)?.psiSeries) as readonly PsiSeriesPoint[];
  if (!Array.isArray(points) || points.length === 0) check.fail("series", series, "a rolling drift report or a non-empty PSI series");
  const rows: PsiSeriesPoint[] = Array.from(points);
  const known = [...new Set(rows.map((p) => p.column))];
  const wanted = options.columns ?? known;
  wanted.forEach((c, i) => {
    if (!known.includes(c)) check.fail(`columns[${i}]`, c, `a column of the series (${known.join(", ")})`);
  });
  const values = rows
    .filter((p) => wanted.includes(p.column))
    .map((p, i) => ({ time: check.finite(`series[${i}].start`, p.start), psi: check.finite(`series[${i}].psi`, p.psi), feature: p.column, band: p.band }));
  if (values.length > 5000) check.fail("series", `${values.length} points`, "at most 5000 points (fewer columns or longer windows)");
  const top = Math.max(0.3, ...values.map((v) => v.psi)) * 1.05;
  const frame = chartFrame(fn, {
    title: options.title ?? "PSI per window",
    subtitle: options.subtitle ?? "bands: < 0.1 stable · 0.1–0.2 moderate · > 0.2 significant (book Eq. 14.12)",
    width: options.width,
    height: options.height,
  });
  const base = {
    ...frame,
    data: { values },
    mark: { type: "line", point: true },
    encoding: {
      x: { field: "time", type: "temporal", title: "Window start (UTC)", axis: { format: "%b %d %H:%M" }, scale: { type: "utc" } },
      y: { field: "psi", type: "quantitative", title: "PSI", scale: { domain: [0, Number(top.toPrecision(3))], nice: false } },
      color: { field: "feature", type: "nominal", title: "Feature", scale: { domain: wanted as string[] } },
      tooltip: [
        { field: "feature", type: "nominal", title: "Feature" },
        { field: "time", type: "temporal", title: "Window start (UTC)", format: "%Y-%m-%d %H:%M", scale: { type: "utc" } },
        { field: "psi", type: "quantitative", title: "PSI", format: ".3f" },
        { field: "band", type: "nominal", title: "Band" },
      ],
    },
  } as unknown as TopLevelSpec;
  return layerChart(
    base,
    bandLayer({ axis: "y", from: 0.1, to: 0.2, label: "moderate", color: "#E69F00", opacity: 0.15 }),
    bandLayer({ axis: "y", from: 0.2, to: Number(top.toPrecision(3)), label: "significant", color: HIGHLIGHT_COLOR, opacity: 0.12 }),
    ruleLayer({ y: 0.1, label: "PSI 0.1", labelAt: "start" }),
    ruleLayer({ y: 0.2, label: "PSI 0.2 alert", labelAt: "start" }),
  );
}

/** Options of {@link ksCdfGapChart}. */
export type KsCdfGapChartOptions = Titles & {
  /** Feature name for the title and x axis. */
  readonly feature: string;
  /** Reference sample (finite numbers). */
  readonly reference: ArrayLike<number>;
  /** Current sample (finite numbers). */
  readonly current: ArrayLike<number>;
  /** Points of the evaluation grid (integer 10–2000, default 200). */
  readonly gridPoints?: number;
};

function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The two empirical CDFs, F_ref(x) = share of reference values ≤ x and F_cur(x), as
 * step lines on an even grid over the combined range (plus the gap's location), with
 * the Kolmogorov–Smirnov statistic D = max |F_ref − F_cur| marked by a vertical
 * segment where it occurs ({@link ks2samp}'s `statisticLocation`). The book's drift
 * check alerts at D > 0.1 (Listing 14.2, seed L34729).
 *
 * @returns a layered Vega-Lite v5 spec
 * @throws InvalidParameterError for an empty feature name, a sample {@link ks2samp}
 *   rejects (empty, NaN, ±Infinity), or a bad gridPoints
 * @example
 * ```ts
 * const spec = ksCdfGapChart({ feature: "x", reference: [1, 2, 3, 4], current: [3, 4, 5, 6] });
 * spec.title; // { text: "x: empirical CDFs", subtitle: "KS D = 0.5 at x = 2 (p = 0.77)" }
 * ```
 */
export function ksCdfGapChart(options: KsCdfGapChartOptions): TopLevelSpec {
  const fn = "ksCdfGapChart";
  const check = validatorFor(fn);
  if (typeof options.feature !== "string" || options.feature === "") check.fail("feature", options.feature, "a non-empty feature name");
  const grid = check.integer("gridPoints", options.gridPoints ?? 200, 10);
  if (grid > 2000) check.fail("gridPoints", grid, "an integer in [10, 2000]");
  const ks = ks2samp(options.reference, options.current);
  const ref = Float64Array.from(options.reference).sort();
  const cur = Float64Array.from(options.current).sort();
  const lo = Math.min(ref[0], cur[0]);
  const hi = Math.max(ref[ref.length - 1], cur[cur.length - 1]);
  const xs = new Set<number>();
  for (let i = 0; i < grid; i++) xs.add(hi > lo ? lo + ((hi - lo) * i) / (grid - 1) : lo);
  xs.add(ks.statisticLocation);
  const sortedXs = [...xs].sort((a, b) => a - b);
  const values = sortedXs.flatMap((x) => [
    { x, cdf: upperBound(ref, x) / ref.length, sample: REFERENCE },
    { x, cdf: upperBound(cur, x) / cur.length, sample: CURRENT },
  ]);
  const at = ks.statisticLocation;
  const fRef = upperBound(ref, at) / ref.length;
  const fCur = upperBound(cur, at) / cur.length;
  const frame = chartFrame(fn, {
    title: options.title ?? `${options.feature}: empirical CDFs`,
    subtitle: options.subtitle ?? `KS D = ${formatSmall(ks.statistic)} at ${options.feature} = ${formatSmall(at)} (p = ${formatSmall(ks.pvalue)})`,
    width: options.width,
    height: options.height,
  });
  const base = {
    ...frame,
    data: { values },
    mark: { type: "line", interpolate: "step-after" },
    encoding: {
      x: { field: "x", type: "quantitative", title: options.feature, scale: { zero: false } },
      y: { field: "cdf", type: "quantitative", title: "Cumulative share ≤ x", scale: { domain: [0, 1] } },
      color: { field: "sample", type: "nominal", title: "Sample", scale: { domain: [REFERENCE, CURRENT], range: SAMPLE_COLORS } },
      tooltip: [
        { field: "sample", type: "nominal", title: "Sample" },
        { field: "x", type: "quantitative", title: options.feature, format: ",.4~g" },
        { field: "cdf", type: "quantitative", title: "F(x)", format: ".3f" },
      ],
    },
  } as unknown as TopLevelSpec;
  const gap: ChartLayer = {
    data: { values: [{ x: at, y: Math.min(fRef, fCur), y2: Math.max(fRef, fCur), label: `D = ${formatSmall(ks.statistic)}` }] },
    layer: [
      {
        mark: { type: "rule", color: HIGHLIGHT_COLOR, strokeWidth: 3 },
        encoding: { x: { field: "x", type: "quantitative" }, y: { field: "y", type: "quantitative" }, y2: { field: "y2" } },
      },
      {
        mark: { type: "text", color: ANNOTATION_COLOR, align: "left", dx: 6, fontSize: 12 },
        encoding: {
          x: { field: "x", type: "quantitative" },
          y: { field: "mid", type: "quantitative" },
          text: { field: "label", type: "nominal" },
        },
        transform: [{ calculate: "(datum.y + datum.y2) / 2", as: "mid" }],
      },
    ],
  } as ChartLayer;
  return layerChart(base, gap);
}
