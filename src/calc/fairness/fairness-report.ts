/**
 * Metrics by group with bootstrap confidence intervals, in the spirit of Fairlearn's
 * `MetricFrame(..., n_boot=…, ci_quantiles=…)`: one row per group (selection rate, TPR,
 * FPR, precision, accuracy, and calibration when scores are given), the gaps between
 * groups, and the book's disparity bounds as flags (Chapter 15, seed 004 L38254–L38727).
 * `show()` renders the report as a table.
 */
import { binomial } from "../../random/binomial";
import { integers } from "../../random/integers";
import { streamFor } from "../../random/stream-for";
import { validatorFor } from "../../util/validate";
import { binEdges, binOf, calibrationFrom } from "./calibration";
import { ratesOf, type ConfusionCounts, type ConfusionRates } from "./confusion-rates";
import { fairnessFlags, type FairnessFlag, type FairnessThresholds } from "./fairness-flags";
import { metricsOf, pooledCounts, type FairnessMetrics } from "./fairness-metrics";
import { cellOf, countsOf, readBinary, readGroups, readScores, requireBothClasses, type BinaryArray, type GroupArray } from "./group-arrays";

/** Most bootstrap resamples. */
const MAX_RESAMPLES = 100_000;
/** Most row draws the calibration bootstrap makes (resamples × rows). */
const MAX_ROW_DRAWS = 200_000_000;

/** Input of {@link fairnessReport}. */
export interface FairnessReportInput {
  /** True outcome per row: 1 = positive (repaid, qualified), 0 = negative. Numbers 0/1 or booleans. */
  readonly yTrue: BinaryArray;
  /** Decision per row: 1 = favourable (approved), 0 = not; same length. */
  readonly yPred: BinaryArray;
  /** Group per row (a name or a number), same length; at least two groups, at most 1,000. */
  readonly group: GroupArray;
  /** Optional scores in [0, 1] per row: adds calibration (ECE) by group. */
  readonly scores?: ArrayLike<number>;
  /** Calibration bins (with scores), 1–1000; default 10. */
  readonly bins?: number;
  /** Confidence level of the intervals, in (0, 1); default 0.95 (quantiles 0.025 and 0.975). */
  readonly confidence?: number;
  /** Bootstrap resamples B, an integer in [0, 100,000]; default 1,000. 0 gives point estimates only (low = high = value). */
  readonly resamples?: number;
  /** Seed of the resampling stream, an integer in [0, 2^53); default 0. */
  readonly seed?: number;
  /** Disparity bounds for the flags; defaults to the book's (see {@link BOOK_FAIRNESS_THRESHOLDS}). */
  readonly thresholds?: Partial<FairnessThresholds>;
}

