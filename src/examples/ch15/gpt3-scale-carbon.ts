/**
 * W15.13 GPT-3-scale carbon (book Ch. 15, seed 004 L39531–L39546).
 */
import { operationalCarbon } from "../../calc/sustainability/carbon";
import { CARBON_EQUIVALENTS, getGridIntensity } from "../../constants/sustainability";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

const grid = getGridIntensity("us-average");
const car = CARBON_EQUIVALENTS.carPerYear;

/**
 * W15.13: 1,300 MWh × 0.4 kg/kWh = 520 t, 113 cars' annual emissions; 1 % of it is
 * 1.13 car-years.
 *
 * @example
 * ```ts
 * gpt3ScaleCarbonExample.compute().cars // 113.04…
 * ```
 */
export const gpt3ScaleCarbonExample = workedExample({
  id: "W15.13",
  slug: "gpt3-scale-carbon",
  title: "The carbon of a GPT-3-scale training run",
  chapter: 15,
  section: "Chapter 15, Environmental impact",
  lines: [39531, 39546],
  problem: "What does a 1,300 MWh training run emit on the US grid, in tonnes and in cars?",
  inputs: {
    energy: { label: "training energy", value: q(1300, "MWh"), line: 39536 },
    gridIntensity: { label: "US grid average", value: grid.value, provenance: grid.provenance },
    carPerYear: { label: "a car's CO₂ per year", value: car.value, provenance: car.provenance },
  },
  compute: (i) => {
    const { carbon } = operationalCarbon({ energy: i.energy, gridIntensity: i.gridIntensity });
    return { carbon, cars: carbon.ratio(i.carPerYear), carsPerPercent: carbon.times(0.01).ratio(i.carPerYear) };
  },
  checks: [
    { name: "emissions", printed: "= 520,000 kg CO₂", book: 520_000, unit: "kg", tolerance: 1e-12, line: 39540, value: (r) => r.carbon },
    { name: "cars' annual emissions", printed: "the annual carbon footprint of 113 cars", book: 113, unit: "cars", tolerance: 0.001, line: 39546, value: (r) => r.cars },
    { name: "car-years per 1 % efficiency", printed: "removes the equivalent of one car’s annual emissions", book: 1, expected: 1.1304, unit: "cars", tolerance: 1e-4, line: 39546,
      value: (r) => r.carsPerPercent, note: "1 % of 520 t is 5.2 t, 1.13 cars' annual emissions: a little more than one." },
  ],
  conclusion: "At frontier scale each percent of training efficiency is a car's yearly emissions: efficiency is an environmental lever, not only a budget one.",
});
