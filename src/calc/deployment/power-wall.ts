/**
 * The Power Wall (book Chapter 2, Eq. 2.2, seed 004 L2188–L2190): dynamic power
 * P ∝ C·V²·f, and while voltage had to rise with frequency, P ∝ f³, which ended the
 * race to higher clocks around 2005.
 */
import { validatorFor } from "../../util/validate";

/** Input of {@link dynamicPowerRatio}. */
export interface DynamicPowerRatioInput {
  /** f_new / f_old, > 0. */
  readonly frequencyRatio: number;
  /** V_new / V_old, > 0. Default: equal to frequencyRatio (voltage scaling with frequency, as past the end of Dennard scaling). */
  readonly voltageRatio?: number;
  /** C_new / C_old (switched capacitance), > 0. Default 1. */
  readonly capacitanceRatio?: number;
}

/**
 * Ratio of dynamic power after a change of frequency, voltage and capacitance:
 * P_new / P_old = (C_new/C_old)·(V_new/V_old)²·(f_new/f_old) (Eq. 2.2). With V ∝ f,
 * doubling the clock costs 2³ = 8× the power (L2190).
 *
 * @throws InvalidParameterError for a ratio that is not a finite number > 0.
 * @example
 * ```ts
 * dynamicPowerRatio({ frequencyRatio: 2 })                    // 8
 * dynamicPowerRatio({ frequencyRatio: 2, voltageRatio: 1 })   // 2
 * ```
 */
export function dynamicPowerRatio(input: DynamicPowerRatioInput): number {
  const check = validatorFor("dynamicPowerRatio");
  const i = check.options("input", input, ["frequencyRatio", "voltageRatio", "capacitanceRatio"]);
  const f = check.positive("frequencyRatio", i.frequencyRatio);
  const v = check.positive("voltageRatio", i.voltageRatio ?? f);
  const c = check.positive("capacitanceRatio", i.capacitanceRatio ?? 1);
  return c * v * v * f;
}
