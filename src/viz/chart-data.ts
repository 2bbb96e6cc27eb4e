/**
 * Checking and copying the rows a chart inlines. Builders call {@link inlineRows} so
 * that a spec holds only the fields it draws, every drawn value is of the right kind,
 * and no chart silently carries more than {@link MAX_CHART_ROWS} rows.
 */
import { validatorFor } from "../util/validate";
import { MAX_CHART_ROWS } from "./schema";

/** A value a chart can draw: numbers on quantitative channels, strings and booleans on categorical ones. */
export type ChartValue = string | number | boolean | null;

/** One data row as builders receive it. Extra fields are allowed and dropped. */
export type ChartRow = Readonly<Record<string, unknown>>;

/** What a field must hold: a finite number, a positive finite number (log scales), or a category. */
export type FieldKind = "number" | "positive" | "category";

/**
 * Validates `rows` and returns new plain rows holding only `fields`, in the given order.
 *
 * @param functionName - the public builder, named in errors.
 * @param rows - the caller's rows; 1 to {@link MAX_CHART_ROWS} of them.
 * @param fields - field name → the kind of value it must hold.
 * @throws InvalidParameterError when `rows` is not an array, is empty or too long, or a
 *   value is missing or of the wrong kind (the message names `data[i].field`).
 * @example
 * ```ts
 * inlineRows("lineChart", [{ gpus: 8, days: 25.3, note: "x" }], { gpus: "number", days: "positive" })
 * // [{ gpus: 8, days: 25.3 }]
 * ```
 */
export function inlineRows(
  functionName: string,
  rows: readonly ChartRow[],
  fields: Readonly<Record<string, FieldKind>>,
): Record<string, ChartValue>[] {
  const check = validatorFor(functionName);
  if (!Array.isArray(rows)) check.fail("data", rows, "an array of row objects");
  if (rows.length === 0) check.fail("data", rows, "a non-empty array of rows");
  if (rows.length > MAX_CHART_ROWS) {
    check.fail("data", rows, `at most ${MAX_CHART_ROWS} rows (aggregate in TypeScript before charting)`);
  }
  const names = Object.keys(fields);
  return rows.map((row, i) => {
    if (row === null || typeof row !== "object") check.fail(`data[${i}]`, row, "a row object");
    const copy: Record<string, ChartValue> = {};
    for (const name of names) {
      const value = row[name];
      const where = `data[${i}].${name}`;
      switch (fields[name]) {
        case "number":
          copy[name] = check.finite(where, value as number);
          break;
        case "positive":
          copy[name] = check.positive(where, value as number);
          break;
        default:
          if (typeof value === "string" || typeof value === "boolean") copy[name] = value;
          else if (typeof value === "number" && Number.isFinite(value)) copy[name] = value;
          else check.fail(where, value, "a string, boolean or finite number");
      }
    }
    return copy;
  });
}

/**
 * Checks that `field` is a non-empty string naming a field.
 *
 * @throws InvalidParameterError naming `parameter` otherwise.
 * @example
 * ```ts
 * fieldName("lineChart", "x", "gpus") // "gpus"
 * ```
 */
export function fieldName(functionName: string, parameter: string, field: unknown): string {
  if (typeof field !== "string" || field.length === 0) {
    validatorFor(functionName).fail(parameter, field, "a non-empty field name");
  }
  return field as string;
}

/**
 * The distinct values of `field` in order of first appearance, used as an explicit
 * scale domain so categories keep the caller's order.
 *
 * @example
 * ```ts
 * distinctInOrder([{ s: "b" }, { s: "a" }, { s: "b" }], "s") // ["b", "a"]
 * ```
 */
export function distinctInOrder(rows: readonly Record<string, ChartValue>[], field: string): (string | number | boolean)[] {
  const seen = new Set<string | number | boolean>();
  for (const row of rows) {
    const value = row[field];
    if (value !== null && value !== undefined) seen.add(value);
  }
  return [...seen];
}
