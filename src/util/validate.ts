/**
 * The one validator. Each check returns the value it accepted so that calls read
 * as assignments, and throws {@link InvalidParameterError} otherwise. NaN and ±Infinity
 * are rejected by every numeric check.
 */
import { InvalidParameterError } from "./errors";

/** Checks bound to one public function's name, created by {@link validatorFor}. */
export interface Validator {
  /** A finite number (any sign). */
  finite(parameter: string, value: number): number;
  /** A finite number > 0; use for anything that divides. */
  positive(parameter: string, value: number): number;
  /** A finite number ≥ 0. */
  nonNegative(parameter: string, value: number): number;
  /** A finite number in (0, 1]: efficiencies, utilisations. */
  fraction(parameter: string, value: number): number;
  /** A finite number in [0, 1]: probabilities, shares. */
  probability(parameter: string, value: number): number;
  /** An integer ≥ `min` (default 1): counts of devices, samples, bins. */
  integer(parameter: string, value: number, min?: number): number;
  /** A finite number ≥ `min`. */
  atLeast(parameter: string, value: number, min: number): number;
  /** One of the listed options. */
  oneOf<T extends string>(parameter: string, value: T, options: readonly T[]): T;
  /** Throws for `parameter` with a custom description of the valid range. */
  fail(parameter: string, value: unknown, expected: string): never;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/**
 * Returns validation helpers whose errors name `functionName`.
 *
 * @example
 * ```ts
 * const check = validatorFor("trainingTime");
 * const eta = check.fraction("efficiency", 0.45); // 0.45
 * check.fraction("efficiency", 0);
 * // InvalidParameterError: trainingTime: efficiency must be a finite number in (0, 1]; got 0
 * ```
 */
export function validatorFor(functionName: string): Validator {
  let validator = validators.get(functionName);
  if (!validator) {
    validator = createValidator(functionName);
    validators.set(functionName, validator);
  }
  return validator;
}

/**
 * One frozen validator per function name. Reusing it matters for speed, not just
 * allocation: fresh closures on every call make V8 discard the optimised code of a
 * function that validates and then runs a long loop.
 */
const validators = new Map<string, Validator>();

function createValidator(functionName: string): Validator {
  const fail = (parameter: string, value: unknown, expected: string): never => {
    throw new InvalidParameterError(functionName, parameter, value, expected);
  };
  const numberWhere = (
    parameter: string,
    value: number,
    accept: (x: number) => boolean,
    expected: string,
  ): number => (isFiniteNumber(value) && accept(value) ? value : fail(parameter, value, expected));

  const validator: Validator = {
    fail,
    finite: (p, v) => numberWhere(p, v, () => true, "a finite number"),
    positive: (p, v) => numberWhere(p, v, (x) => x > 0, "a finite number > 0"),
    nonNegative: (p, v) => numberWhere(p, v, (x) => x >= 0, "a finite number ≥ 0"),
    fraction: (p, v) => numberWhere(p, v, (x) => x > 0 && x <= 1, "a finite number in (0, 1]"),
    probability: (p, v) => numberWhere(p, v, (x) => x >= 0 && x <= 1, "a finite number in [0, 1]"),
    atLeast: (p, v, min) => numberWhere(p, v, (x) => x >= min, `a finite number ≥ ${min}`),
    integer: (p, v, min = 1) => numberWhere(p, v, (x) => Number.isInteger(x) && x >= min, `an integer ≥ ${min}`),
    oneOf: (p, v, options) =>
      options.includes(v) ? v : fail(p, v, `one of ${options.map((o) => JSON.stringify(o)).join(", ")}`),
  };
  return Object.freeze(validator);
}
