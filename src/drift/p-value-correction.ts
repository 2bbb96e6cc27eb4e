import { validatorFor } from "../util/validate";

/** Multiple-testing correction of a drift report: Bonferroni, Benjamini–Hochberg FDR, or none. */
export type PValueCorrection = "bonferroni" | "fdr" | "none";

/**
 * Adjusts m p-values for testing m columns at once, so that one α can be compared
 * with each adjusted value (`drifted = adjusted < α`). Equal to statsmodels
 * `multipletests(p, method="bonferroni" | "fdr_bh")[1]`.
 *
 * - "bonferroni": p̃ᵢ = min(1, m·pᵢ). Controls the family-wise error rate: the chance
 *   that any non-drifted column is flagged stays ≤ α. alibi-detect's default for
 *   feature-wise drift (`correction='bonferroni'`, flag when p < α/m).
 * - "fdr" (Benjamini–Hochberg 1995): with p₍₁₎ ≤ … ≤ p₍ₘ₎ sorted,
 *   p̃₍ᵢ₎ = min over j ≥ i of min(1, m·p₍ⱼ₎/j). Controls the expected share of false
 *   alarms among the flagged columns at α (alibi-detect's `correction='fdr'`, where
 *   α is the q-value).
 * - "none": p̃ᵢ = pᵢ.
 *
 * Source: reference/ecosystem.md §5.4 (alibi-detect TabularDrift); the book names
 * no correction. Cost O(m log m).
 *
 * @param pvalues - p-values in [0, 1] (any order; the result keeps it)
 * @param correction - "bonferroni", "fdr" or "none"
 * @returns adjusted p-values, same order and length, each in [0, 1]
 * @throws InvalidParameterError for an unknown correction or a p-value outside [0, 1]
 *   (named `pvalues[i]`)
 * @example
 * ```ts
 * adjustPValues([0.01, 0.04, 0.03, 0.005], "bonferroni"); // [0.04, 0.16, 0.12, 0.02]
 * adjustPValues([0.01, 0.04, 0.03, 0.005], "fdr");        // [0.02, 0.04, 0.04, 0.02]
 * ```
 */
export function adjustPValues(pvalues: ArrayLike<number>, correction: PValueCorrection): number[] {
  const check = validatorFor("adjustPValues");
  const method = check.oneOf("correction", correction, ["bonferroni", "fdr", "none"] as const);
  const m = pvalues.length;
  const p: number[] = new Array(m);
  for (let i = 0; i < m; i++) p[i] = check.probability(`pvalues[${i}]`, pvalues[i]);
  if (method === "none" || m === 0) return p;
  if (method === "bonferroni") return p.map((x) => Math.min(1, x * m));
  const order = p.map((_, i) => i).sort((a, b) => p[a] - p[b] || a - b);
  const out: number[] = new Array(m);
  let running = 1;
  for (let r = m - 1; r >= 0; r--) {
    const i = order[r];
    running = Math.min(running, (p[i] * m) / (r + 1));
    out[i] = Math.min(1, running);
  }
  return out;
}
