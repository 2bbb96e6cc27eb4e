/**
 * Decision thresholds and fairness (book Chapter 15, Fig. 15.1 "Fairness-accuracy
 * Pareto frontier" and Fig. 15.3, seed 004 L38192 and L38792; per-group thresholds
 * after Hardt, Price and Srebro 2016, L38815): how selection rate, TPR and FPR of each
 * group move with the threshold, the per-group thresholds that equalise TPR, and the
 * frontier of accuracy against disparity over all pairs of group thresholds.
 */
import { validatorFor } from "../../util/validate";
import { readBinary, readGroups, readScores, type BinaryArray, type GroupArray } from "./group-arrays";

/** Most thresholds of a sweep. */
const MAX_THRESHOLDS = 10_001;
/** Most thresholds per group in a frontier (pairs ≤ 1,002,001). */
const MAX_FRONTIER_THRESHOLDS = 1001;

/** Scores of one group, split by label and sorted ascending. */
interface SortedGroup {
  readonly positives: Float64Array;
  readonly negatives: Float64Array;
}

/** Count of values ≥ t in an ascending array. */
function atLeast(sorted: Float64Array, t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return sorted.length - lo;
}

function sortedGroups(fn: string, yTrue: BinaryArray, scores: ArrayLike<number>, group: GroupArray): { names: readonly string[]; groups: SortedGroup[]; n: number } {
  const truth = readBinary(fn, "yTrue", yTrue);
  const s = readScores(fn, "scores", scores, truth.length);
  const g = readGroups(fn, "group", group, truth.length);
  const k = g.names.length;
  if (k < 2) validatorFor(fn).fail("group", `1 group (${JSON.stringify(g.names[0])})`, "at least two groups");
  const lists = Array.from({ length: 2 * k }, () => [] as number[]);
  for (let i = 0; i < truth.length; i++) lists[2 * g.codes[i] + truth[i]].push(s[i]);
  const groups = g.names.map((name, j) => {
    const negatives = Float64Array.from(lists[2 * j]).sort();
    const positives = Float64Array.from(lists[2 * j + 1]).sort();
    if (positives.length === 0) validatorFor(fn).fail(`yTrue (group ${JSON.stringify(name)})`, "no positives", "every group with at least one truly positive member");
    if (negatives.length === 0) validatorFor(fn).fail(`yTrue (group ${JSON.stringify(name)})`, "no negatives", "every group with at least one truly negative member");
    return { positives, negatives };
  });
  return { names: g.names, groups, n: truth.length };
}

function readThresholds(fn: string, thresholds: readonly number[], max: number): readonly number[] {
  const check = validatorFor(fn);
  if (!Array.isArray(thresholds) || thresholds.length < 1 || thresholds.length > max) check.fail("thresholds", thresholds, `an array of 1 to ${max} thresholds in [0, 1]`);
  return thresholds.map((t, i) => check.probability(`thresholds[${i}]`, t));
}

/** One group at one threshold. */
export interface GroupAtThreshold {
  readonly group: string;
  /** Share approved (score ≥ threshold). */
  readonly selectionRate: number;
  readonly tpr: number;
  readonly fpr: number;
}

/** One threshold of {@link thresholdSweep}. */
export interface SweepPoint {
  readonly threshold: number;
  /** Accuracy over all rows when every group uses this threshold. */
  readonly accuracy: number;
  readonly groups: readonly GroupAtThreshold[];
  /** max − min TPR over the groups. */
  readonly tprDifference: number;
  /** max − min FPR over the groups. */
  readonly fprDifference: number;
  /** max − min selection rate over the groups. */
  readonly selectionRateDifference: number;
}

/** Input of {@link thresholdSweep}. */
export interface ThresholdSweepInput {
  readonly yTrue: BinaryArray;
  /** Scores in [0, 1]; a row is approved when score ≥ threshold. */
  readonly scores: ArrayLike<number>;
  readonly group: GroupArray;
  /** Thresholds to evaluate, 1 to 10,001 values in [0, 1]. */
  readonly thresholds: readonly number[];
}

function groupAt(name: string, g: SortedGroup, t: number): GroupAtThreshold & { tp: number; tn: number } {
  const tp = atLeast(g.positives, t);
  const fp = atLeast(g.negatives, t);
  const n = g.positives.length + g.negatives.length;
  return { group: name, selectionRate: (tp + fp) / n, tpr: tp / g.positives.length, fpr: fp / g.negatives.length, tp, tn: g.negatives.length - fp };
}

const spread = (values: number[]) => Math.max(...values) - Math.min(...values);

