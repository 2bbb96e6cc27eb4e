/**
 * W15.3 Gender Shades (book Ch. 15, Table 15.2, seed 004 L38202–L38252).
 */
import { errorRateDisparity } from "../../calc/fairness/representation";
import { workedExample } from "../worked-example";

/**
 * W15.3: error rates 0.8 / 7.1 / 12.0 / 34.7 % give 8.9×, 15.0× and 43.4× the baseline;
 * accuracy 99.2 % against 65.3 %.
 *
 * @example
 * ```ts
 * genderShadesExample.compute().worstRatio // 43.37…
 * ```
 */
export const genderShadesExample = workedExample({
  id: "W15.3",
  slug: "gender-shades",
  title: "Gender Shades: disaggregated error rates",
  chapter: 15,
  section: "Chapter 15, Disaggregated evaluation (Table 15.2)",
  lines: [38202, 38252],
  problem: "How much more often does a commercial face classifier err on darker-skinned women than on lighter-skinned men?",
  inputs: {
    lightMale: { label: "light-skinned males", value: 0.008, line: 38222 },
    lightFemale: { label: "light-skinned females", value: 0.071, line: 38228 },
    darkMale: { label: "dark-skinned males", value: 0.12, line: 38234 },
    darkFemale: { label: "dark-skinned females", value: 0.347, line: 38240 },
  },
  compute: (i) => errorRateDisparity({ errorRates: { ...i }, baseline: "lightMale" }),
  checks: [
    { name: "light-skinned females ÷ baseline", printed: "8.9× higher", book: 8.9, unit: "×", tolerance: 0.003, line: 38229, value: (r) => r.ratios.lightFemale, note: "7.1 / 0.8 = 8.875." },
    { name: "dark-skinned males ÷ baseline", printed: "15.0× higher", book: 15, unit: "×", tolerance: 1e-9, line: 38235, value: (r) => r.ratios.darkMale },
    { name: "dark-skinned females ÷ baseline", printed: "43.4× higher", book: 43.4, unit: "×", tolerance: 0.001, line: 38241, value: (r) => r.worstRatio },
    { name: "accuracy, light-skinned males", printed: "accuracies of 99.2%", book: 0.992, unit: "accuracy", tolerance: 1e-12, line: 38252, value: (r) => r.accuracies.lightMale },
    { name: "accuracy, dark-skinned females", printed: "and 65.3% respectively", book: 0.653, unit: "accuracy", tolerance: 1e-12, line: 38252, value: (r) => r.accuracies.darkFemale },
  ],
  conclusion: "A single accuracy figure averaged over everyone hid a 43-fold disparity: report metrics per group, intersectional groups included.",
});
