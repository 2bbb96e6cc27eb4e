/**
 * A nearest-neighbour classifier over the labelled points: each class's score is the
 * distance to its nearest labelled point, so every new label near a boundary moves the
 * boundary. It is the model that makes selection methods differ on generated data.
 */
import { validatorFor } from "../../util/validate";
import { distanceSoftmax, labelledSetOf, type NearestCentroidFitInput, type NearestCentroidPrediction } from "./nearest-centroid";
import { MAX_SELECTION_WORK, rowsOf, type PointArray } from "./point-set";

/** Input of {@link nearestNeighborPredict}: the labelled reference set, and the points to classify. */
export interface NearestNeighborPredictInput extends NearestCentroidFitInput {
  /** Points to classify, row-major, same dimensions. queries × labelled rows × dimensions ≤ {@link MAX_SELECTION_WORK}. */
  readonly queries: PointArray;
  /** Softmax temperature over squared distances, > 0. Default 1. */
  readonly temperature?: number;
}

/**
 * Class probabilities p(c | x) ∝ exp(−d_c(x)² / T), d_c the distance from x to the nearest
 * labelled point of class c (classes without a labelled point get 0), and the 1-NN prediction.
 *
 * Source: seed 004, Chapter 9 (uncertainty sampling needs a model's probabilities; this
 * library's stand-in for a trained network in the selection notebook).
 *
 * @throws InvalidParameterError for bad points, labels, rows or queries, no labelled row, too
 *   much work, a non-positive temperature, a missing input or an unknown key.
 * @example
 * ```ts
 * nearestNeighborPredict({ points: Float64Array.from([0, 0, 10, 10]), dimensions: 2, labels: [0, 1], classes: 2, queries: Float64Array.from([9, 9]) }).predictions
 * // Int32Array [ 1 ]
 * ```
 */
export function nearestNeighborPredict(input: NearestNeighborPredictInput): NearestCentroidPrediction {
  const fn = "nearestNeighborPredict";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["points", "dimensions", "labels", "classes", "rows", "queries", "temperature"]);
  const { d, classes, labels, rows } = labelledSetOf(fn, i);
  const m = rowsOf(fn, "queries", i.queries, d);
  if (m * rows.length * d > MAX_SELECTION_WORK) check.fail("queries", `an array of ${m} rows`, `at most ${MAX_SELECTION_WORK} distance evaluations (queries × labelled × dimensions)`);
  const t = check.positive("temperature", i.temperature ?? 1);
  const probabilities = new Float64Array(m * classes);
  const predictions = new Int32Array(m);
  const nearest = new Float64Array(classes);
  for (let q = 0; q < m; q++) {
    nearest.fill(Infinity);
    for (const r of rows) {
      let s = 0;
      for (let k = 0; k < d; k++) {
        const diff = i.queries[q * d + k] - i.points[r * d + k];
        s += diff * diff;
      }
      if (s < nearest[labels[r]]) nearest[labels[r]] = s;
    }
    predictions[q] = distanceSoftmax(nearest, t, probabilities, q * classes);
  }
  return Object.freeze({ probabilities, predictions });
}
