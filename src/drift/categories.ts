/** Category counting shared by the categorical drift tests. Internal module. */
import { InvalidParameterError } from "../util/errors";

/** A category label: a string, a finite number or a boolean. */
export type Category = string | number | boolean;

/** Counts categories in first-appearance order; rejects null/undefined/NaN labels. */
export function countCategories(
  fn: string,
  parameter: string,
  values: ArrayLike<Category> | Iterable<Category>,
  into: Map<Category, [number, number]>,
  slot: 0 | 1,
): number {
  const arr: ArrayLike<Category> =
    Array.isArray(values) || ArrayBuffer.isView(values) ? (values as ArrayLike<Category>) : Array.from(values as Iterable<Category>);
  if (arr.length === 0) throw new InvalidParameterError(fn, parameter, values, "a non-empty sample of categories");
  for (let i = 0; i < arr.length; i++) {
    const c = arr[i];
    const ok = typeof c === "string" || typeof c === "boolean" || (typeof c === "number" && !Number.isNaN(c));
    if (!ok) throw new InvalidParameterError(fn, `${parameter}[${i}]`, c, "a string, number (not NaN) or boolean category");
    let entry = into.get(c);
    if (!entry) {
      entry = [0, 0];
      into.set(c, entry);
    }
    entry[slot] += 1;
  }
  return arr.length;
}
