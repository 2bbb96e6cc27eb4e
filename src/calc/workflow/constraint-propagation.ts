/**
 * The Constraint Propagation Principle (book Chapter 3): a constraint discovered at a
 * later lifecycle stage than the one where it should have been set costs roughly twice
 * as much to fix for every stage in between.
 */
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/**
 * The six stages of the book's ML lifecycle, in order (stage 1 is index 0).
 *
 * Source: seed 004 L4434 (stage numbering of the workflow chapter).
 * @example
 * ```ts
 * WORKFLOW_STAGES[4] // "Deployment & Integration" (stage 5)
 * ```
 */
export const WORKFLOW_STAGES = Object.freeze([
  "Problem Definition",
  "Data Collection & Preparation",
  "Model Development & Training",
  "Evaluation & Validation",
  "Deployment & Integration",
  "Monitoring & Maintenance",
] as const);

/** Input of {@link constraintPropagationCost}. */
export interface ConstraintPropagationInput {
  /** Stage N at which the constraint is discovered, an integer 1–6. */
  readonly discoveredAtStage: number;
  /** Stage at which it should have been defined, an integer 1–6 ≤ `discoveredAtStage`. Default 1 (the book always counts from Problem Definition). */
  readonly definedAtStage?: number;
  /** Effort of fixing it at the right stage. Number in h, or a time quantity. ≥ 0. Optional. */
  readonly baseEffort?: Amount<"time">;
}

/** Result of {@link constraintPropagationCost}. */
export interface ConstraintPropagationResult {
  /** 2^(discoveredAtStage − definedAtStage). */
  readonly multiplier: number;
  /** The stages strictly between the two, which the fix has to revisit, by name. */
  readonly stagesRevisited: readonly string[];
  /** baseEffort × multiplier, when `baseEffort` is given. */
  readonly correctionEffort: Quantity<"time"> | null;
}

/**
 * Relative cost of fixing a constraint late: `2^(N − N₀) × BaseEffort`.
 *
 * Formula (seed 004 L4993, L5094): Correction Cost ≈ 2^(N−1) × Base Effort for a
 * constraint that belonged to stage 1; with `definedAtStage` N₀ the exponent is N − N₀.
 * Stage 5 → 16× (L4586, L5094). The book also applies 2^(5−1) to a constraint that
 * belonged to evaluation design (stage 4, L5063), where this formula gives 2×.
 *
 * @throws InvalidParameterError for stages that are not integers 1–6, a defining stage
 *   after the discovering one, a negative effort, a missing input or an unknown key.
 * @example
 * ```ts
 * constraintPropagationCost({ discoveredAtStage: 5 }).multiplier   // 16
 * constraintPropagationCost({ discoveredAtStage: 6 }).stagesRevisited
 * // ["Data Collection & Preparation", "Model Development & Training", "Evaluation & Validation", "Deployment & Integration"]
 * constraintPropagationCost({ discoveredAtStage: 6, baseEffort: q(1, "week") }).correctionEffort?.to("week") // 32
 * ```
 */
export function constraintPropagationCost(input: ConstraintPropagationInput): ConstraintPropagationResult {
  const fn = "constraintPropagationCost";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["discoveredAtStage", "definedAtStage", "baseEffort"]);
  const stages = WORKFLOW_STAGES.length;
  const stage = (name: string, value: number): number => {
    check.integer(name, value, 1);
    return value > stages ? check.fail(name, value, `an integer stage 1–${stages}`) : value;
  };
  const discovered = stage("discoveredAtStage", i.discoveredAtStage);
  const defined = stage("definedAtStage", i.definedAtStage ?? 1);
  if (defined > discovered) check.fail("definedAtStage", defined, `a stage ≤ discoveredAtStage = ${discovered}`);
  const multiplier = 2 ** (discovered - defined);
  const base = i.baseEffort === undefined ? null : readAmount(fn, "baseEffort", i.baseEffort, "h", "nonNegative");
  return Object.freeze({
    multiplier,
    stagesRevisited: Object.freeze(WORKFLOW_STAGES.slice(defined, discovered - 1)),
    correctionEffort: base === null ? null : (q(base.to("s") * multiplier, "s") as Quantity<"time">),
  });
}
