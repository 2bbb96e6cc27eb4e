/**
 * W14.14 Slice analysis (book Ch. 14, Table 14.19, seed 004 L36684–L36736).
 */
import { sliceAccuracy } from "../../calc/operations/decision-threshold";
import { workedExample } from "../worked-example";

/**
 * W14.14: 90.6 % overall (printed 91 %) hides tablets at 62 %.
 *
 * @example
 * ```ts
 * sliceAnalysisExample.compute().worstSlice // "tablet"
 * ```
 */
export const sliceAnalysisExample = workedExample({
  id: "W14.14",
  slug: "slice-analysis",
  title: "Slice analysis: the average hides the tablet users",
  chapter: 14,
  section: "Chapter 14, Debugging with slices (Table 14.19)",
  lines: [36684, 36736],
  problem: "What overall accuracy do four device segments produce, and what does it hide?",
  inputs: {
    desktop: { label: "desktop: traffic, accuracy", value: [0.45, 0.94], line: 36706 },
    ios: { label: "iOS: traffic, accuracy", value: [0.3, 0.92], line: 36713 },
    android: { label: "Android: traffic, accuracy", value: [0.2, 0.88], line: 36720 },
    tablet: { label: "tablet: traffic, accuracy", value: [0.05, 0.62], line: 36727 },
  },
  compute: (i) => sliceAccuracy({ slices: Object.fromEntries(Object.entries(i).map(([name, [share, accuracy]]) => [name, { share, accuracy }])) }),
  checks: [
    { name: "overall accuracy", printed: "91%", book: 0.91, unit: "accuracy", tolerance: 0.005, line: 36735, value: (r) => r.overall, note: "The weighted mean is 90.6 %." },
    { name: "worst slice", printed: "tablet users (5% of traffic) experience 62% accuracy", book: "tablet", line: 36684, value: (r) => r.worstSlice },
    { name: "gap hidden by the aggregate", printed: "62%", book: 0.29, expected: 0.286, unit: "accuracy", tolerance: 1e-9, line: 36728, value: (r) => r.hiddenGap,
      note: "90.6 − 62 = 28.6 points (29 with the printed 91 %)." },
  ],
  conclusion: "A 5 % slice can fail badly while the headline number looks healthy: monitor by segment.",
});
