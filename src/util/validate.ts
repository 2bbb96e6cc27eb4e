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
  /**
   * An options or input object: a plain object (not null, not an array) whose keys are
   * all among `allowed`. An unknown key is rejected with the closest allowed key as a
   * "did you mean". `undefined` is accepted as `{}` only when `optional` is true.
   */
  options<T extends object>(parameter: string, value: T | undefined, allowed: readonly string[], optional?: boolean): T;
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

/** Edit distance between two short strings (for "did you mean"). */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

/**
 * The allowed name closest to `name`, when it is close enough to be a typo.
 *
 * @example
 * ```ts
 * closestName("permutatiosn", ["permutations", "seed"]) // "permutations"
 * closestName("zzz", ["permutations", "seed"])          // undefined
 * ```
 */
export function closestName(name: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

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
    options: <T extends object>(p: string, v: T | undefined, allowed: readonly string[], optional = false): T => {
      if (v === undefined && optional) return {} as T;
      const proto = v !== null && typeof v === "object" ? Object.getPrototypeOf(v) : undefined;
      if (v === null || typeof v !== "object" || Array.isArray(v) || (proto !== Object.prototype && proto !== null)) {
        return fail(p, v, `an object with keys among ${allowed.map((k) => JSON.stringify(k)).join(", ")}`);
      }
      for (const key of Object.keys(v)) {
        if (allowed.includes(key)) continue;
        const near = closestName(key, allowed);
        const hint = near ? ` (did you mean ${JSON.stringify(near)}?)` : "";
        fail(`${p}.${key}`, (v as Record<string, unknown>)[key], `a known key${hint}; the keys are ${allowed.map((k) => JSON.stringify(k)).join(", ")}`);
      }
      return v;
    },
  };
  return Object.freeze(validator);
}
