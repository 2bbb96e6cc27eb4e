/**
 * W15.7 Fairness analysis in loan approval (book Ch. 15, Tables 15.6–15.7, seed 004
 * L38603–L38697) and W15.15 its fallacy arithmetic (L39657).
 */
import { fairnessFlags } from "../../calc/fairness/fairness-flags";
import { fairnessMetrics } from "../../calc/fairness/fairness-metrics";
import { workedExample } from "../worked-example";

const inputs = {
  tpA: { label: "group A: approved and repaid (TP)", value: 4500, line: 38630 },
  fnA: { label: "group A: rejected but would repay (FN)", value: 500, line: 38631 },
  fpA: { label: "group A: approved and defaulted (FP)", value: 1000, line: 38636 },
  tnA: { label: "group A: rejected and would default (TN)", value: 4000, line: 38637 },
  tpB: { label: "group B: TP", value: 600, line: 38671 },
  fnB: { label: "group B: FN", value: 400, line: 38672 },
  fpB: { label: "group B: FP", value: 200, line: 38677 },
  tnB: { label: "group B: TN", value: 800, line: 38678 },
} as const;

type LoanInputs = { readonly [K in keyof typeof inputs]: number };
const loanMetrics = (i: LoanInputs) => fairnessMetrics({ groups: { A: { tp: i.tpA, fn: i.fnA, fp: i.fpA, tn: i.tnA }, B: { tp: i.tpB, fn: i.fnB, fp: i.fpB, tn: i.tnB } } });

/**
 * W15.7: approval 55 % vs 40 % (15 pp), TPR 90 % vs 60 % (30 pp), FPR 20 % both;
 * pooled accuracy 82.5 %, not the 85 % the book reports for all applicants.
 *
 * @example
 * ```ts
 * loanFairnessExample.compute().metrics.demographicParityRatio // 0.7272…
 * ```
 */
export const loanFairnessExample = workedExample({
  id: "W15.7",
  slug: "loan-fairness",
  title: "Fairness analysis in loan approval",
  chapter: 15,
  section: "Chapter 15, Fairness analysis in loan approval (Tables 15.6 and 15.7)",
  lines: [38603, 38697],
  problem: "Does a loan model treat a majority group A (10,000 applicants) and a minority group B (2,000) alike?",
  inputs,
  compute: (i) => { const metrics = loanMetrics(i); return { metrics, flags: fairnessFlags(metrics) }; },
  checks: [
    { name: "approval rate, group A", printed: "= 55%", book: 0.55, unit: "rate", tolerance: 1e-12, line: 38691, value: (r) => r.metrics.byGroup.A.selectionRate },
    { name: "approval rate, group B", printed: "= 40%", book: 0.4, unit: "rate", tolerance: 1e-12, line: 38691, value: (r) => r.metrics.byGroup.B.selectionRate },
    { name: "demographic parity gap", printed: "The 15 percentage point disparity", book: 0.15, unit: "rate", tolerance: 1e-12, line: 38691, value: (r) => r.metrics.demographicParityDifference },
    { name: "TPR, group A", printed: "= 90%", book: 0.9, unit: "rate", tolerance: 1e-12, line: 38693, value: (r) => r.metrics.byGroup.A.tpr },
    { name: "TPR, group B", printed: "= 60% TPR", book: 0.6, unit: "rate", tolerance: 1e-12, line: 38693, value: (r) => r.metrics.byGroup.B.tpr },
    { name: "equal opportunity gap", printed: "This 30 percentage point disparity", book: 0.3, unit: "rate", tolerance: 1e-12, line: 38693, value: (r) => r.metrics.equalOpportunityDifference },
    { name: "FPR, group B", printed: "Group B shows 200 / (200 + 800) = 20%", book: 0.2, unit: "rate", tolerance: 1e-12, line: 38695, value: (r) => r.metrics.byGroup.B.fpr },
    { name: "FPR gap", printed: "While false positive rates are equal", book: 0, unit: "rate", tolerance: 1e-12, line: 38695, value: (r) => r.metrics.fpr.difference },
    { name: "false negative rate, group B", printed: "(40% false negative rate versus 10%)", book: 0.4, unit: "rate", tolerance: 1e-12, line: 38697, value: (r) => r.metrics.byGroup.B.fnr },
    { name: "accuracy over all applicants", printed: "reports 85% accuracy across all applicants", book: 0.85, expected: 0.825, unit: "accuracy", tolerance: 1e-12, line: 38605,
      value: (r) => r.metrics.overall.accuracy, note: "85 % is group A's accuracy; pooled over all 12,000 applicants it is 9,900 / 12,000 = 82.5 % (group B: 70 %)." },
    { name: "book bound first violated (four-fifths rule)", printed: "The 15 percentage point disparity indicates unequal treatment", book: "fails",
      line: 38691, value: (r) => (r.flags.find((f) => f.check.startsWith("selection-rate ratio"))?.passes ? "passes" : "fails") },
  ],
  conclusion: "Equal false positive rates hide a 30-point gap in who gets approved among those who would repay: check every group metric, and alert on the book's bounds.",
});

/**
 * W15.15: a 30-point TPR gap means qualified group-B applicants are rejected 4× as
 * often (FNR 40 % vs 10 %).
 *
 * @example
 * ```ts
 * loanFallacyExample.compute() // 4.000000000000001
 * ```
 */
export const loanFallacyExample = workedExample({
  id: "W15.15",
  slug: "loan-rejection-ratio",
  title: "A 30-point TPR gap as a rejection ratio",
  chapter: 15,
  section: "Chapter 15, Fallacies and pitfalls",
  lines: [39657, 39657],
  problem: "How much more often are qualified minority applicants rejected when the TPR gap is 30 points?",
  inputs,
  compute: (i) => { const m = loanMetrics(i); return m.byGroup.B.fnr / m.byGroup.A.fnr; },
  checks: [{ name: "FNR of B ÷ FNR of A", printed: "4× higher rejection rates", book: 4, unit: "×", tolerance: 1e-12, line: 39657, value: (r) => r }],
  conclusion: "The same disparity reads as 30 points or as 4×: state both, because rejection rates are what applicants experience.",
});
