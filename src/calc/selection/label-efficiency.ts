/**
 * Label efficiency (book Chapter 9, semi-supervised learning, Table 9.6): how many
 * times fewer labels a method needs than full supervision.
 */
import { validatorFor } from "../../util/validate";

/** Input of {@link labelEfficiency}. */
export interface LabelEfficiencyInput {
  /** Labels of the fully supervised baseline, > 0. Book: 50,000 (CIFAR-10). */
  readonly fullLabels: number;
  /** Labels the method uses, > 0. Book: 4,000, 250, 40. */
  readonly labels: number;
}

/** Result of {@link labelEfficiency}. */
export interface LabelEfficiencyResult {
  /** fullLabels / labels. */
  readonly efficiency: number;
  /** labels / fullLabels, the share of the data labelled. */
  readonly labeledShare: number;
}

/**
 * Label efficiency of a method against full supervision.
 *
 * Formula (Table 9.6, seed 004 L22058–L22103): `efficiency = N_full / N_labels`; FixMatch
 * with 4,000 / 250 / 40 of CIFAR-10's 50,000 labels is 12.5× / 200× / 1,250× more efficient.
 *
 * @throws InvalidParameterError for non-positive label counts, a missing input or an unknown key.
 * @example
 * ```ts
 * labelEfficiency({ fullLabels: 50_000, labels: 250 }) // { efficiency: 200, labeledShare: 0.005 }
 * ```
 */
export function labelEfficiency(input: LabelEfficiencyInput): LabelEfficiencyResult {
  const check = validatorFor("labelEfficiency");
  const i = check.options("input", input, ["fullLabels", "labels"]);
  const full = check.positive("fullLabels", i.fullLabels);
  const labels = check.positive("labels", i.labels);
  return Object.freeze({ efficiency: full / labels, labeledShare: labels / full });
}
