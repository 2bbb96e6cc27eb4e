/**
 * The Pareto front of compression choices (book Chapter 10, Pareto regions): among
 * configurations trading size (or latency) against error, keep those no other
 * configuration beats on both.
 */
import { validatorFor } from "../../util/validate";

/** Most points {@link paretoFront} accepts. */
export const MAX_PARETO_POINTS = 100_000;

/** One configuration: a cost to minimise and an error to minimise. */
export interface ParetoPoint {
  /** Size, latency or energy; finite. */
  readonly cost: number;
  /** Error or accuracy loss; finite. */
  readonly error: number;
}

/**
 * Indices of the non-dominated points (no other point has cost ≤ and error ≤ with one
 * strictly smaller), sorted by cost. Equal points are all kept.
 *
 * Source: seed 004 L24183–L24194 (Pareto regions of the compression trade-off).
 *
 * @throws InvalidParameterError for an empty or too long list, a point that is not
 *   { cost, error } with finite numbers.
 * @example
 * ```ts
 * paretoFront([{ cost: 4, error: 0.1 }, { cost: 8, error: 0.01 }, { cost: 8, error: 0.2 }, { cost: 2, error: 0.5 }]) // [3, 0, 1]
 * ```
 */
export function paretoFront(points: readonly ParetoPoint[]): number[] {
  const check = validatorFor("paretoFront");
  if (!Array.isArray(points) || points.length === 0) check.fail("points", points, "a non-empty array of { cost, error }");
  if (points.length > MAX_PARETO_POINTS) check.fail("points", `an array of ${points.length}`, `at most ${MAX_PARETO_POINTS} points`);
  points.forEach((p, k) => {
    if (p === null || typeof p !== "object") check.fail(`points[${k}]`, p, "a point { cost, error }");
    check.finite(`points[${k}].cost`, p.cost);
    check.finite(`points[${k}].error`, p.error);
  });
  const order = points.map((_, k) => k).sort((a, b) => points[a].cost - points[b].cost || points[a].error - points[b].error || a - b);
  const front: number[] = [];
  let bestError = Infinity;
  let last: ParetoPoint | null = null;
  for (const k of order) {
    const p = points[k];
    const same = last !== null && p.cost === last.cost && p.error === last.error;
    if (p.error < bestError || same) {
      front.push(k);
      bestError = Math.min(bestError, p.error);
      last = p;
    }
  }
  return front;
}
