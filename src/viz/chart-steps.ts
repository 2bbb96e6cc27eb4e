/**
 * Sample grids for the chapter charts: evenly spaced points on a linear or a log axis,
 * with a bound on their number so a chart never asks a calculator for unbounded work.
 */
import { validatorFor } from "../util/validate";

/** Most points a chart grid may have. */
export const MAX_GRID_POINTS = 1000;

/** @internal Checks a `[min, max]` range: both pass `each`, max > min. */
export function rangeOption(fn: string, parameter: string, range: unknown, fallback: readonly [number, number], positive = false): [number, number] {
  const check = validatorFor(fn);
  const value = range ?? fallback;
  if (!Array.isArray(value) || value.length !== 2) check.fail(parameter, value, "a [min, max] pair");
  const [a, b] = value as [number, number];
  const low = positive ? check.positive(`${parameter}[0]`, a) : check.finite(`${parameter}[0]`, a);
  const high = check.finite(`${parameter}[1]`, b);
  if (!(high > low)) check.fail(`${parameter}[1]`, high, `greater than ${parameter}[0] = ${low}`);
  return [low, high];
}

/** @internal `count` evenly spaced values from `from` to `to`, rounded to 10 decimals. */
export function linearSteps(from: number, to: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => Number((from + ((to - from) * i) / (count - 1)).toFixed(10)));
}

/** @internal `count` values evenly spaced on a log axis, to 6 significant digits. */
export function logSteps(from: number, to: number, count: number): number[] {
  const a = Math.log10(from);
  const b = Math.log10(to);
  return Array.from({ length: count }, (_, i) => Number((10 ** (a + ((b - a) * i) / (count - 1))).toPrecision(6)));
}

/** @internal Checks a non-empty list of at most `max` entries. */
export function listOption<T>(fn: string, parameter: string, list: unknown, max = 50): readonly T[] {
  const check = validatorFor(fn);
  if (!Array.isArray(list) || list.length === 0) check.fail(parameter, list, "a non-empty array");
  if ((list as unknown[]).length > max) check.fail(parameter, `an array of ${(list as unknown[]).length}`, `at most ${max} entries`);
  return list as readonly T[];
}
