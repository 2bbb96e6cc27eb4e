/** Verbal PSI band, as the book labels it (seed L4953). */
export type PsiBand = "stable" | "moderate" | "significant";

/**
 * Classifies a Population Stability Index value into the book's bands:
 * PSI < 0.1 "stable", 0.1 ≤ PSI ≤ 0.2 "moderate" drift, PSI > 0.2 "significant"
 * drift (seed L4953 footnote; alert at PSI > 0.2 in Table 14.16, L36226–L36259;
 * Lewis 1994 credit-scoring convention, L36270).
 *
 * Other conventions, not used here: Evidently flags drift at PSI ≥ 0.1; the
 * book's own engine (mlsysim `calc_population_stability_index`) and its
 * data-debt table (L7304) use 0.1 (warning) / 0.25 (critical).
 *
 * @param psi - a PSI value (≥ 0, dimensionless)
 * @returns "stable" | "moderate" | "significant"
 * @example
 * ```ts
 * psiBand(0.0293); // "stable"
 * psiBand(0.15);   // "moderate"
 * psiBand(0.31);   // "significant"
 * ```
 */
export function psiBand(psi: number): PsiBand {
  if (psi < 0.1) return "stable";
  if (psi <= 0.2) return "moderate";
  return "significant";
}
