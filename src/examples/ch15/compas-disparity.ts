/**
 * W15.1 COMPAS error rates by race (book Ch. 15, seed 004 L37948–L37961).
 */
import { errorRateDisparity } from "../../calc/fairness/representation";
import { workedExample } from "../worked-example";

/**
 * W15.1: non-reoffenders flagged high-risk at 44.9 % (Black) vs 23.5 % (White), 1.91×;
 * reoffenders labelled low-risk at 47.7 % (White) vs 28.0 % (Black), 1.70×.
 *
 * @example
 * ```ts
 * compasDisparityExample.compute().fpr.worstRatio // 1.9106…
 * ```
 */
export const compasDisparityExample = workedExample({
  id: "W15.1",
  slug: "compas-disparity",
  title: "COMPAS: calibrated scores, unequal errors",
  chapter: 15,
  section: "Chapter 15, When algorithms fail (COMPAS)",
  lines: [37948, 37961],
  problem: "How unequal are COMPAS's false positive and false negative rates between Black and White defendants?",
  inputs: {
    fprBlack: { label: "false positive rate, Black defendants", value: 0.449, line: 37953 },
    fprWhite: { label: "false positive rate, White defendants", value: 0.235, line: 37953 },
    fnrBlack: { label: "false negative rate, Black defendants", value: 0.28, line: 37955 },
    fnrWhite: { label: "false negative rate, White defendants", value: 0.477, line: 37955 },
  },
  compute: (i) => ({
    fpr: errorRateDisparity({ errorRates: { Black: i.fprBlack, White: i.fprWhite }, baseline: "White" }),
    fnr: errorRateDisparity({ errorRates: { Black: i.fnrBlack, White: i.fnrWhite }, baseline: "Black" }),
  }),
  checks: [
    { name: "false positive rate, Black ÷ White", printed: "at nearly twice the rate", book: 2, unit: "×", tolerance: 0.05, line: 37953, value: (r) => r.fpr.worstRatio, note: "44.9 / 23.5 = 1.91." },
    { name: "group with more false negatives", printed: "White defendants who did re-offend were incorrectly labeled as low-risk far more often", book: "White", line: 37955, value: (r) => r.fnr.worstGroup },
  ],
  conclusion: "A score can be calibrated for every group and still err in opposite directions for each; with different base rates no score satisfies both.",
});
