/**
 * WE-1.11 Historical efficiency trends (book Ch. 1, seed 004 L1489–L1491): what the
 * chapter's doubling and halving times compound to.
 */
import { exponentialGrowth } from "../../calc/performance/exponential-growth";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/**
 * WE-1.11: halving every 16 months for 84 months is 38×, not 44.5×; doubling every 2
 * years for 7 years is 11.3×, not 16×; doubling every 3.4 months for 6 years is
 * 10^6.4, not five orders of magnitude.
 *
 * @example
 * ```ts
 * efficiencyTrendsExample.compute().trainingCompute.ordersOfMagnitude // 6.37…
 * ```
 */
export const efficiencyTrendsExample = workedExample({
  id: "WE-1.11",
  slug: "efficiency-trends",
  title: "Historical efficiency trends, compounded",
  chapter: 1,
  section: "Chapter 1, The bitter lesson and efficiency trends",
  lines: [1489, 1491],
  problem: "Do the chapter's growth rates (algorithmic efficiency halving every 16 months, Moore's law, training compute doubling every 3.4 months) give the totals it prints?",
  inputs: {
    window2012to2019: { label: "2012–2019", value: q(84, "month"), line: 1489 },
    algorithmicHalving: { label: "compute for AlexNet-level accuracy halves every", value: q(16, "month"), line: 1489 },
    mooreDoubling: { label: "transistor density doubles every", value: q(24, "month"), line: 1489 },
    window2012to2018: { label: "2012–2018", value: q(72, "month"), line: 1491 },
    trainingDoubling: { label: "training compute doubles every", value: q(3.4, "month"), line: 1491 },
  },
  compute: (i) => ({
    algorithmic: exponentialGrowth({ duration: i.window2012to2019, halvingTime: i.algorithmicHalving }),
    moore: exponentialGrowth({ duration: i.window2012to2019, doublingTime: i.mooreDoubling }),
    trainingCompute: exponentialGrowth({ duration: i.window2012to2018, doublingTime: i.trainingDoubling }),
  }),
  checks: [
    { name: "algorithmic efficiency gain 2012–2019", printed: "decreased by approximately 44.5×", book: 44.5, expected: 38.05, unit: "×", tolerance: 1e-3, line: 1489,
      value: (r) => 1 / r.algorithmic.factor,
      note: "84 / 16 = 5.25 halvings, 2^5.25 = 38×. The measured 44.5× (Hernandez and Brown) implies a halving every ~14.6 months over these 7 years." },
    { name: "Moore's law over the same window", printed: "roughly 16×", book: 16, expected: 11.31, unit: "×", tolerance: 1e-3, line: 1489, value: (r) => r.moore.factor,
      note: "Doubling every 2 years for 7 years is 2^3.5 = 11.3×; 16× needs 8 years." },
    { name: "training compute growth 2012–2018, orders of magnitude", printed: "roughly five orders of magnitude", book: 5, expected: 6.375, unit: "orders of magnitude", tolerance: 1e-3, line: 1491,
      value: (r) => r.trainingCompute.ordersOfMagnitude,
      note: "72 / 3.4 = 21.2 doublings = 10^6.4; five orders of magnitude correspond to about 4.7 years at that rate." },
  ],
  conclusion: "The trends are real but the printed totals do not follow from the printed rates; compounding is where intuition fails, so compute it.",
});
