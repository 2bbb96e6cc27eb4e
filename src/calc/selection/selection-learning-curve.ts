/**
 * Selection methods compared on the same pool (book Chapter 9): start from a small
 * random labelled set, then in rounds let a method choose which items to label next,
 * refit a nearest-centroid model and measure test accuracy. The curves show how many
 * labels each method needs for the same accuracy.
 */
import { validatorFor } from "../../util/validate";
import { kCenterGreedy } from "./k-center-greedy";
import { labelsOf, nearestCentroidFit, nearestCentroidPredict, type NearestCentroidPrediction } from "./nearest-centroid";
import { nearestNeighborPredict } from "./nearest-neighbor";
import { MAX_SELECTION_WORK, rowsOf, sourceOf, widthOf, type PointArray, type UniformSource } from "./point-set";
import { randomSelection } from "./random-selection";
import { uncertaintySampling, type UncertaintyMeasure } from "./uncertainty-sampling";

/** The selection methods {@link selectionLearningCurve} compares. */
export type SelectionMethod = "random" | "uncertainty" | "kCenter";

/** The classifiers {@link selectionLearningCurve} can refit each round. */
export type SelectionModel = "nearestNeighbor" | "nearestCentroid";

/** Most query rounds of {@link selectionLearningCurve}. */
export const MAX_SELECTION_ROUNDS = 1000;

/** A labelled point set. */
export interface LabelledPoints {
  /** Row-major points (rows × dimensions). */
  readonly points: PointArray;
  /** One class index per row. */
  readonly labels: Int32Array | readonly number[];
}

/** Input of {@link selectionLearningCurve}. */
export interface SelectionLearningCurveInput {
  /** The unlabelled pool (its labels are the oracle's answers). */
  readonly pool: LabelledPoints;
  /** Held-out points to measure accuracy on. */
  readonly test: LabelledPoints;
  readonly dimensions: number;
  /** Classes, an integer in [2, 10,000]. */
  readonly classes: number;
  readonly method: SelectionMethod;
  /** Random labels to start from, an integer ≥ 1 (the same set for every method with the same source). */
  readonly initialLabels: number;
  /** Labels bought per round, an integer ≥ 1. */
  readonly batchSize: number;
  /** Rounds, an integer in [0, {@link MAX_SELECTION_ROUNDS}]; initialLabels + rounds · batchSize ≤ pool size. */
  readonly rounds: number;
  /** Seeded random source for the initial set and for `"random"` rounds. */
  readonly source: UniformSource;
  /** Uncertainty score for `"uncertainty"`; default `"margin"`. */
  readonly measure?: UncertaintyMeasure;
  /** Softmax temperature of the model's probabilities, > 0. Default 1. */
  readonly temperature?: number;
  /** The classifier: `"nearestNeighbor"` (default; {@link nearestNeighborPredict}) or `"nearestCentroid"` ({@link nearestCentroidFit}). */
  readonly model?: SelectionModel;
}

/** Result of {@link selectionLearningCurve}: a {@link LearningCurve} plus the labelled rows. */
export interface SelectionLearningCurveResult {
  readonly method: SelectionMethod;
  /** Labels after each round (initialLabels, +batchSize, …). */
  readonly labels: readonly number[];
  /** Test accuracy of the model fitted on those labels. */
  readonly accuracy: readonly number[];
  /** Pool rows in the order they were labelled. */
  readonly labelled: Int32Array;
}

function accuracyOf({ predictions }: NearestCentroidPrediction, truth: Int32Array): number {
  let right = 0;
  for (let k = 0; k < truth.length; k++) if (predictions[k] === truth[k]) right++;
  return right / truth.length;
}

