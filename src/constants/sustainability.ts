/**
 * Grid carbon intensities, data-centre PUE values and carbon equivalents that the book
 * uses in its sustainability arithmetic (Chapters 2, 8 and 15; seed 004). The book has
 * no sustainability table in its constants appendix, so each record cites the chapter
 * line that states the value.
 */
import { q, type Quantity } from "../units/quantity";
import { bookSource, type Provenance } from "./provenance";
import { createRegistry, type Registry } from "./registry";

/** A grid's carbon intensity. */
export interface GridIntensitySpec {
  readonly id: string;
  readonly name: string;
  /** kg CO₂e emitted per kWh drawn. */
  readonly value: Quantity<"carbonIntensity">;
  readonly provenance: Provenance;
}

/** A data centre's power usage effectiveness (facility energy ÷ IT energy). */
export interface PueSpec {
  readonly id: string;
  readonly name: string;
  /** PUE, ≥ 1. */
  readonly value: number;
  readonly provenance: Provenance;
}

/**
 * The grid intensities the book states: the global and US averages of Chapter 15
 * (0.4 kg/kWh), the "regional grid average" of Table 8.12 (0.45 kg/kWh), and a
 * renewable-powered region derived from Chapter 15's "5× carbon reduction" by region
 * choice (0.4 / 5 = 0.08 kg/kWh).
 *
 * @example
 * ```ts
 * gridIntensityRegistry.get("global-average").value.to("kg/kWh") // 0.4
 * ```
 */
export const gridIntensityRegistry: Registry<GridIntensitySpec> = createRegistry("grid intensity", [
  { id: "global-average", name: "Global grid average", value: q(0.4, "kg/kWh"), provenance: bookSource("Chapter 15, TCO and carbon case", 39254) },
  { id: "us-average", name: "US grid average", value: q(0.4, "kg/kWh"), provenance: bookSource("Chapter 15, GPT-3-scale carbon", 39538) },
  { id: "regional-average", name: "Regional grid average (Table 8.12)", value: q(0.45, "kg/kWh"), provenance: bookSource("Table 8.12", 20656) },
  {
    id: "renewable-region", name: "Renewable-powered cloud region", value: q(0.08, "kg/kWh"),
    provenance: bookSource("Chapter 15, Environmental impact", 39526, "Derived: the book says choosing a renewable-powered region cuts carbon 5×; 0.4 / 5 = 0.08 kg/kWh."),
  },
]);

/**
 * The PUE values the book quotes: an elite 1.06 (Chapter 2), the 1.1–1.3 range of
 * cloud data centres (Table 2.5), and up to 2.0 for less optimised facilities (Chapter 12).
 *
 * @example
 * ```ts
 * pueRegistry.get("elite").value // 1.06
 * ```
 */
export const pueRegistry: Registry<PueSpec> = createRegistry("PUE", [
  { id: "elite", name: "Elite hyperscale data centre", value: 1.06, provenance: bookSource("Chapter 2, ML hardware cost spectrum", 2533) },
  { id: "cloud-efficient", name: "Efficient cloud data centre", value: 1.1, provenance: bookSource("Table 2.5", 2818) },
  { id: "cloud-typical", name: "Cloud data centre, upper end", value: 1.3, provenance: bookSource("Table 2.5", 2818) },
  { id: "less-optimised", name: "Less optimised facility", value: 2.0, provenance: bookSource("Chapter 12, energy benchmarking", 29760) },
]);

/**
 * Yardsticks the book converts footprints into: a passenger car's CO₂ per year
 * (4.6 t, Chapter 15) and a US household's electricity per year (10.5 MWh, Chapter 5).
 *
 * @example
 * ```ts
 * CARBON_EQUIVALENTS.carPerYear.value.format() // "4.60 t"
 * ```
 */
export const CARBON_EQUIVALENTS = Object.freeze({
  carPerYear: Object.freeze({ value: q(4.6, "t"), provenance: bookSource("Chapter 15, GPT-3-scale carbon", 39542) }),
  usHouseholdElectricityPerYear: Object.freeze({ value: q(10.5, "MWh"), provenance: bookSource("Chapter 5, training energy scale", 8083) }),
});

/**
 * A grid intensity by id (case-insensitive): "global-average", "us-average",
 * "regional-average", "renewable-region", or one you registered.
 *
 * @throws InvalidParameterError for an unknown id, listing the known ones.
 * @example
 * ```ts
 * getGridIntensity("regional-average").value.to("kg/kWh") // 0.45
 * ```
 */
export function getGridIntensity(id: string): GridIntensitySpec {
  return gridIntensityRegistry.get(id, "getGridIntensity", "id");
}

/**
 * A PUE value by id (case-insensitive): "elite", "cloud-efficient", "cloud-typical",
 * "less-optimised", or one you registered.
 *
 * @throws InvalidParameterError for an unknown id, listing the known ones.
 * @example
 * ```ts
 * getPue("cloud-typical").value // 1.3
 * ```
 */
export function getPue(id: string): PueSpec {
  return pueRegistry.get(id, "getPue", "id");
}