/**
 * Selection rate, TPR and FPR of every group, and the overall accuracy, at each
 * threshold when all groups share it ("approve when score ≥ t"). The book's Fig. 15.3
 * shows why one threshold over two score distributions treats the groups differently.
 *
 * Cost: O(n log n) to sort, O(thresholds · groups · log n) to sweep.
 *
 * @throws InvalidParameterError for arrays of different lengths, labels other than 0/1,
 *   scores outside [0, 1], fewer than two groups, a group without positives or
 *   negatives, or thresholds not in [0, 1] (1 to 10,001 of them).
 * @example
 * ```ts
 * const s = thresholdSweep({ yTrue: [1, 0, 1, 0], scores: [0.9, 0.4, 0.6, 0.2], group: ["A", "A", "B", "B"], thresholds: [0.5, 0.7] });
 * s.map((p) => p.tprDifference) // [0, 1]
 * ```
 */
export function thresholdSweep(input: ThresholdSweepInput): readonly SweepPoint[] {
  const fn = "thresholdSweep";
  const { yTrue, scores, group, thresholds } = validatorFor(fn).options("input", input, ["yTrue", "scores", "group", "thresholds"]);
  const data = sortedGroups(fn, yTrue, scores, group);
  return Object.freeze(readThresholds(fn, thresholds, MAX_THRESHOLDS).map((t) => {
    const rows = data.groups.map((g, j) => groupAt(data.names[j], g, t));
    const correct = rows.reduce((s, r) => s + r.tp + r.tn, 0);
    return Object.freeze({
      threshold: t,
      accuracy: correct / data.n,
      groups: Object.freeze(rows.map(({ group: name, selectionRate, tpr, fpr }) => Object.freeze({ group: name, selectionRate, tpr, fpr }))),
      tprDifference: spread(rows.map((r) => r.tpr)),
      fprDifference: spread(rows.map((r) => r.fpr)),
      selectionRateDifference: spread(rows.map((r) => r.selectionRate)),
    });
  }));
}

/** Input of {@link thresholdForTpr}. */
export interface ThresholdForTprInput {
  readonly yTrue: BinaryArray;
  readonly scores: ArrayLike<number>;
  /** The TPR to reach, in (0, 1]. */
  readonly targetTpr: number;
}

/**
 * The highest threshold at which at least `targetTpr` of the positives score at or
 * above it (approve when score ≥ threshold): the per-group threshold that equalises
 * true positive rates (equal opportunity by post-processing, book Chapter 15, L38815).
 * It is one of the positives' scores, so the achieved TPR is exact on this data.
 *
 * @throws InvalidParameterError for bad arrays (see {@link thresholdSweep}), no positives,
 *   or a target outside (0, 1].
 * @example
 * ```ts
 * const t = thresholdForTpr({ yTrue: [1, 1, 1, 1, 0], scores: [0.9, 0.8, 0.6, 0.3, 0.5], targetTpr: 0.75 });
 * t.threshold // 0.6
 * t.tpr       // 0.75
 * t.fpr       // 0
 * ```
 */
export function thresholdForTpr(input: ThresholdForTprInput): { readonly threshold: number; readonly tpr: number; readonly fpr: number } {
  const fn = "thresholdForTpr";
  const check = validatorFor(fn);
  const { yTrue, scores, targetTpr } = check.options("input", input, ["yTrue", "scores", "targetTpr"]);
  const truth = readBinary(fn, "yTrue", yTrue);
  const s = readScores(fn, "scores", scores, truth.length);
  const target = check.fraction("targetTpr", targetTpr);
  const positives = Float64Array.from(s.filter((_, i) => truth[i] === 1)).sort();
  const negatives = Float64Array.from(s.filter((_, i) => truth[i] === 0)).sort();
  if (positives.length === 0) check.fail("yTrue", "no positives", "at least one truly positive row");
  // Keeping the k highest positives approved reaches TPR k/P; the smallest k with k/P ≥ target (rounding guard for 0.75·4).
  const k = Math.min(positives.length, Math.ceil(target * positives.length - 1e-9));
  const threshold = positives[positives.length - k];
  return Object.freeze({
    threshold,
    tpr: atLeast(positives, threshold) / positives.length,
    fpr: negatives.length === 0 ? 0 : atLeast(negatives, threshold) / negatives.length,
  });
}

/** Disparity the frontier trades against accuracy. */
export type FrontierDisparity = "tpr" | "fpr" | "selectionRate" | "equalizedOdds";

/** Input of {@link fairnessFrontier}. */
export interface FairnessFrontierInput {
  readonly yTrue: BinaryArray;
  readonly scores: ArrayLike<number>;
  /** Exactly two groups. */
  readonly group: GroupArray;
  /** Candidate thresholds for each group, 1 to 1,001 values in [0, 1]; all pairs are tried. */
  readonly thresholds: readonly number[];
  /** `"tpr"` (equal opportunity, default), `"fpr"`, `"selectionRate"` (demographic parity) or `"equalizedOdds"` (max of TPR and FPR gaps). */
  readonly disparity?: FrontierDisparity;
}

