/**
 * WE-1.12 GPT-3's training footprint (book Ch. 1, footnote "GPT-3 Training Energy",
 * seed 004 L1075): 1,287 MWh, 552 t CO₂e, "the annual electricity of 120 US households".
 */
import { operationalCarbon } from "../../calc/sustainability/carbon";
import { CARBON_EQUIVALENTS, getGridIntensity } from "../../constants/sustainability";
import { q } from "../../units/quantity";
import { workedExample } from "../worked-example";

const household = CARBON_EQUIVALENTS.usHouseholdElectricityPerYear;
const grid = getGridIntensity("global-average");

/**
 * WE-1.12: 1,287 MWh is 123 households' yearly electricity at 10.5 MWh each (≈ 120);
 * at Chapter 15's 0.4 kg/kWh it emits 515 t, so the footnote's 552 t implies a grid of
 * 0.43 kg/kWh.
 *
 * @example
 * ```ts
 * gpt3FootprintExample.compute().households // 122.57…
 * ```
 */
export const gpt3FootprintExample = workedExample({
  id: "WE-1.12",
  slug: "gpt3-footprint",
  title: "GPT-3's training footprint",
  chapter: 1,
  section: "Chapter 1, The bitter lesson (footnote on GPT-3's training energy)",
  lines: [1075, 1075],
  problem: "What do GPT-3's 1,287 MWh of training energy mean in households and in tonnes of CO₂e?",
  inputs: {
    energy: { label: "training energy (Patterson et al.)", value: q(1287, "MWh"), line: 1075 },
    householdPerYear: { label: "US household electricity per year", value: household.value, provenance: household.provenance },
    gridIntensity: { label: "global grid average", value: grid.value, provenance: grid.provenance },
  },
  compute: (i) => {
    const atAverage = operationalCarbon({ energy: i.energy, gridIntensity: i.gridIntensity });
    return { households: i.energy.ratio(i.householdPerYear), carbonAtAverage: atAverage.carbon, impliedIntensity: q(552, "t").div(i.energy) };
  },
  checks: [
    { name: "households' annual electricity", printed: "roughly the annual electricity of 120 average US households", book: 120, unit: "households", tolerance: 0.025, line: 1075,
      value: (r) => r.households, note: "1,287 / 10.5 = 122.6 (Chapter 5's 10.5 MWh per household)." },
    { name: "CO₂e at Chapter 15's 0.4 kg/kWh", printed: "emitted 552 tonnes of CO2-equivalent", book: 552, expected: 514.8, unit: "t", tolerance: 1e-9, line: 1075,
      value: (r) => r.carbonAtAverage,
      note: "Not an error: the 552 t were measured on the grid of the data centre that trained GPT-3, 552 / 1,287 = 0.43 kg/kWh; Chapter 15's global average of 0.4 kg/kWh gives 514.8 t." },
  ],
  conclusion: "One training run uses the electricity of over a hundred homes for a year; the grid it runs on sets the carbon as much as the run itself.",
});
