/**
 * W15.11 Three-year TCO of a recommender serving 10 million users a day (book Ch. 15,
 * Tables 15.13–15.16, seed 004 L39228–L39496) and W15.17 the summary's latency saving (L39681).
 */
import { costBreakdown } from "../../calc/economics/cost-breakdown";
import { inferenceGpuDemand } from "../../calc/economics/inference-demand";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

/** The scenario of Chapter 15's TCO case, shared with the carbon example. @internal */
export const recommenderInputs = {
  users: { label: "daily users", value: 10e6, line: 39230 },
  recommendationsPerUser: { label: "recommendations per user per day", value: 20, line: 39232 },
  gpuTimePerInference: { label: "GPU time per inference", value: q(10, "ms"), line: 39232 },
  prepHours: { label: "data preparation", value: q(100, "h"), line: 39230 },
  searchHours: { label: "hyperparameter search", value: q(500, "h"), line: 39230 },
  finalHours: { label: "final training", value: q(200, "h"), line: 39230 },
  trainingRate: { label: "training GPU-hour", value: q(4, "USD/h"), line: 39230 },
  cycles: { label: "training cycles in 3 years (quarterly)", value: 12, line: 39234 },
  inferenceRate: { label: "inference GPU-hour", value: q(2.5, "USD/h"), line: 39232 },
  years: { label: "horizon", value: q(3, "year"), line: 39234 },
  monitoring: { label: "monitoring infrastructure", value: q(50_000, "USD/year"), line: 39416 },
  onCall: { label: "on-call engineering (0.5 FTE)", value: q(100_000, "USD/year"), line: 39422 },
  incidents: { label: "incident response", value: q(20_000, "USD/year"), line: 39428 },
} as const;

/** The GPU time and money of the scenario. @internal */
export function recommenderCosts(i: { readonly [K in keyof typeof recommenderInputs]: (typeof recommenderInputs)[K]["value"] }) {
  const demand = inferenceGpuDemand({ requestRate: q(i.users * i.recommendationsPerUser, "1/day"), gpuTimePerRequest: i.gpuTimePerInference });
  const cycleHours = i.prepHours.plus(i.searchHours).plus(i.finalHours);
  const cycleCost = i.trainingRate.times(cycleHours);
  const inferenceHours = demand.gpuTimePerYear.times(i.years.to("year"));
  const tco = costBreakdown({ items: {
    training: cycleCost.times(i.cycles), inference: i.inferenceRate.times(inferenceHours),
    operations: i.monitoring.plus(i.onCall).plus(i.incidents).times(i.years),
  } });
  return { demand, cycleHours, cycleCost, inferenceHours, tco, annualInference: i.inferenceRate.times(demand.gpuTimePerYear) };
}

/**
 * W15.11: training $38,400, inference $1.52M, operations $510K: $2.07M over 3 years,
 * 2 / 73 / 25 %; inference costs 40× training (not the ~10:1 of the table's caption).
 *
 * @example
 * ```ts
 * recommenderTcoExample.compute().tco.total.to("USD") // 2069233.3…
 * ```
 */
