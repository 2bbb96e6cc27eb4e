/**
 * Input handling shared by every drift statistic: one coercion from whatever the
 * caller holds (number[], Float64Array, any typed array, an Arrow vector or any
 * iterable of numbers) to a Float64Array, and one missing-value policy.
 *
 * Policy (same for every function in src/drift): by default a NaN or ±Infinity
 * anywhere in a sample throws {@link InvalidParameterError} naming the parameter
 * and the index of the first bad value, e.g. `ks2samp: a[3] must be a finite
 * number …; got NaN`. With `{ nan: "omit" }` those values are dropped and the
 * number dropped is reported as `omitted` on the result. An empty sample (after
 * omission) always throws.
 */
import { InvalidParameterError } from "../util/errors";
import { sortFinite } from "./radix-sort";

/** A sample of numbers: a plain array, a typed array, an Arrow vector or any iterable. */
export type Sample = ArrayLike<number> | Iterable<number>;

/** What to do with NaN and ±Infinity in a sample: throw (default) or drop and count. */
export type NanPolicy = "raise" | "omit";

/** A validated sample: finite values only, in input order, plus how many were dropped. */
export interface CleanSample {
  readonly values: Float64Array;
  readonly omitted: number;
}

const FINITE_HINT = 'a finite number (pass { nan: "omit" } to drop NaN and ±Infinity)';

function isArrayLike(x: unknown): x is ArrayLike<number> {
  return (
    Array.isArray(x) ||
    ArrayBuffer.isView(x) ||
    (typeof x === "object" && x !== null && typeof (x as { length?: unknown }).length === "number" && 0 in (x as object))
  );
}

/** Converts any supported sample container to an array-like of numbers without copying when possible. */
function asArrayLike(fn: string, parameter: string, input: unknown): ArrayLike<number> {
  if (isArrayLike(input)) return input;
  if (input && typeof input === "object") {
    const maybeArrow = input as { toArray?: () => ArrayLike<number> };
    if (typeof maybeArrow.toArray === "function") return maybeArrow.toArray();
    if (typeof (input as Iterable<number>)[Symbol.iterator] === "function") {
      return Array.from(input as Iterable<number>);
    }
    if (typeof (input as { length?: unknown }).length === "number") return input as ArrayLike<number>;
  }
  throw new InvalidParameterError(fn, parameter, input, "an array, typed array or iterable of numbers");
}

/**
 * Validates one sample for `fn` and returns a fresh Float64Array of its finite
 * values. Throws when the sample is empty, when a value is not a number, or (with
 * the default policy) when a value is NaN or ±Infinity.
 */
export function cleanSample(fn: string, parameter: string, input: Sample, nan: NanPolicy = "raise"): CleanSample {
  if (nan !== "raise" && nan !== "omit") {
    throw new InvalidParameterError(fn, "nan", nan, 'one of "raise", "omit"');
  }
  const src = asArrayLike(fn, parameter, input);
  return copyFinite(fn, parameter, input, src, nan);
}

/**
 * Like {@link cleanSample} but returns the caller's own Float64Array (no copy) when
 * it is already clean. The result must be treated as read-only.
 */
export function finiteView(fn: string, parameter: string, input: Sample, nan: NanPolicy = "raise"): CleanSample {
  if (nan !== "raise" && nan !== "omit") {
    throw new InvalidParameterError(fn, "nan", nan, 'one of "raise", "omit"');
  }
  if (input instanceof Float64Array && input.length > 0 && allFinite(input)) return { values: input, omitted: 0 };
  return cleanSample(fn, parameter, input, nan);
}

function copyFinite(
  fn: string,
  parameter: string,
  input: Sample,
  src: ArrayLike<number>,
  nan: NanPolicy,
): CleanSample {
  const n = src.length;
  const out = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const v = src[i];
    if (typeof v !== "number") {
      throw new InvalidParameterError(fn, `${parameter}[${i}]`, v, "a number");
    }
    if (v - v !== 0) {
      // NaN or ±Infinity
      if (nan === "raise") throw new InvalidParameterError(fn, `${parameter}[${i}]`, v, FINITE_HINT);
      continue;
    }
    out[k++] = v;
  }
  if (k === 0) {
    const what = n === 0 ? "a non-empty sample" : "a sample with at least one finite value";
    throw new InvalidParameterError(fn, parameter, input, what);
  }
  return { values: k === n ? out : out.slice(0, k), omitted: n - k };
}

/**
 * Validates and returns an ascending sorted copy, equal to sorting the
 * {@link cleanSample} result with Float64Array.prototype.sort but O(n): an LSD radix
 * sort on the bit patterns ({@link sortFinite}). A clean Float64Array input is read
 * directly (no extra copy); the caller's array is never modified.
 */
export function sortedSample(fn: string, parameter: string, input: Sample, nan: NanPolicy = "raise"): CleanSample {
  if (nan !== "raise" && nan !== "omit") {
    throw new InvalidParameterError(fn, "nan", nan, 'one of "raise", "omit"');
  }
  if (input instanceof Float64Array && input.length > 0 && allFinite(input)) {
    return { values: sortFinite(input), omitted: 0 };
  }
  const clean = cleanSample(fn, parameter, input, nan);
  return { values: sortFinite(clean.values, true), omitted: clean.omitted };
}

/** True when every value of `a` is finite (no NaN, no ±Infinity). */
export function allFinite(a: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (v - v !== 0) return false;
  }
  return true;
}