/** A pair of group thresholds. */
export interface FrontierPoint {
  /** Threshold of each group, in group order. */
  readonly thresholds: readonly [number, number];
  readonly accuracy: number;
  /** The chosen disparity between the two groups. */
  readonly disparity: number;
}

/** Result of {@link fairnessFrontier}. */
export interface FairnessFrontier {
  /** The two groups, in order of first appearance. */
  readonly groups: readonly [string, string];
  readonly disparity: FrontierDisparity;
  /** Pareto-optimal pairs: no other pair has both higher accuracy and lower disparity; by increasing disparity. */
  readonly frontier: readonly FrontierPoint[];
  /** One shared threshold for both groups, at each candidate (the book's point A lies on it). */
  readonly shared: readonly FrontierPoint[];
  /** The most accurate pair (the unconstrained optimum). */
  readonly mostAccurate: FrontierPoint;
  /** The most accurate pair among those with the least disparity. */
  readonly leastDisparity: FrontierPoint;
}

/**
 * The fairness–accuracy Pareto frontier of the book's Fig. 15.1: every pair of group
 * thresholds from the candidates, scored by overall accuracy and by the disparity
 * between the two groups; the frontier keeps the pairs no other pair beats on both.
 * The book's point A is the most accurate pair, C the least disparate, B a pair in
 * between; accuracy lost from A to C is the "price of fairness".
 *
 * Cost: O(n log n + t²) for t thresholds (at most 1,001, about a million pairs).
 *
 * @throws InvalidParameterError as {@link thresholdSweep}, for a number of groups other
 *   than two, more than 1,001 thresholds, or an unknown disparity.
 * @example
 * ```ts
 * const f = fairnessFrontier({ yTrue: [1, 0, 1, 0], scores: [0.9, 0.4, 0.6, 0.2], group: ["A", "A", "B", "B"], thresholds: [0.5, 0.7] });
 * f.mostAccurate // { thresholds: [0.5, 0.5], accuracy: 1, disparity: 0 }
 * ```
 */
export function fairnessFrontier(input: FairnessFrontierInput): FairnessFrontier {
  const fn = "fairnessFrontier";
  const check = validatorFor(fn);
  const { yTrue, scores, group, thresholds, disparity = "tpr" } = check.options("input", input, ["yTrue", "scores", "group", "thresholds", "disparity"]);
  const kind = check.oneOf("disparity", disparity, ["tpr", "fpr", "selectionRate", "equalizedOdds"] as const);
  const data = sortedGroups(fn, yTrue, scores, group);
  if (data.names.length !== 2) check.fail("group", `${data.names.length} groups`, "exactly two groups");
  const ts = readThresholds(fn, thresholds, MAX_FRONTIER_THRESHOLDS);
  const [a, b] = data.groups.map((g, j) => ts.map((t) => groupAt(data.names[j], g, t)));
  const gap = (x: GroupAtThreshold, y: GroupAtThreshold): number => {
    const d = (f: (r: GroupAtThreshold) => number) => Math.abs(f(x) - f(y));
    if (kind === "tpr") return d((r) => r.tpr);
    if (kind === "fpr") return d((r) => r.fpr);
    if (kind === "selectionRate") return d((r) => r.selectionRate);
    return Math.max(d((r) => r.tpr), d((r) => r.fpr));
  };
  const point = (i: number, j: number): FrontierPoint =>
    Object.freeze({ thresholds: Object.freeze([ts[i], ts[j]] as const), accuracy: (a[i].tp + a[i].tn + b[j].tp + b[j].tn) / data.n, disparity: gap(a[i], b[j]) });
  const all: FrontierPoint[] = [];
  for (let i = 0; i < ts.length; i++) for (let j = 0; j < ts.length; j++) all.push(point(i, j));
  const byDisparity = [...all].sort((p, r) => p.disparity - r.disparity || r.accuracy - p.accuracy);
  const frontier: FrontierPoint[] = [];
  for (const p of byDisparity) if (frontier.length === 0 || p.accuracy > frontier[frontier.length - 1].accuracy) frontier.push(p);
  const mostAccurate = all.reduce((best, p) => (p.accuracy > best.accuracy ? p : best));
  return Object.freeze({
    groups: Object.freeze([data.names[0], data.names[1]] as const),
    disparity: kind,
    frontier: Object.freeze(frontier),
    shared: Object.freeze(ts.map((_, i) => point(i, i))),
    mostAccurate,
    leastDisparity: frontier[0],
  });
}
