/**
 * The shape every scenario generator shares: a pure description of a table (its
 * columns, their types, units and random-word budgets, the defaults taken from the
 * book) plus one function that fills any contiguous block of rows.
 *
 * Reproducibility contract (all scenarios): column `c` draws from the Philox stream
 * `streamFor(seed, "<scenario>/<c>")` (and, where noted, from named helper streams);
 * row i of a per-row stream uses words [i·w, i·w + w) where w is the column's
 * `wordsPerRow`. Rows that depend on other rows (sessions, arrival times, batches)
 * are built from fixed-size row blocks or from per-block prefix sums whose inputs are
 * keyed by block index, so generating rows [a, b) gives exactly the slice [a, b) of
 * generating rows [0, n), on any machine and in any partitioning.
 */

/**
 * Storage type of a column, mapped to Arrow as: int32 → Int32, float64 → Float64,
 * float32 → Float32, bool → Bool, timestamp → Timestamp(ms, "UTC"), dictionary →
 * Dictionary<Utf8, Int32>, embedding → FixedSizeList<Float32>[size].
 */
export type ColumnType = "int32" | "float64" | "float32" | "bool" | "timestamp" | "dictionary" | "embedding";

/** One column of a scenario's schema. */
export interface ColumnSpec {
  /** Column name (snake_case, as in the book's examples). */
  readonly name: string;
  /** Storage type; see {@link ColumnType}. */
  readonly type: ColumnType;
  /** Unit written into the Arrow field metadata under "unit" (e.g. "s", "ms", "USD"); absent for ids and labels. */
  readonly unit?: string;
  /** What the column holds and how it is drawn, one sentence. */
  readonly description: string;
  /**
   * 32-bit Philox words each row reserves in this column's own stream; 0 when the
   * column is a deterministic function of the row index or of other columns.
   */
  readonly wordsPerRow: number;
  /** Category labels of a dictionary column whose dictionary does not depend on the data. */
  readonly categories?: readonly string[];
  /** True when the generator itself may leave nulls (injections can null any column). */
  readonly nullable?: boolean;
}

/**
 * A Philox stream a scenario draws from: its name (the argument of `streamFor`), the
 * words reserved per key, and what the key is (a row, a session's first row, a block).
 */
export interface StreamSpec {
  /** Stream name, "<scenario>/<column or component>". */
  readonly name: string;
  /** Words reserved per key; key k uses words [k·words, k·words + words). */
  readonly words: number;
  /** What indexes the stream: "row", "session start row", "block of 4096 rows", "item", … */
  readonly per: string;
}

/** Typed-array storage of one generated column. */
export interface Column {
  readonly type: ColumnType;
  /**
   * int32 → Int32Array; float64 → Float64Array; float32 → Float32Array; bool →
   * Uint8Array of 0/1; timestamp → Float64Array of ms since 1970-01-01T00:00:00Z;
   * dictionary → Int32Array of indices into `dictionary`; embedding → Float32Array of
   * rows × size values, row-major.
   */
  readonly values: Int32Array | Float64Array | Float32Array | Uint8Array;
  /** Labels of a dictionary column. */
  readonly dictionary?: readonly string[];
  /** Vector length of an embedding column. */
  readonly size?: number;
  /** Null mask, 1 = null; absent when the column has no nulls. */
  readonly nulls?: Uint8Array;
}

/** Columns by name, in schema order. */
export type Columns = Record<string, Column>;

/** Plain JSON parameter values of a scenario. */
export type ParamValue = number | string | boolean | null | readonly ParamValue[] | { readonly [key: string]: ParamValue };

/**
 * A scenario generator: a pure, JSON-describable recipe for one synthetic table.
 * Call it through {@link generateColumns} or {@link generateTable}, which validate
 * the row range and the parameters.
 *
 * @typeParam P - the resolved parameter record
 */
export interface Scenario<P extends object = Record<string, unknown>> {
  /** Machine name, also the prefix of every stream name ("clickstream"). */
  readonly name: string;
  /** One-line human title. */
  readonly title: string;
  /** Where the scenario and its defaults come from (seed and line numbers). */
  readonly source: string;
  /** Default parameter values (frozen). */
  readonly defaults: Readonly<P>;
  /** The schema for the default parameters. */
  readonly columns: readonly ColumnSpec[];
  /** Every stream the scenario draws from, with its word budget. */
  readonly streams: readonly StreamSpec[];
  /** The schema for the given resolved parameters (sizes of embeddings and some budgets depend on them). */
  columnsFor(params: P): readonly ColumnSpec[];
  /**
   * Merges `params` over the defaults and validates every value.
   * @throws InvalidParameterError naming the scenario and the parameter
   */
  resolve(params?: Partial<P>): P;
  /**
   * Generates rows [rowStart, rowStart + rowCount) of a table of `totalRows` rows
   * (some scenarios spread rows over a time window or over items, so the total
   * matters). Inputs are assumed validated.
   */
  generate(seed: number, params: P, rowStart: number, rowCount: number, totalRows: number): Columns;
}