/** A point estimate with its percentile-bootstrap interval. */
export interface Estimate {
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

/** One group's row of a {@link FairnessReport}. */
export interface FairnessReportGroup {
  readonly group: string;
  /** Rows in the group. */
  readonly n: number;
  readonly counts: ConfusionCounts;
  /** Share of positives (fixed by the resampling design, so without an interval). */
  readonly baseRate: number;
  readonly selectionRate: Estimate;
  readonly tpr: Estimate;
  readonly fpr: Estimate;
  /** `null` when the group has no predicted positive. */
  readonly precision: Estimate | null;
  readonly accuracy: Estimate;
  /** Expected calibration error of the scores within the group (only with scores). */
  readonly ece?: Estimate;
}

/** Gaps between groups, each with its interval. */
export interface FairnessReportGaps {
  readonly demographicParityDifference: Estimate;
  readonly demographicParityRatio: Estimate;
  readonly equalOpportunityDifference: Estimate;
  readonly fprDifference: Estimate;
  readonly equalizedOddsDifference: Estimate;
  /** `null` when some group has no predicted positive. */
  readonly predictiveParityDifference: Estimate | null;
  /** `null` when one group makes no error and another does. */
  readonly errorRateRatio: Estimate | null;
  /** max − min of the groups' ECE (only with scores). */
  readonly eceDifference?: Estimate;
}

/** Result of {@link fairnessReport}; `show(report)` renders it. */
export interface FairnessReport {
  readonly kind: "fairnessReport";
  /** One row per group, in order of first appearance. */
  readonly groups: readonly FairnessReportGroup[];
  /** All rows pooled. */
  readonly overall: ConfusionRates;
  /** Point estimates of every group metric and gap (as {@link fairnessMetrics} returns them). */
  readonly metrics: FairnessMetrics;
  readonly gaps: FairnessReportGaps;
  /** The book's disparity bounds (or yours) checked on the point estimates. */
  readonly flags: readonly FairnessFlag[];
  readonly confidence: number;
  readonly resamples: number;
  readonly seed: number;
}

/** numpy.quantile's default ("linear") interpolation on sorted values. @internal */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Collects bootstrap replicates of one statistic (undefined replicates are skipped). */
class Replicates {
  private readonly values: number[] = [];
  add(value: number | null | undefined): void {
    if (value !== null && value !== undefined && Number.isFinite(value)) this.values.push(value);
  }
  estimate(value: number, confidence: number): Estimate {
    if (this.values.length === 0) return Object.freeze({ value, low: value, high: value });
    const sorted = Float64Array.from(this.values).sort();
    const tail = (1 - confidence) / 2;
    return Object.freeze({ value, low: quantileSorted(sorted, tail), high: quantileSorted(sorted, 1 - tail) });
  }
}

/**
 * Fairness metrics by group with percentile-bootstrap confidence intervals, the gaps
 * between groups, and flags for the book's disparity bounds.
 *
 * Point estimates are exactly Fairlearn's: `MetricFrame(metrics={selection_rate,
 * true_positive_rate, false_positive_rate, precision, accuracy}, sensitive_features=group)`
 * with `difference()` / `ratio()` between groups, and `demographic_parity_difference`,
 * `equalized_odds_difference` (worst case), `equal_opportunity_difference` (see
 * {@link fairnessMetrics}).
 *
 * Intervals: B replicates; each resamples, with replacement, the positives and the
 * negatives of every group separately (a stratified bootstrap), so each replicate
 * keeps every group's size and base rate and TPR and FPR are always defined. Resampling
 * the m rows of one (group, label) cell and counting its approvals draws Binomial(m, p̂),
 * which is what the confusion-based metrics use; calibration resamples the rows
 * themselves. The interval is the (1 − c)/2 and (1 + c)/2 quantiles of the replicates
 * with numpy's linear interpolation. Fairlearn instead resamples all rows together, so
 * its intervals for selection rate and accuracy also carry the sampling noise of the base
 * rate and are somewhat wider. Replicates where a metric is undefined (a precision with
 * no approvals) are skipped for that metric. Same seed, same intervals.
 *
 * Cost: O(n) to tally, O(B·groups) for the confusion metrics, O(B·n) for calibration
 * (at most 2·10⁸ row draws).
 *
 * @throws InvalidParameterError for arrays of different lengths or with labels other
 *   than 0/1, fewer than two groups, a group without positives or without negatives,
 *   scores outside [0, 1], a confidence outside (0, 1), resamples outside
 *   [0, 100,000], too many calibration draws, a bad seed or threshold.
 * @example
 * ```ts
 * const r = fairnessReport({
 *   yTrue: [1, 1, 0, 0, 1, 1, 0, 0], yPred: [1, 1, 1, 0, 1, 0, 0, 0],
 *   group: ["A", "A", "A", "A", "B", "B", "B", "B"], resamples: 200, seed: 1,
 * });
 * r.groups.map((g) => g.selectionRate.value) // [0.75, 0.25]
 * r.gaps.equalOpportunityDifference.value    // 0.5
 * ```
 */
export function fairnessReport(input: FairnessReportInput): FairnessReport {
  const fn = "fairnessReport";
  const check = validatorFor(fn);
  const options = check.options("input", input, ["yTrue", "yPred", "group", "scores", "bins", "confidence", "resamples", "seed", "thresholds"]);
  const truth = readBinary(fn, "yTrue", options.yTrue);
  const n = truth.length;
  const prediction = readBinary(fn, "yPred", options.yPred, n);
  const groups = readGroups(fn, "group", options.group, n);
  const scores = options.scores === undefined ? undefined : readScores(fn, "scores", options.scores, n);
  const confidence = check.probability("confidence", options.confidence ?? 0.95);
  if (confidence === 0 || confidence === 1) check.fail("confidence", confidence, "a confidence level in (0, 1)");
  const resamples = check.integer("resamples", options.resamples ?? 1000, 0);
  if (resamples > MAX_RESAMPLES) check.fail("resamples", resamples, `an integer in [0, ${MAX_RESAMPLES}]`);
  const seed = options.seed ?? 0;
  if (!Number.isSafeInteger(seed) || seed < 0) check.fail("seed", seed, "an integer in [0, 2^53)");
  const bins = check.integer("bins", options.bins ?? 10, 1);
  if (bins > 1000) check.fail("bins", bins, "an integer in [1, 1000]");
  if (scores && resamples * n > MAX_ROW_DRAWS) check.fail("resamples", resamples, `at most ${Math.floor(MAX_ROW_DRAWS / n)} resamples for ${n} rows with scores (resamples × rows ≤ 2e8)`);
  const k = groups.names.length;
  if (k < 2) check.fail("group", `1 group (${JSON.stringify(groups.names[0])})`, "at least two groups");

  const cells = new Float64Array(4 * k);
  for (let i = 0; i < n; i++) cells[4 * groups.codes[i] + cellOf(truth[i], prediction[i])]++;
  const counts = Array.from({ length: k }, (_, g) => countsOf(cells, 4 * g));
  requireBothClasses(fn, groups.names, counts);
  const rates = counts.map(ratesOf);
  const metrics = metricsOf(groups.names, rates, ratesOf(pooledCounts(counts)));

  // Bootstrap of the confusion metrics: Binomial(P_g, TPR_g) approvals among the positives, Binomial(N_g, FPR_g) among the negatives.
  const source = streamFor(seed, "fairness/bootstrap");
  const tpDraws = counts.map((c) => binomial(source, new Int32Array(resamples), { n: c.tp + c.fn, p: c.tp / (c.tp + c.fn) }));
  const fpDraws = counts.map((c) => binomial(source, new Int32Array(resamples), { n: c.fp + c.tn, p: c.fp / (c.fp + c.tn) }));
  const perGroup = ["selectionRate", "tpr", "fpr", "precision", "accuracy"] as const;
  const groupReps = counts.map(() => Object.fromEntries(perGroup.map((m) => [m, new Replicates()])) as Record<(typeof perGroup)[number], Replicates>);
  const gapNames = ["demographicParityDifference", "demographicParityRatio", "equalOpportunityDifference", "fprDifference", "equalizedOddsDifference", "predictiveParityDifference", "errorRateRatio"] as const;
  const gapReps = Object.fromEntries(gapNames.map((m) => [m, new Replicates()])) as Record<(typeof gapNames)[number], Replicates>;
  const overall = metrics.overall;
  for (let b = 0; b < resamples; b++) {
    const replicate = counts.map((c, g) => ratesOf({ tp: tpDraws[g][b], fn: c.tp + c.fn - tpDraws[g][b], fp: fpDraws[g][b], tn: c.fp + c.tn - fpDraws[g][b] }));
    replicate.forEach((r, g) => perGroup.forEach((m) => groupReps[g][m].add(r[m])));
    const m = metricsOf(groups.names, replicate, overall);
    gapReps.demographicParityDifference.add(m.demographicParityDifference);
    gapReps.demographicParityRatio.add(m.demographicParityRatio);
    gapReps.equalOpportunityDifference.add(m.equalOpportunityDifference);
    gapReps.fprDifference.add(m.fpr.difference);
    gapReps.equalizedOddsDifference.add(m.equalizedOddsDifference);
    gapReps.predictiveParityDifference.add(m.predictiveParityDifference);
    gapReps.errorRateRatio.add(m.errorRateRatio);
  }

  const calibration = scores ? calibrationByGroup(source, truth, scores, groups.codes, k, bins, resamples, confidence) : undefined;
  const rows = groups.names.map((name, g): FairnessReportGroup => {
    const r = rates[g];
    const est = (m: (typeof perGroup)[number]) => groupReps[g][m].estimate(r[m] as number, confidence);
    return Object.freeze({
      group: name, n: r.n, counts: Object.freeze(counts[g]), baseRate: r.baseRate,
      selectionRate: est("selectionRate"), tpr: est("tpr"), fpr: est("fpr"),
      precision: r.precision === null ? null : est("precision"), accuracy: est("accuracy"),
      ...(calibration ? { ece: calibration.byGroup[g] } : {}),
    });
  });
  const gaps: FairnessReportGaps = Object.freeze({
    demographicParityDifference: gapReps.demographicParityDifference.estimate(metrics.demographicParityDifference, confidence),
    demographicParityRatio: gapReps.demographicParityRatio.estimate(metrics.demographicParityRatio, confidence),
    equalOpportunityDifference: gapReps.equalOpportunityDifference.estimate(metrics.equalOpportunityDifference, confidence),
    fprDifference: gapReps.fprDifference.estimate(metrics.fpr.difference, confidence),
    equalizedOddsDifference: gapReps.equalizedOddsDifference.estimate(metrics.equalizedOddsDifference, confidence),
    predictiveParityDifference: metrics.predictiveParityDifference === null ? null : gapReps.predictiveParityDifference.estimate(metrics.predictiveParityDifference, confidence),
    errorRateRatio: metrics.errorRateRatio === null ? null : gapReps.errorRateRatio.estimate(metrics.errorRateRatio, confidence),
    ...(calibration ? { eceDifference: calibration.difference } : {}),
  });
  return Object.freeze({
    kind: "fairnessReport" as const, groups: Object.freeze(rows), overall, metrics, gaps,
    flags: fairnessFlags(metrics, options.thresholds), confidence, resamples, seed,
  });
}

/** ECE per group and its spread, each with a bootstrap interval (rows resampled within each group's positives and negatives). */
function calibrationByGroup(
  source: ReturnType<typeof streamFor>, truth: Uint8Array, scores: Float64Array, codes: Int32Array, k: number, bins: number, resamples: number, confidence: number,
): { byGroup: Estimate[]; difference: Estimate } {
  const edges = binEdges(bins);
  const binOfRow = Int32Array.from(scores, (s) => binOf(s, edges));
  // Rows of each (group, label) cell, cell = 2·group + label.
  const sizes = new Int32Array(2 * k);
  for (let i = 0; i < truth.length; i++) sizes[2 * codes[i] + truth[i]]++;
  const members = Array.from(sizes, (size) => new Int32Array(size));
  const filled = new Int32Array(2 * k);
  for (let i = 0; i < truth.length; i++) {
    const cell = 2 * codes[i] + truth[i];
    members[cell][filled[cell]++] = i;
  }
  const count = new Float64Array(bins);
  const sum = new Float64Array(bins);
  const pos = new Float64Array(bins);
  const eceOf = (g: number, draws: Int32Array[] | undefined): number => {
    count.fill(0);
    sum.fill(0);
    pos.fill(0);
    for (const cell of [2 * g, 2 * g + 1]) {
      const rows = members[cell];
      const pick = draws?.[cell];
      for (let j = 0; j < rows.length; j++) {
        const i = rows[pick ? pick[j] : j];
        count[binOfRow[i]]++;
        sum[binOfRow[i]] += scores[i];
        pos[binOfRow[i]] += truth[i];
      }
    }
    return calibrationFrom(edges, count, sum, pos).ece;
  };
  const point = Array.from({ length: k }, (_, g) => eceOf(g, undefined));
  const reps = point.map(() => new Replicates());
  const spread = new Replicates();
  const draws = members.map((rows) => new Int32Array(rows.length));
  for (let b = 0; b < resamples; b++) {
    draws.forEach((d, cell) => d.length > 0 && integers(source, d, { high: members[cell].length }));
    const values = point.map((_, g) => eceOf(g, draws));
    values.forEach((v, g) => reps[g].add(v));
    spread.add(Math.max(...values) - Math.min(...values));
  }
  return {
    byGroup: point.map((v, g) => reps[g].estimate(v, confidence)),
    difference: spread.estimate(Math.max(...point) - Math.min(...point), confidence),
  };
}
