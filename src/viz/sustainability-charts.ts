/**
 * Charts of carbon (book Chapter 15, Eq. 15.2): how much the same energy emits on
 * different grids.
 */
import type { TopLevelSpec } from "vega-lite";
import { operationalCarbon } from "../calc/sustainability/carbon";
import type { GridIntensitySpec } from "../constants/sustainability";
import type { Quantity } from "../units/quantity";
import { validatorFor } from "../util/validate";
import { barChart } from "./bar-chart";

/** Options of {@link carbonByGridChart}. */
export interface CarbonByGridChartOptions {
  /** IT energy of the workload (an energy quantity, or a number in kWh). */
  readonly energy: Quantity<"energy"> | number;
  /** The grids to compare (1–50), e.g. `gridIntensityRegistry.list()`. */
  readonly grids: readonly GridIntensitySpec[];
  /** PUE applied to every grid (≥ 1); default 1. */
  readonly pue?: number;
  /** A yardstick to show in the labels, e.g. a car's CO₂ per year. */
  readonly equivalent?: { readonly label: string; readonly value: Quantity<"mass"> };
  readonly title?: string;
  readonly subtitle?: string;
  readonly width?: number;
  readonly height?: number;
}

/**
 * Tonnes of CO₂e of one workload on each grid (horizontal bars), computed with
 * {@link operationalCarbon}; with an equivalent, each label says how many of it.
 *
 * @returns a Vega-Lite v5 bar chart
 * @throws InvalidParameterError for no grids or more than 50, or what operationalCarbon rejects
 * @example
 * ```ts
 * const spec = carbonByGridChart({ energy: q(1300, "MWh"), grids: gridIntensityRegistry.list() });
 * spec.data.values[0] // { grid: "Global grid average (0.4 kg/kWh)", tonnes: 520 }
 * ```
 */
export function carbonByGridChart(options: CarbonByGridChartOptions): TopLevelSpec & { data: { values: { grid: string; tonnes: number }[] } } {
  const fn = "carbonByGridChart";
  const check = validatorFor(fn);
  const o = check.options("options", options, ["energy", "grids", "pue", "equivalent", "title", "subtitle", "width", "height"]);
  if (!Array.isArray(o.grids) || o.grids.length < 1 || o.grids.length > 50) check.fail("grids", o.grids, "1 to 50 grid intensities");
  const rows = o.grids.map((g) => {
    const carbon = operationalCarbon({ energy: o.energy, gridIntensity: g.value, pue: o.pue }).carbon;
    const times = o.equivalent ? ` = ${Number(carbon.ratio(o.equivalent.value).toPrecision(3))} ${o.equivalent.label}` : "";
    return { grid: `${g.name} (${Number(g.value.to("kg/kWh").toPrecision(3))} kg/kWh)${times}`, tonnes: Number(carbon.to("t").toPrecision(12)) };
  });
  const energyText = typeof o.energy === "number" ? `${o.energy} kWh` : o.energy.format();
  return barChart({
    data: rows, category: "grid", value: "tonnes", orientation: "horizontal",
    title: o.title ?? `Carbon of ${energyText} by grid`, subtitle: o.subtitle ?? `Eq. 15.2: energy × PUE (${o.pue ?? 1}) × grid intensity`,
    categoryTitle: "Grid", valueTitle: "CO₂e (tonnes)", width: o.width, height: o.height,
  }) as TopLevelSpec & { data: { values: { grid: string; tonnes: number }[] } };
}
