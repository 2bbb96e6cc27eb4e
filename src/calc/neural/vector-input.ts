/**
 * Reading the plain number arrays the neural-computation functions take (vectors and
 * row-major matrices), with the length checked against a documented bound before any
 * work. Internal: errors name the public function that called it.
 */
import { validatorFor } from "../../util/validate";

/** Longest vector, and most elements in a matrix, that the neural functions accept. */
export const MAX_VECTOR_LENGTH = 1e7;

/** A finite-number vector of length [minLength, MAX_VECTOR_LENGTH]. */
export function readVector(fn: string, parameter: string, value: readonly number[], minLength = 1): readonly number[] {
  const check = validatorFor(fn);
  if (!Array.isArray(value) || value.length < minLength || value.length > MAX_VECTOR_LENGTH) {
    check.fail(parameter, value, `an array of ${minLength} to ${MAX_VECTOR_LENGTH} finite numbers`);
  }
  for (let i = 0; i < value.length; i++) if (!Number.isFinite(value[i])) check.fail(`${parameter}[${i}]`, value[i], "a finite number");
  return value;
}

/** A rectangular matrix of finite numbers, rows × cols ≤ MAX_VECTOR_LENGTH, optionally with a fixed shape. */
export function readMatrix(fn: string, parameter: string, value: readonly (readonly number[])[], shape: { rows?: number; cols?: number } = {}): readonly (readonly number[])[] {
  const check = validatorFor(fn);
  if (!Array.isArray(value) || value.length < 1 || value.length > MAX_VECTOR_LENGTH) check.fail(parameter, value, "a non-empty array of rows (arrays of finite numbers)");
  if (shape.rows !== undefined && value.length !== shape.rows) check.fail(parameter, value, `${shape.rows} rows`);
  const first = value[0];
  if (!Array.isArray(first)) check.fail(`${parameter}[0]`, first, "a row: an array of finite numbers");
  const cols = shape.cols ?? first.length;
  if (cols < 1 || value.length * cols > MAX_VECTOR_LENGTH) check.fail(parameter, value, `a matrix of 1 to ${MAX_VECTOR_LENGTH} elements`);
  value.forEach((row, r) => {
    if (!Array.isArray(row) || row.length !== cols) check.fail(`${parameter}[${r}]`, row, `a row of ${cols} finite numbers`);
    for (let k = 0; k < cols; k++) if (!Number.isFinite(row[k])) check.fail(`${parameter}[${r}][${k}]`, row[k], "a finite number");
  });
  return value;
}
