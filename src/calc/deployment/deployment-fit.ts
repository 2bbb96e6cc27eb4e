/**
 * Which model fits which device (book Chapter 15, Tables 15.11 and 15.12, seed 004
 * L39093–L39211): a model fits a context when it stays within both its power budget
 * and its latency requirement.
 */
import type { Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { entryNames } from "../common/named-entries";
import { readAmount, type Amount } from "../common/quantity-input";

/** Power and latency of a model, or the budget of a context. */
export interface PowerLatency {
  /** Number in W, or a power quantity. > 0. */
  readonly power: Amount<"power">;
  /** Number in ms, or a time quantity. > 0. */
  readonly latency: Amount<"time">;
}

/** Input of {@link deploymentFit}. */
export interface DeploymentFitInput {
  /** Models by name (1–100): their power draw and latency. */
  readonly models: Readonly<Record<string, PowerLatency>>;
  /** Contexts by name (1–100): their power budget and latency requirement. */
  readonly contexts: Readonly<Record<string, PowerLatency>>;
}

/** One cell of {@link deploymentFit}. */
export interface DeploymentFitCell {
  readonly model: string;
  readonly context: string;
  readonly fitsPower: boolean;
  readonly fitsLatency: boolean;
  /** fitsPower and fitsLatency. */
  readonly fits: boolean;
}

function readPair(fn: string, name: string, value: PowerLatency): { power: Quantity<"power">; latency: Quantity<"time"> } {
  const v = validatorFor(fn).options(name, value, ["power", "latency"]);
  return { power: readAmount(fn, `${name}.power`, v.power, "W", "positive"), latency: readAmount(fn, `${name}.latency`, v.latency, "ms", "positive") };
}

function readSet(fn: string, name: string, value: Readonly<Record<string, PowerLatency>>) {
  return entryNames(fn, name, value, 1, 100, "{ power, latency }").map((n) => ({ name: n, ...readPair(fn, `${name}.${n}`, value[n]) }));
}

/**
 * Every model against every context: fits = power ≤ budget and latency ≤ requirement.
 * Book (Tables 15.11–15.12): MobileNetV2 (1.2 W, 40 ms) fits a smartphone (3 W, 100 ms)
 * but not an IoT sensor (100 mW, 1 s); only the 50 mW TinyML model fits the sensor.
 *
 * @throws InvalidParameterError for empty or oversized sets, or a power or latency ≤ 0.
 * @throws DimensionError for quantities of the wrong dimension.
 * @example
 * ```ts
 * deploymentFit({ models: { MobileNetV2: { power: 1.2, latency: 40 } }, contexts: { smartphone: { power: 3, latency: 100 } } })[0].fits // true
 * ```
 */
export function deploymentFit(input: DeploymentFitInput): readonly DeploymentFitCell[] {
  const fn = "deploymentFit";
  const i = validatorFor(fn).options("input", input, ["models", "contexts"]);
  const models = readSet(fn, "models", i.models);
  const contexts = readSet(fn, "contexts", i.contexts);
  return Object.freeze(models.flatMap((m) => contexts.map((c) => {
    const fitsPower = m.power.baseValue <= c.power.baseValue;
    const fitsLatency = m.latency.baseValue <= c.latency.baseValue;
    return Object.freeze({ model: m.name, context: c.name, fitsPower, fitsLatency, fits: fitsPower && fitsLatency });
  })));
}
