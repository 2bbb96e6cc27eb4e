/**
 * The Degradation Equation (book Chapter 1, Eq. 1.3, seed 004 L1245; Chapter 14,
 * L36062): Accuracy(t) ≈ Accuracy₀ − λ·D(P_t‖P₀), a first-order model of how a deployed
 * model loses accuracy as its inputs drift away from the training distribution.
 */
import { validatorFor } from "../../util/validate";

/** Input of {@link degradedAccuracy}. */
export interface DegradedAccuracyInput {
  /** Accuracy₀ at deployment, in [0, 1]. */
  readonly initialAccuracy: number;
  /** D(P_t‖P₀), the divergence between live and training data (≥ 0, any divergence: KL, PSI, JS, …). */
  readonly divergence: number;
  /** λ, accuracy lost per unit of divergence (≥ 0). Give this or `observedAccuracy`. */
  readonly sensitivity?: number;
  /** An accuracy measured at this divergence, in [0, 1]: the result then holds the λ it implies. */
  readonly observedAccuracy?: number;
}

/** Result of {@link degradedAccuracy}. */
export interface DegradedAccuracyResult {
  /** Accuracy₀ − λ·D, floored at 0. */
  readonly accuracy: number;
  /** Accuracy₀ − accuracy, in accuracy units (0.048 = 4.8 percentage points). */
  readonly drop: number;
  /** λ used (given, or (Accuracy₀ − observed)/D). */
  readonly sensitivity: number;
}

/**
 * Accuracy under drift by the Degradation Equation, or the sensitivity λ a measured
 * drop implies. Book: a recommender deployed at 85 % that falls to 80.2 % loses 4.8 pp
 * (L1882). The equation is linear, so it breaks down for large shifts (L1258);
 * accuracy is floored at 0.
 *
 * @throws InvalidParameterError for accuracies outside [0, 1], a negative divergence or
 *   sensitivity, neither or both of sensitivity and observedAccuracy, or an observed
 *   accuracy with zero divergence.
 * @example
 * ```ts
 * degradedAccuracy({ initialAccuracy: 0.85, divergence: 0.1, sensitivity: 0.5 }).accuracy // 0.7999999999999999
 * degradedAccuracy({ initialAccuracy: 0.85, divergence: 0.1, observedAccuracy: 0.802 }).sensitivity // 0.4799999999999993
 * ```
 */
export function degradedAccuracy(input: DegradedAccuracyInput): DegradedAccuracyResult {
  const check = validatorFor("degradedAccuracy");
  const i = check.options("input", input, ["initialAccuracy", "divergence", "sensitivity", "observedAccuracy"]);
  const a0 = check.probability("initialAccuracy", i.initialAccuracy);
  const d = check.nonNegative("divergence", i.divergence);
  if ((i.sensitivity === undefined) === (i.observedAccuracy === undefined)) check.fail("sensitivity / observedAccuracy", { sensitivity: i.sensitivity, observedAccuracy: i.observedAccuracy }, "exactly one of sensitivity and observedAccuracy");
  let lambda: number;
  if (i.sensitivity !== undefined) lambda = check.nonNegative("sensitivity", i.sensitivity);
  else {
    const observed = check.probability("observedAccuracy", i.observedAccuracy as number);
    if (d === 0) check.fail("divergence", d, "a divergence > 0 to infer a sensitivity from observedAccuracy");
    lambda = (a0 - observed) / d;
  }
  const accuracy = Math.max(0, a0 - lambda * d);
  return Object.freeze({ accuracy, drop: a0 - accuracy, sensitivity: lambda });
}
