/** Parameter merging shared by the scenarios (internal). */
import { validatorFor, Validator } from "../util/validate";

/**
 * @internal Merges `params` over `defaults`, rejecting keys the scenario does not
 * know (a typo would otherwise be silently ignored), then runs `check` on the merged
 * record with a validator named after the scenario. Returns a frozen copy.
 */
export function resolveParams<P extends object>(
  scenario: string,
  defaults: P,
  params: Partial<P> | undefined,
  check: (p: P, v: Validator) => void,
): P {
  const v = validatorFor(scenario);
  if (params !== undefined && (params === null || typeof params !== "object" || Array.isArray(params))) {
    v.fail("params", params, "an object of scenario parameters");
  }
  const known = Object.keys(defaults);
  for (const key of Object.keys(params ?? {})) {
    if (!known.includes(key)) v.fail("params", key, `one of the parameter names ${known.map((k) => JSON.stringify(k)).join(", ")}; unknown name`);
  }
  const merged = { ...defaults } as P;
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  check(merged, v);
  return Object.freeze(merged);
}

/** @internal Checks that `value` is an array of `length` finite numbers (any length when omitted). */
export function checkNumberArray(v: Validator, name: string, value: unknown, length?: number): readonly number[] {
  if (!Array.isArray(value) || (length !== undefined && value.length !== length) || value.length === 0) {
    v.fail(name, value, length === undefined ? "a non-empty array of numbers" : `an array of ${length} numbers`);
  }
  (value as unknown[]).forEach((x, i) => v.finite(`${name}[${i}]`, x as number));
  return value as readonly number[];
}

/** @internal Checks an array of probabilities that sums to 1 (±1e-9). */
export function checkProbabilities(v: Validator, name: string, value: unknown, length?: number): readonly number[] {
  const p = checkNumberArray(v, name, value, length);
  p.forEach((x, i) => v.probability(`${name}[${i}]`, x));
  const sum = p.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) > 1e-9) v.fail(name, sum, "probabilities summing to 1 (±1e-9); their sum");
  return p;
}
