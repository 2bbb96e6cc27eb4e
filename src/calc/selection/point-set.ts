/**
 * Shared input checks of the selection algorithms: a pool of points stored row-major
 * in a typed array, a selection budget, and a seeded random source.
 */
import { validatorFor } from "../../util/validate";

/** Most points (rows) a selection algorithm accepts. */
export const MAX_SELECTION_POOL = 10_000_000;

/** Most distance evaluations (points × budget × dimensions) {@link kCenterGreedy} performs. */
export const MAX_SELECTION_WORK = 2e9;

/** Points or probabilities, row-major: row i is `values[i·width … (i+1)·width)`. */
export type PointArray = Float32Array | Float64Array;

/**
 * What a stochastic selection needs from a random source: a seeded `PhiloxSource`
 * (`philox(seed)`, `streamFor(seed, name)`) has it.
 */
export interface UniformSource {
  /** The next uniform double in [0, 1). */
  nextFloat64(): number;
}

/** @internal Checks a row-major array and returns its row count. */
export function rowsOf(fn: string, parameter: string, values: unknown, width: number): number {
  const check = validatorFor(fn);
  if (!(values instanceof Float32Array || values instanceof Float64Array)) check.fail(parameter, values, "a Float32Array or Float64Array");
  const array = values as PointArray;
  if (array.length === 0) check.fail(parameter, "an empty array", "a non-empty array");
  if (array.length % width !== 0) check.fail(parameter, `an array of ${array.length}`, `a length that is a multiple of ${width} (rows × ${width})`);
  const rows = array.length / width;
  if (rows > MAX_SELECTION_POOL) check.fail(parameter, `an array of ${rows} rows`, `at most ${MAX_SELECTION_POOL} rows`);
  // |x| ≤ 1e150 keeps squared distances finite.
  for (let k = 0; k < array.length; k++) if (!(Math.abs(array[k]) <= 1e150)) check.fail(`${parameter}[${k}]`, array[k], "a finite number with |x| ≤ 1e150");
  return rows;
}

/** @internal Checks a width (dimensions or classes): an integer in [1, max]. */
export function widthOf(fn: string, parameter: string, value: number, max = 100_000): number {
  const check = validatorFor(fn);
  check.integer(parameter, value, 1);
  return value > max ? check.fail(parameter, value, `an integer in [1, ${max}]`) : value;
}

/** @internal Checks a budget: an integer in [0, available]. */
export function budgetOf(fn: string, budget: number, available: number): number {
  const check = validatorFor(fn);
  check.integer("budget", budget, 0);
  return budget > available ? check.fail("budget", budget, `an integer in [0, ${available}] (the items available)`) : budget;
}

/** @internal Checks a random source. */
export function sourceOf(fn: string, source: unknown): UniformSource {
  if (source === null || typeof source !== "object" || typeof (source as UniformSource).nextFloat64 !== "function") {
    validatorFor(fn).fail("source", source, "a seeded random source with nextFloat64(), e.g. philox(seed)");
  }
  return source as UniformSource;
}

/** @internal Checks an optional list of already-chosen indices: integers in [0, rows), no repeats. */
export function indexListOf(fn: string, parameter: string, indices: unknown, rows: number): Int32Array {
  const check = validatorFor(fn);
  if (indices === undefined) return new Int32Array(0);
  if (!(Array.isArray(indices) || indices instanceof Int32Array || indices instanceof Uint32Array)) check.fail(parameter, indices, "an array of row indices");
  const list = indices as ArrayLike<number>;
  if (list.length > rows) check.fail(parameter, `an array of ${list.length}`, `at most ${rows} indices`);
  const seen = new Uint8Array(rows);
  const out = new Int32Array(list.length);
  for (let k = 0; k < list.length; k++) {
    const v = list[k];
    if (!(Number.isInteger(v) && v >= 0 && v < rows)) check.fail(`${parameter}[${k}]`, v, `an integer row index in [0, ${rows})`);
    if (seen[v]) check.fail(`${parameter}[${k}]`, v, "an index not listed before");
    seen[v] = 1;
    out[k] = v;
  }
  return out;
}