export const recommenderTcoExample = workedExample({
  id: "W15.11",
  slug: "recommender-tco",
  title: "Three-year TCO of a recommender",
  chapter: 15,
  section: "Chapter 15, Total cost of ownership (Tables 15.13–15.16)",
  lines: [39228, 39496],
  problem: "Where does the money go over three years for a recommender serving 20 recommendations a day to 10 million users?",
  inputs: recommenderInputs,
  compute: (i) => { const c = recommenderCosts(i); return { ...c, ratio: c.tco.items.inference.ratio(c.tco.items.training) }; },
  checks: [
    { name: "one training cycle", printed: "approximately USD 3,200", book: 3200, unit: "USD", tolerance: 1e-12, line: 39230, value: (r) => r.cycleCost },
    { name: "training over 3 years", printed: "38,400", book: 38_400, unit: "USD", tolerance: 1e-12, line: 39309, value: (r) => r.tco.items.training },
    { name: "GPU-hours per day", printed: "556 GPU-hr", book: 556, unit: "GPU-h/day", tolerance: 0.001, line: 39367, value: (r) => r.demand.gpuHoursPerDay },
    { name: "GPUs running continuously", printed: "approximately 23 GPUs", book: 23, unit: "GPUs", tolerance: 0.007, line: 39232, value: (r) => r.demand.gpusContinuous },
    { name: "inference per year", printed: "annual GPU costs reach USD 506,944", book: 506_944, unit: "USD", tolerance: 1e-6, line: 39232, value: (r) => r.annualInference },
    { name: "inference over 3 years", printed: "$1.52M", book: 1.52e6, unit: "USD", tolerance: 0.001, line: 39376, value: (r) => r.tco.items.inference },
    { name: "operations over 3 years", printed: "$510K", book: 510_000, unit: "USD", tolerance: 1e-12, line: 39435, value: (r) => r.tco.items.operations },
    { name: "three-year TCO", printed: "$2.07M", book: 2.07e6, unit: "USD", tolerance: 0.001, line: 39494, value: (r) => r.tco.total },
    { name: "training share", printed: "2%", book: 0.02, unit: "share", tolerance: 0.08, line: 39474, value: (r) => r.tco.shares.training, note: "1.86 %." },
    { name: "inference share", printed: "73%", book: 0.73, unit: "share", tolerance: 0.008, line: 39481, value: (r) => r.tco.shares.inference },
    { name: "operations share", printed: "25%", book: 0.25, unit: "share", tolerance: 0.016, line: 39488, value: (r) => r.tco.shares.operations },
    { name: "inference ÷ training", printed: "The 40:1 ratio", book: 40, unit: "×", tolerance: 0.011, line: 39234, value: (r) => r.ratio },
    { name: "inference ÷ training (table caption)", printed: "The ~10:1 ratio between inference and training", book: 10, expected: 39.605, unit: "×", tolerance: 1e-4, line: 39451, value: (r) => r.ratio,
      note: "The caption contradicts the text: $1.52M / $38.4K = 39.6, as the text's 40:1 says." },
  ],
  conclusion: "Serving, not training, is three quarters of the bill; a cheaper training run changes almost nothing, a faster inference changes everything.",
});

/**
 * W15.17: cutting inference latency by 20 % saves $304K and 19 t of CO₂e over 3 years.
 *
 * @example
 * ```ts
 * latencySavingExample.compute().money.to("USD") // 304166.6…
 * ```
 */
export const latencySavingExample = workedExample({
  id: "W15.17",
  slug: "latency-reduction-saving",
  title: "What a 20 % latency cut saves",
  chapter: 15,
  section: "Chapter 15, Summary",
  lines: [39681, 39681],
  problem: "What do 20 % faster inferences save the recommender over three years, in dollars and in carbon?",
  inputs: {
    ...recommenderInputs,
    reduction: { label: "latency reduction (quantisation)", value: 0.2, line: 39681 },
    kgPerGpuHour: { label: "carbon per GPU-hour (400 W at 0.4 kg/kWh)", value: q(0.16, "kg/h"), line: 39256 },
  },
  compute: (i) => {
    const c = recommenderCosts(i);
    return { money: c.tco.items.inference.times(i.reduction), carbon: i.kgPerGpuHour.times(c.inferenceHours).times(i.reduction) };
  },
  checks: [
    { name: "money saved", printed: "saves USD 304K", book: 304_000, unit: "USD", tolerance: 0.001, line: 39681, value: (r) => r.money },
    { name: "carbon avoided", printed: "eliminates 19 tons of CO2", book: 19, unit: "t", tolerance: 0.03, line: 39681, value: (r) => r.carbon, note: "0.2 × 97.3 t = 19.5 t." },
  ],
  conclusion: "Every percent of inference efficiency is worth thousands of dollars and tonnes of CO₂e at this scale; cost and carbon move together.",
});
