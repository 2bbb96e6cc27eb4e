/**
 * W14.11 PSI of the age feature (book Ch. 14, Eq. 14.12 and its worked table, seed 004
 * L36272–L36358).
 */
import { psiFromProportions } from "../../drift/psi-from-proportions";
import { workedExample } from "../worked-example";

/**
 * W14.11: six age bins, training vs serving shares: PSI = 0.0293, "stable" (< 0.1).
 *
 * @example
 * ```ts
 * psiAgeBinsExample.compute().statistic // 0.02930…
 * ```
 */
export const psiAgeBinsExample = workedExample({
  id: "W14.11",
  slug: "psi-age-bins",
  title: "Population Stability Index of an age feature",
  chapter: 14,
  section: "Chapter 14, Data drift statistics (Eq. 14.12)",
  lines: [36272, 36358],
  problem: "Has the age distribution of a recommender's users drifted between training and serving?",
  inputs: {
    training: { label: "training shares (18–25, 26–35, 36–45, 46–55, 56–65, 66+)", value: [0.15, 0.25, 0.2, 0.18, 0.12, 0.1], line: 36303 },
    serving: { label: "serving shares", value: [0.12, 0.22, 0.18, 0.2, 0.15, 0.13], line: 36304 },
  },
  compute: (i) => psiFromProportions(i.training, i.serving),
  checks: [
    { name: "contribution of 18–25", printed: "0.0067", book: 0.0067, unit: "PSI", tolerance: 0.002, line: 36307, value: (r) => r.contributions[0] },
    { name: "contribution of 66+", printed: "0.0079", book: 0.0079, unit: "PSI", tolerance: 0.005, line: 36352, value: (r) => r.contributions[5] },
    { name: "total PSI", printed: "The total PSI is 0.029", book: 0.029, unit: "PSI", tolerance: 0.011, line: 36358, value: (r) => r.statistic, note: "Σ = 0.029308; the book rounds to three decimals." },
    { name: "verdict", printed: "(Stable)", book: "stable", line: 36358, value: (r) => r.band },
  ],
  conclusion: "Three-point shifts in every bin add up to a PSI of 0.03, far below the 0.1 'investigate' line: not every visible change is drift worth acting on.",
});
