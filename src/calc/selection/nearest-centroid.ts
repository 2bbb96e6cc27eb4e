/**
 * A nearest-centroid classifier: the smallest model that makes selection methods
 * comparable on generated data. Each class is the mean of its labelled points; an
 * item's class probabilities are a softmax over negative squared distances.
 */
import { validatorFor } from "../../util/validate";
import { indexListOf, rowsOf, widthOf, type PointArray } from "./point-set";

/** Input of {@link nearestCentroidFit}. */
export interface NearestCentroidFitInput {
  /** Points, row-major (points × dimensions). */
  readonly points: PointArray;
  readonly dimensions: number;
  /** Class of every point, integers in [0, classes). */
  readonly labels: Int32Array | readonly number[];
  /** Classes, an integer in [2, 10,000]. */
  readonly classes: number;
  /** Rows to fit on (the labelled set). Default: every row. */
  readonly rows?: readonly number[] | Int32Array;
}

/** A fitted {@link nearestCentroidFit} model. */
export interface NearestCentroidModel {
  readonly dimensions: number;
  readonly classes: number;
  /** Class means, row-major (classes × dimensions); rows of classes without points are 0. */
  readonly centroids: Float64Array;
  /** Labelled points per class; a class with 0 is never predicted. */
  readonly counts: Int32Array;
}

/**
 * Fits class centroids on the labelled rows.
 *
 * @throws InvalidParameterError for bad points, labels out of range or of the wrong
 *   length, bad rows, no labelled point at all, a missing input or an unknown key.
 * @example
 * ```ts
 * const m = nearestCentroidFit({ points: Float64Array.from([0, 0, 2, 0, 10, 10]), dimensions: 2, labels: [0, 0, 1], classes: 2 });
 * m.centroids // Float64Array [ 1, 0, 10, 10 ]
 * ```
 */
export function nearestCentroidFit(input: NearestCentroidFitInput): NearestCentroidModel {
  const fn = "nearestCentroidFit";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["points", "dimensions", "labels", "classes", "rows"]);
  const { d, classes, labels, rows } = labelledSetOf(fn, i);
  const centroids = new Float64Array(classes * d);
  const counts = new Int32Array(classes);
  for (const r of rows) {
    const c = labels[r];
    counts[c]++;
    for (let k = 0; k < d; k++) centroids[c * d + k] += i.points[r * d + k];
  }
  for (let c = 0; c < classes; c++) if (counts[c] > 0) for (let k = 0; k < d; k++) centroids[c * d + k] /= counts[c];
  return Object.freeze({ dimensions: d, classes, centroids, counts });
}

/** @internal Checks a labelled point set: points, dimensions, classes (2–10,000), labels and the labelled rows (at least one). */
export function labelledSetOf(fn: string, i: NearestCentroidFitInput): { d: number; n: number; classes: number; labels: Int32Array; rows: Int32Array } {
  const check = validatorFor(fn);
  const d = widthOf(fn, "dimensions", i.dimensions);
  const n = rowsOf(fn, "points", i.points, d);
  const classes = widthOf(fn, "classes", i.classes, 10_000);
  if (classes < 2) check.fail("classes", classes, "an integer in [2, 10000]");
  const labels = labelsOf(fn, i.labels, n, classes);
  const rows = i.rows === undefined ? Int32Array.from({ length: n }, (_, k) => k) : indexListOf(fn, "rows", i.rows, n);
  if (rows.length === 0) check.fail("rows", "an empty list", "at least one labelled row");
  return { d, n, classes, labels, rows };
}

/**
 * @internal Writes p(c) ∝ exp(−(d²_c − d²_min) / t) into `out[offset …]` for one item, classes
 * with d² = Infinity getting 0, and returns the class with the smallest d².
 */
export function distanceSoftmax(squared: Float64Array, t: number, out: Float64Array, offset: number): number {
  let best = Infinity;
  let bestClass = 0;
  for (let c = 0; c < squared.length; c++) if (squared[c] < best) [best, bestClass] = [squared[c], c];
  let sum = 0;
  for (let c = 0; c < squared.length; c++) sum += squared[c] === Infinity ? 0 : Math.exp(-(squared[c] - best) / t);
  for (let c = 0; c < squared.length; c++) out[offset + c] = squared[c] === Infinity ? 0 : Math.exp(-(squared[c] - best) / t) / sum;
  return bestClass;
}

/** @internal Checks labels: one integer in [0, classes) per row. */
export function labelsOf(fn: string, labels: unknown, rows: number, classes: number): Int32Array {
  const check = validatorFor(fn);
  if (!(Array.isArray(labels) || labels instanceof Int32Array)) check.fail("labels", labels, "an Int32Array or array of class indices");
  const list = labels as ArrayLike<number>;
  if (list.length !== rows) check.fail("labels", `an array of ${list.length}`, `one label per point (${rows})`);
  const out = new Int32Array(rows);
  for (let k = 0; k < rows; k++) {
    const v = list[k];
    if (!(Number.isInteger(v) && v >= 0 && v < classes)) check.fail(`labels[${k}]`, v, `a class index in [0, ${classes})`);
    out[k] = v;
  }
  return out;
}

/** Input of {@link nearestCentroidPredict}. */
export interface NearestCentroidPredictInput {
  readonly model: NearestCentroidModel;
  /** Points to classify, row-major, with the model's dimensions. */
  readonly points: PointArray;
  /** Softmax temperature over squared distances, > 0. Default 1. */
  readonly temperature?: number;
}

/** Result of {@link nearestCentroidPredict}. */
export interface NearestCentroidPrediction {
  /** p(c | x) ∝ exp(−‖x − μ_c‖² / T) over classes with points, row-major (points × classes). */
  readonly probabilities: Float64Array;
  /** The nearest centroid's class for every point. */
  readonly predictions: Int32Array;
}

/**
 * Class probabilities and predictions of a fitted nearest-centroid model.
 *
 * @throws InvalidParameterError for a model that is not one, points with the wrong
 *   width, a non-positive temperature, a missing input or an unknown key.
 * @example
 * ```ts
 * const m = nearestCentroidFit({ points: Float64Array.from([0, 0, 10, 10]), dimensions: 2, labels: [0, 1], classes: 2 });
 * nearestCentroidPredict({ model: m, points: Float64Array.from([1, 1]) }).predictions // Int32Array [ 0 ]
 * ```
 */
export function nearestCentroidPredict(input: NearestCentroidPredictInput): NearestCentroidPrediction {
  const fn = "nearestCentroidPredict";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["model", "points", "temperature"]);
  const model = i.model;
  if (model === null || typeof model !== "object" || !(model.centroids instanceof Float64Array) || !(model.counts instanceof Int32Array)) {
    check.fail("model", model, "a model from nearestCentroidFit");
  }
  const { dimensions: d, classes } = model;
  const n = rowsOf(fn, "points", i.points, d);
  const t = check.positive("temperature", i.temperature ?? 1);
  const probabilities = new Float64Array(n * classes);
  const predictions = new Int32Array(n);
  const squared = new Float64Array(classes);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < classes; c++) {
      let s = model.counts[c] === 0 ? Infinity : 0;
      for (let k = 0; k < d && s !== Infinity; k++) {
        const diff = i.points[r * d + k] - model.centroids[c * d + k];
        s += diff * diff;
      }
      squared[c] = s;
    }
    predictions[r] = distanceSoftmax(squared, t, probabilities, r * classes);
  }
  return Object.freeze({ probabilities, predictions });
}
