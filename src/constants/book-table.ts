/**
 * A small builder for the book's constants tables: each row becomes a frozen
 * {@link ConstantSpec} citing the table and the seed line of that row.
 */
import { Quantity } from "../units/quantity";
import { validatorFor } from "../util/validate";
import { bookSource } from "./provenance";
import type { ConstantSpec } from "./types";

/** One row of a book table, as given to the function {@link bookTable} returns. */
export interface BookTableRow {
  /** The book's identifier, verbatim (e.g. `"CLOUD_EGRESS_PER_GB"`). */
  readonly id: string;
  /** The value as a quantity, or a plain number for dimensionless counts. */
  readonly value: Quantity<string> | number;
  /** The unit exactly as the book prints it (`"-"` for none). */
  readonly printedUnit: string;
  /** 1-based line of the row's identifier in seeds/004_*.txt. */
  readonly line: number;
  /** What the constant means, in a sentence. */
  readonly description: string;
  /** Caveats: contradictions elsewhere in the book, unit conventions. */
  readonly note?: string;
}

/**
 * Returns a row builder for one book table: every row it builds gets `group` and the
 * provenance `{ seed: "004", source, line, note }`.
 *
 * Why: the constants appendix (seed 004, L43440 onwards) is a set of
 * identifier/value/unit tables; writing each row once, with its line, keeps the
 * registry traceable to the page.
 *
 * @param source - the book's label, e.g. `"Table 21.10"`.
 * @param group - the topic the rows belong to, e.g. `"energy"`.
 * @returns a function from a {@link BookTableRow} to a frozen {@link ConstantSpec}.
 * @throws InvalidParameterError (from the returned function) when the id is empty, a
 * plain-number value is not finite, the value is neither number nor quantity, or the
 * line is not a positive integer.
 * @example
 * ```ts
 * const row = bookTable("Table 21.12", "economics");
 * const egress = row({ id: "CLOUD_EGRESS_PER_GB", value: q(0.09, "USD/GB"), printedUnit: "dollar/GB",
 *   line: 44431, description: "Cloud data egress price." });
 * egress.provenance // { seed: "004", source: "Table 21.12", line: 44431 }
 * ```
 */
export function bookTable(source: string, group: string): (row: BookTableRow) => ConstantSpec {
  const check = validatorFor(`bookTable(${JSON.stringify(source)})`);
  return (row) => {
    if (typeof row.id !== "string" || row.id.trim() === "") check.fail("id", row.id, "a non-empty string");
    if (typeof row.value === "number") check.finite(`${row.id}.value`, row.value);
    else if (!(row.value instanceof Quantity)) check.fail(`${row.id}.value`, row.value, "a finite number or a Quantity");
    check.integer(`${row.id}.line`, row.line, 1);
    return Object.freeze({
      id: row.id,
      value: row.value,
      printedUnit: row.printedUnit,
      group,
      description: row.description,
      provenance: bookSource(source, row.line, row.note),
    });
  };
}
