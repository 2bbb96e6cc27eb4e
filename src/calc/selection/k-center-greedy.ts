/**
 * k-Center greedy coreset selection (book Chapter 9, Table 9.3): repeatedly pick the
 * point farthest from everything chosen so far, so the chosen set covers the pool.
 * The greedy choice is a 2-approximation of the optimal covering radius.
 */
import { validatorFor } from "../../util/validate";
import { budgetOf, indexListOf, MAX_SELECTION_WORK, rowsOf, widthOf, type PointArray } from "./point-set";

/** Input of {@link kCenterGreedy}. */
export interface KCenterGreedyInput {
  /** Points, row-major (points × dimensions), finite. */
  readonly points: PointArray;
  /** Dimensions per point, an integer in [1, 100,000]. */
  readonly dimensions: number;
  /** Centres to add, an integer in [0, points − initial]; points × budget × dimensions at most {@link MAX_SELECTION_WORK}. */
  readonly budget: number;
  /** Points already chosen (the labelled set). Default: none, and the first centre is `firstIndex`. */
  readonly initial?: readonly number[] | Int32Array;
  /** First centre when `initial` is empty, a row index. Default 0. */
  readonly firstIndex?: number;
}

/** Result of {@link kCenterGreedy}. */
export interface KCenterGreedyResult {
  /** The centres added, in the order chosen. */
  readonly indices: Int32Array;
  /** After each addition, the largest distance from any point to its nearest centre (Euclidean). */
  readonly radii: Float64Array;
  /** The final covering radius (the last of `radii`; without additions, the radius of `initial`, or 0 for an empty selection). */
  readonly radius: number;
}

/**
 * Greedy farthest-point (k-Center) selection over Euclidean distance.
 *
 * Algorithm (seed 004 L21626, Table 9.3: O(N·K) distance evaluations, no training; a
 * 2-approximation of the best coverage): keep each point's distance to its nearest
 * chosen centre; add the point with the largest, update, repeat. Ties go to the lower index.
 *
 * @throws InvalidParameterError for a bad point array, dimensions or budget, more than
 *   {@link MAX_SELECTION_WORK} distance evaluations, bad initial indices or first index,
 *   a missing input or an unknown key.
 * @example
 * ```ts
 * const pts = Float64Array.from([0, 0,  1, 0,  10, 0,  10, 1]);
 * const r = kCenterGreedy({ points: pts, dimensions: 2, budget: 2 });
 * r.indices  // Int32Array [ 0, 3 ]  (after 0, the farthest is (10, 1))
 * r.radius   // 1
 * ```
 */
export function kCenterGreedy(input: KCenterGreedyInput): KCenterGreedyResult {
  const fn = "kCenterGreedy";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["points", "dimensions", "budget", "initial", "firstIndex"]);
  const d = widthOf(fn, "dimensions", i.dimensions);
  const n = rowsOf(fn, "points", i.points, d);
  const x = i.points;
  const initial = indexListOf(fn, "initial", i.initial, n);
  const budget = budgetOf(fn, i.budget, n - initial.length);
  if (n * (budget + initial.length) * d > MAX_SELECTION_WORK) check.fail("budget", budget, `at most ${MAX_SELECTION_WORK} distance evaluations (points × centres × dimensions)`);
  const first = check.integer("firstIndex", i.firstIndex ?? 0, 0);
  if (first >= n) check.fail("firstIndex", first, `a row index in [0, ${n})`);

  const nearest = new Float64Array(n).fill(Infinity);
  const chosen = new Uint8Array(n);
  const addCentre = (c: number): void => {
    chosen[c] = 1;
    const base = c * d;
    for (let r = 0; r < n; r++) {
      let s = 0;
      for (let k = 0, o = r * d; k < d; k++) {
        const diff = x[o + k] - x[base + k];
        s += diff * diff;
      }
      if (s < nearest[r]) nearest[r] = s;
    }
  };
  const farthest = (): number => {
    let best = -1;
    let bestDistance = -1;
    for (let r = 0; r < n; r++) if (!chosen[r] && nearest[r] > bestDistance) [best, bestDistance] = [r, nearest[r]];
    return best;
  };
  const coverRadius = (): number => {
    let m = 0;
    for (let r = 0; r < n; r++) if (nearest[r] > m) m = nearest[r];
    return Math.sqrt(m);
  };
  for (const c of initial) addCentre(c);
  const indices = new Int32Array(budget);
  const radii = new Float64Array(budget);
  for (let k = 0; k < budget; k++) {
    const c = k === 0 && initial.length === 0 ? first : farthest();
    addCentre(c);
    indices[k] = c;
    radii[k] = coverRadius();
  }
  const radius = budget > 0 ? radii[budget - 1] : initial.length > 0 ? coverRadius() : 0;
  return Object.freeze({ indices, radii, radius });
}
