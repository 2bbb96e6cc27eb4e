/**
 * W14.16 Annual MLOps ROI (book Ch. 14, Eq. 14.16, seed 004 L37455–L37470).
 */
import { annualRoi } from "../../calc/economics/roi";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * W14.16: ($100K of incidents avoided + $36K of time saved) / $30K = 4.5×.
 *
 * @example
 * ```ts
 * mlopsRoiExample.compute().ratio // 4.533…
 * ```
 */
export const mlopsRoiExample = workedExample({
  id: "W14.16",
  slug: "mlops-roi",
  title: "Annual MLOps ROI for one model",
  chapter: 14,
  section: "Chapter 14, The economics of MLOps (Eq. 14.16)",
  lines: [37455, 37470],
  problem: "Is $30K a year of MLOps worth it for a model that brings in $1M a year?",
  inputs: {
    incidents: { label: "incidents avoided per year", value: 4, line: 37462 },
    incidentCost: { label: "cost per incident", value: q(25_000, "USD"), line: 37462 },
    hoursSaved: { label: "deployment hours saved per month", value: 20, line: 37464 },
    hourlyCost: { label: "engineer-hour", value: q(150, "USD"), line: 37464 },
    investment: { label: "MLOps investment", value: q(30_000, "USD/year"), line: 37466 },
  },
  compute: (i) => {
    const perYear = q(1, "year");
    return annualRoi({
      benefits: { incidents: i.incidentCost.times(i.incidents).div(perYear) as never, time: i.hourlyCost.times(i.hoursSaved * 12).div(perYear) as never },
      annualCost: i.investment,
    });
  },
  checks: [
    { name: "benefits per year", printed: "USD 100 K + USD 36 K", book: 136_000, unit: "USD/year", tolerance: 1e-12, line: 37470, value: (r) => r.totalBenefit },
    { name: "ROI", printed: "= 4.5×", book: 4.5, unit: "×", tolerance: 0.008, line: 37470, value: (r) => r.ratio, note: "136 / 30 = 4.53." },
  ],
  conclusion: "For a model with real revenue, modest MLOps spending returns several times its cost, mostly through incidents that do not happen.",
});
