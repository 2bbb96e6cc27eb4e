/**
 * Where a number comes from. Every registry value carries one: the book table or
 * section, the line in the seed file, and a note where the book contradicts itself.
 */

/** The source of a value. */
export interface Provenance {
  /** Which seed document: "004" is the textbook, "000"–"003" the complexity chapters; "user" for registered values;
   *  "external" for a figure the book does not print (a vendor datasheet, a paper), named in `source`. */
  readonly seed: "000" | "001" | "002" | "003" | "004" | "user" | "external";
  /** The book's label for the source, e.g. "Table 21.3" or "WE-2.5 Voice Assistant Wall". */
  readonly source: string;
  /** 1-based line in ../shared/seeds/<seed>_*.txt, when known. */
  readonly line?: number;
  /** Caveats: contradictions elsewhere in the book, unit conventions, corrections. */
  readonly note?: string;
}

/** A value with its provenance. */
export interface Sourced<T> {
  readonly value: T;
  readonly provenance: Provenance;
}

/**
 * Shorthand for a provenance record from the textbook (seed 004).
 *
 * @example
 * ```ts
 * bookSource("Table 21.3", 43638) // { seed: "004", source: "Table 21.3", line: 43638 }
 * ```
 */
export function bookSource(source: string, line?: number, note?: string): Provenance {
  return Object.freeze({ seed: "004" as const, source, ...(line === undefined ? {} : { line }), ...(note === undefined ? {} : { note }) });
}

/**
 * Provenance for values a user registers at run time.
 *
 * @example
 * ```ts
 * userSource("vendor datasheet") // { seed: "user", source: "registered by user", note: "vendor datasheet" }
 * ```
 */
export function userSource(note?: string): Provenance {
  return Object.freeze({ seed: "user" as const, source: "registered by user", ...(note === undefined ? {} : { note }) });
}

/**
 * Provenance for a value the book does not print but a record needs (for example
 * YOLOv8n's parameter count). `source` names where it comes from; use sparingly and
 * say why in `note`.
 *
 * @example
 * ```ts
 * externalSource("Ultralytics YOLOv8 model table") // { seed: "external", source: "Ultralytics YOLOv8 model table" }
 * ```
 */
export function externalSource(source: string, note?: string): Provenance {
  return Object.freeze({ seed: "external" as const, source, ...(note === undefined ? {} : { note }) });
}
