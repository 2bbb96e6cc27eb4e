/**
 * Reading an object of named entries (costs by item, rates by group, stages by name),
 * with the library's error grammar. @internal
 */
import { validatorFor } from "../../util/validate";

/**
 * The keys of a plain object of named entries, checking that it is one and that it has
 * between `min` and `max` entries. @internal
 */
export function entryNames(fn: string, parameter: string, value: unknown, min: number, max: number, what: string): string[] {
  const check = validatorFor(fn);
  if (value === null || typeof value !== "object" || Array.isArray(value)) check.fail(parameter, value, `an object of ${what} by name`);
  const names = Object.keys(value as object);
  if (names.length < min || names.length > max) check.fail(parameter, `${names.length} entries`, `between ${min} and ${max} entries`);
  return names;
}