/**
 * Test accuracy against labels bought, for one selection method on one pool.
 *
 * Methods: `"random"` ({@link randomSelection}), `"uncertainty"` ({@link uncertaintySampling}
 * on the current model's probabilities), `"kCenter"` ({@link kCenterGreedy} from the labelled
 * set). The model is refitted on the labelled rows each round: 1-nearest-neighbour by default,
 * whose boundary every new label can move, or nearest centroid, which saturates after a few
 * labels per class. Source: seed 004, Chapter 9 (active learning, coreset selection; Figure 9.13's
 * random vs selected learning curves).
 *
 * @throws InvalidParameterError for bad point sets, labels, sizes or method, more rounds or
 *   labels than allowed, more than {@link MAX_SELECTION_WORK} distance evaluations, a missing
 *   input or an unknown key.
 * @example
 * ```ts
 * const curve = selectionLearningCurve({ pool, test, dimensions: 2, classes: 3, method: "uncertainty",
 *   initialLabels: 6, batchSize: 6, rounds: 5, source: philox(1) });
 * curve.labels // [6, 12, 18, 24, 30, 36]
 * ```
 */
export function selectionLearningCurve(input: SelectionLearningCurveInput): SelectionLearningCurveResult {
  const fn = "selectionLearningCurve";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["pool", "test", "dimensions", "classes", "method", "initialLabels", "batchSize", "rounds", "source", "measure", "temperature", "model"]);
  check.options("pool", i.pool, ["points", "labels"]);
  check.options("test", i.test, ["points", "labels"]);
  const d = widthOf(fn, "dimensions", i.dimensions);
  const classes = widthOf(fn, "classes", i.classes, 10_000);
  if (classes < 2) check.fail("classes", classes, "an integer in [2, 10000]");
  const n = rowsOf(fn, "pool.points", i.pool.points, d);
  const m = rowsOf(fn, "test.points", i.test.points, d);
  const poolLabels = labelsOf(fn, i.pool.labels, n, classes);
  const testLabels = labelsOf(fn, i.test.labels, m, classes);
  const method = check.oneOf("method", i.method, ["random", "uncertainty", "kCenter"] as const);
  const initial = check.integer("initialLabels", i.initialLabels, 1);
  const batch = check.integer("batchSize", i.batchSize, 1);
  const rounds = check.integer("rounds", i.rounds, 0);
  if (rounds > MAX_SELECTION_ROUNDS) check.fail("rounds", rounds, `an integer in [0, ${MAX_SELECTION_ROUNDS}]`);
  const total = initial + rounds * batch;
  if (total > n) check.fail("rounds", rounds, `few enough that initialLabels + rounds × batchSize ≤ ${n} (the pool)`);
  const model = check.oneOf("model", i.model ?? "nearestNeighbor", ["nearestNeighbor", "nearestCentroid"] as const);
  const work = (method === "kCenter" ? n * total * d : 0) + (rounds + 1) * (n + m) * (model === "nearestNeighbor" ? total : classes) * d;
  if (work > MAX_SELECTION_WORK) check.fail("rounds", rounds, `at most ${MAX_SELECTION_WORK} distance evaluations in all`);
  const source = sourceOf(fn, i.source);
  const temperature = check.positive("temperature", i.temperature ?? 1);

  const labelled: number[] = Array.from(randomSelection({ poolSize: n, budget: initial, source }));
  const labels: number[] = [];
  const accuracy: number[] = [];
  for (let round = 0; ; round++) {
    const predict = (queries: PointArray): NearestCentroidPrediction => model === "nearestNeighbor"
      ? nearestNeighborPredict({ points: i.pool.points, dimensions: d, labels: poolLabels, classes, rows: labelled, queries, temperature })
      : nearestCentroidPredict({ model: nearestCentroidFit({ points: i.pool.points, dimensions: d, labels: poolLabels, classes, rows: labelled }), points: queries, temperature });
    labels.push(labelled.length);
    accuracy.push(accuracyOf(predict(i.test.points), testLabels));
    if (round === rounds) break;
    let next: Int32Array;
    if (method === "random") next = randomSelection({ poolSize: n, budget: batch, source, exclude: labelled });
    else if (method === "kCenter") next = kCenterGreedy({ points: i.pool.points, dimensions: d, budget: batch, initial: labelled }).indices;
    else {
      const { probabilities } = predict(i.pool.points);
      next = uncertaintySampling({ probabilities, classes, budget: batch, measure: i.measure ?? "margin", exclude: labelled }).indices;
    }
    labelled.push(...next);
  }
  return Object.freeze({ method, labels: Object.freeze(labels), accuracy: Object.freeze(accuracy), labelled: Int32Array.from(labelled) });
}
