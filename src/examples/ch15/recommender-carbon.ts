/**
 * W15.12 Carbon of the recommender (book Ch. 15, Eq. 15.2 and Tables 15.13–15.16, seed
 * 004 L39245–L39496).
 */
import { operationalCarbon } from "../../calc/sustainability/carbon";
import { getGridIntensity } from "../../constants/sustainability";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";
import { recommenderCosts, recommenderInputs } from "./recommender-tco";

const grid = getGridIntensity("global-average");

/**
 * W15.12: 400 W per GPU on a 0.4 kg/kWh grid is 0.16 kg per GPU-hour: 1,536 kg for 12
 * training cycles, 89 kg a day and 32.4 t a year of inference, ≈ 99 t over 3 years.
 *
 * @example
 * ```ts
 * recommenderCarbonExample.compute().total.to("t") // 98.86…
 * ```
 */
export const recommenderCarbonExample = workedExample({
  id: "W15.12",
  slug: "recommender-carbon",
  title: "Carbon footprint of the recommender",
  chapter: 15,
  section: "Chapter 15, Quantifying environmental impact (Eq. 15.2)",
  lines: [39245, 39496],
  problem: "How much CO₂e do the recommender's training and three years of serving emit?",
  inputs: {
    ...recommenderInputs,
    gpuPower: { label: "power per GPU, PUE included", value: q(400, "W"), line: 39252 },
    gridIntensity: { label: "grid intensity", value: grid.value, provenance: grid.provenance },
  },
  compute: (i) => {
    const c = recommenderCosts(i);
    const carbonOf = (gpuTime: ReturnType<typeof q<"h">>) => operationalCarbon({ energy: i.gpuPower.times(gpuTime) as never, gridIntensity: i.gridIntensity }).carbon;
    const perGpuHour = carbonOf(q(1, "h"));
    const training = carbonOf(c.cycleHours.times(i.cycles) as never);
    const inference = carbonOf(c.inferenceHours as never);
    return { perGpuHour, training, perDay: carbonOf(q(c.demand.gpuHoursPerDay, "h")), perYear: carbonOf(c.demand.gpuTimePerYear), inference, total: training.plus(inference) };
  },
  checks: [
    { name: "carbon per GPU-hour", printed: "= 0.16 kg CO2eq per GPU-hour", book: 0.16, unit: "kg", tolerance: 1e-12, line: 39256, value: (r) => r.perGpuHour },
    { name: "training, 12 cycles", printed: "1,536 kg", book: 1536, unit: "kg", tolerance: 1e-12, line: 39310, value: (r) => r.training },
    { name: "inference per day", printed: "89 kg", book: 89, unit: "kg", tolerance: 0.002, line: 39368, value: (r) => r.perDay },
    { name: "inference per year", printed: "32444kg", book: 32_444, unit: "kg", tolerance: 2e-5, line: 39374, value: (r) => r.perYear },
    { name: "inference over 3 years", printed: "97.3 tons", book: 97.3, unit: "t", tolerance: 0.001, line: 39482, value: (r) => r.inference },
    { name: "total over 3 years", printed: "~99 tons", book: 99, unit: "t", tolerance: 0.002, line: 39496, value: (r) => r.total, note: "1.5 t + 97.3 t = 98.9 t." },
  ],
  conclusion: "Inference carries 98 % of the carbon too: the region and the serving efficiency, not the training run, decide the footprint.",
});
