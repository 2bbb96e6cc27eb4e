/**
 * The registry of named constants: every row of the book's System Assumptions
 * tables 21.1–21.13 under its book identifier, the TPU v5p figures of Table 20.10,
 * and the unit prices of Listing 4.2. Hardware and model records are built from it,
 * so a value lives in exactly one place.
 */
import type { DimensionOfUnit } from "../units/dimension-types";
import { Quantity, asQuantity } from "../units/quantity";
import { InvalidParameterError } from "../util/errors";
import { validatorFor } from "../util/validate";
import { economicsConstants } from "./economics-constants";
import { energyConstants } from "./energy-constants";
import { hardwareConstants } from "./hardware-constants";
import { interconnectConstants } from "./interconnect-constants";
import { modelConstants } from "./model-constants";
import { createRegistry, type Registry } from "./registry";
import { scaleConstants } from "./scale-constants";
import type { ConstantSpec } from "./types";

/**
 * All named constants, looked up by the book's identifier (case-insensitive).
 * Groups: "hardware" (Tables 21.1–21.8, 20.10), "model" (21.9), "energy" (21.10),
 * "interconnect" (21.11), "economics" (21.12, Listing 4.2), "scale" (21.13).
 *
 * Source: seed 004, System Assumptions appendix (L43440–L44700).
 * @example
 * ```ts
 * constantRegistry.get("cloud_egress_per_gb").printedUnit // "dollar/GB"
 * constantRegistry.list().length                          // 101
 * ```
 */
export const constantRegistry: Registry<ConstantSpec> = createRegistry("constant", [
  ...hardwareConstants,
  ...modelConstants,
  ...energyConstants,
  ...interconnectConstants,
  ...economicsConstants,
  ...scaleConstants,
]);

/**
 * The constant record (value, printed unit, group, description, provenance) for a
 * book identifier.
 *
 * @param id - the book's identifier, e.g. `"INFINIBAND_NDR_BW"` (case-insensitive).
 * @throws InvalidParameterError naming the id and listing the known ids.
 * @example
 * ```ts
 * getConstant("INFINIBAND_NDR_BW").provenance // { seed: "004", source: "Table 21.11", line: 44334 }
 * ```
 */
export function getConstant(id: string): ConstantSpec {
  return constantRegistry.get(id, "getConstant", "id");
}

/**
 * The value of a constant: a {@link Quantity}, or a plain number for the book's
 * unitless counts (printed unit "-").
 *
 * @param id - the book's identifier (case-insensitive).
 * @throws InvalidParameterError for an unknown id.
 * @example
 * ```ts
 * (constantValue("CLOUD_EGRESS_PER_GB") as Quantity).to("USD/TB") // 90
 * constantValue("GPT2_LAYERS")                                    // 48
 * ```
 */
export function constantValue(id: string): Quantity<string> | number {
  return constantRegistry.get(id, "constantValue", "id").value;
}

/**
 * A constant's value as a quantity of the dimension of `unit`, typed accordingly, so
 * calculators can take book constants without casts.
 *
 * @param id - the book's identifier (case-insensitive).
 * @param unit - any unit of the expected dimension, e.g. `"FLOP/s"` or `"USD/GB"`.
 * @returns the stored quantity (unchanged, only type-narrowed).
 * @throws InvalidParameterError for an unknown id or a constant that is a plain number.
 * @throws DimensionError when the constant has another dimension than `unit`.
 * @example
 * ```ts
 * constantQuantity("A100_MEM_BW", "TB/s").to("TB/s")  // 2.039
 * constantQuantity("A100_MEM_BW", "TFLOP/s")
 * // DimensionError: constantQuantity: A100_MEM_BW must be a flop rate (flop/s); got 2.04 TB/s, a data rate (B/s)
 * ```
 */
export function constantQuantity<U extends string>(id: string, unit: U): Quantity<DimensionOfUnit<U>> {
  const spec = constantRegistry.get(id, "constantQuantity", "id");
  if (!(spec.value instanceof Quantity)) {
    throw new InvalidParameterError("constantQuantity", "id", id, `a constant with a unit (${spec.id} is the plain number ${spec.value})`);
  }
  return asQuantity("constantQuantity", spec.id, spec.value, unit);
}

/**
 * All constants, in table order; with `group`, only that group's.
 *
 * @param group - optional topic: "hardware", "model", "energy", "interconnect", "economics", "scale" or a user group.
 * @throws InvalidParameterError when `group` names no registered constant.
 * @example
 * ```ts
 * listConstants("economics").map((c) => c.id)
 * // ["CLOUD_ELECTRICITY_PER_KWH", "CLOUD_EGRESS_PER_GB", "s3_per_tb_mo", "spark_per_tb", "query_cost_per"]
 * ```
 */
export function listConstants(group?: string): readonly ConstantSpec[] {
  const all = constantRegistry.list();
  if (group === undefined) return all;
  const groups = [...new Set(all.map((c) => c.group))];
  validatorFor("listConstants").oneOf("group", group, groups);
  return all.filter((c) => c.group === group);
}

/**
 * Adds a user constant (or, with `replace`, overrides a book one to explore an
 * alternative assumption) and returns the frozen record.
 *
 * @param spec - the record; `value` must be a finite number or a quantity.
 * @param options - `{ replace: true }` to overwrite an existing id.
 * @throws InvalidParameterError for an empty or duplicate id, or a bad value.
 * @example
 * ```ts
 * registerConstant({ id: "GPU_HOUR_PRICE", value: q(2.5, "USD/h"), printedUnit: "USD/h", group: "economics",
 *   description: "On-demand A100 rental price.", provenance: userSource() }).value.toString() // "$2.5/h"
 * ```
 */
export function registerConstant(spec: ConstantSpec, options?: { replace?: boolean }): ConstantSpec {
  const check = validatorFor("registerConstant");
  if (!spec || typeof spec !== "object") check.fail("spec", spec, "a ConstantSpec record");
  if (typeof spec.value === "number") check.finite("value", spec.value);
  else if (!(spec.value instanceof Quantity)) check.fail("value", spec.value, "a finite number or a Quantity");
  if (!spec.provenance || typeof spec.provenance.source !== "string") check.fail("provenance", spec.provenance, "a Provenance record (see bookSource/userSource)");
  return constantRegistry.register(spec, options);
}
