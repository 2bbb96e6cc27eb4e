/**
 * Drift and fault injection specs and their ground-truth records. Every spec is plain
 * JSON, so a dataset's manifest can store the exact recipe; every record is plain
 * JSON too and says which columns, which rows (and times) and how much.
 */

/**
 * Which rows an injection touches: a row range [start, end) (default: all rows), or a
 * time range [start, end) on a timestamp column (ISO-8601 strings or ms since the
 * epoch; `timeColumn` defaults to the first timestamp column). Row indices refer to
 * the table as it is when the injection runs (after earlier injections in the list).
 */
export interface RowSelector {
  /** Half-open row range [start, end). */
  rows?: readonly [number, number];
  /** Half-open time range [start, end), ISO-8601 or ms since the epoch. */
  times?: readonly [string | number, string | number];
  /** Timestamp column for `times`. */
  timeColumn?: string;
}

/**
 * Covariate shift of a numeric column (P(X) changes, labels untouched):
 * - "mean": x ← x + shift·f;
 * - "scale": x ← center + (x − center)·(1 + (factor − 1)·f);
 * - "mixture": with probability weight·f, x ← a draw from N(mean, sd²);
 * where f = 1 for `ramp: "sudden"` (default) and rises linearly from 0 to 1 across
 * the selected rows (or times) for `ramp: "gradual"`.
 */
export interface CovariateShiftSpec extends RowSelector {
  kind: "covariateShift";
  column: string;
  mode: "mean" | "scale" | "mixture";
  shift?: number;
  factor?: number;
  center?: number;
  weight?: number;
  mean?: number;
  sd?: number;
  ramp?: "sudden" | "gradual";
}

/**
 * Label shift on a 0/1 label column (P(Y) changes, P(X | Y) kept): rows of the
 * over-represented class are replaced, each with probability q, by a copy of a
 * uniformly chosen row of the other class from the selection, so that the expected
 * positive share becomes `positiveRate`. Columns in `keepColumns` (default: all
 * timestamp columns) keep their original values.
 */
export interface LabelShiftSpec extends RowSelector {
  kind: "labelShift";
  column: string;
  positiveRate: number;
  keepColumns?: readonly string[];
}

/**
 * Concept drift (P(Y | X) changes): in the selected rows where `feature` is above
 * `above` and/or below `below`, the 0/1 label flips with probability `flipProbability`.
 */
export interface ConceptDriftSpec extends RowSelector {
  kind: "conceptDrift";
  column: string;
  feature: string;
  above?: number;
  below?: number;
  flipProbability: number;
}

/** Null burst: each selected row of each column becomes null with `probability` (default 1). */
export interface NullBurstSpec extends RowSelector {
  kind: "nullBurst";
  columns: readonly string[];
  probability?: number;
}

/** Duplicate events: each selected row is repeated once, right after itself, with probability `fraction`. */
export interface DuplicatesSpec extends RowSelector {
  kind: "duplicates";
  fraction: number;
}

/**
 * Schema fault of the book's credit case (seed 004 L5361): a string zip code passes
 * through an integer cast and loses its leading zeros ("02139" → "2139"). With
 * `asInteger: true` (whole table only) the column itself becomes int32.
 */
export interface ZipToIntegerSpec extends RowSelector {
  kind: "zipToInteger";
  column: string;
  asInteger?: boolean;
}

/**
 * Date format change (seed 004 L6156): "YYYY-MM-DD" strings become "MM/DD/YYYY" in
 * the selected rows. A timestamp column is turned into a string column first
 * ("YYYY-MM-DD" outside the selection).
 */
export interface DateFormatSpec extends RowSelector {
  kind: "dateFormat";
  column: string;
}

/** Out-of-range values: each selected row gets `value` with `probability` (default 1), e.g. age = 150 (seed 004 L6088). */
export interface OutOfRangeSpec extends RowSelector {
  kind: "outOfRange";
  column: string;
  value: number;
  probability?: number;
}

/** Any injection. */
export type InjectionSpec =
  | CovariateShiftSpec | LabelShiftSpec | ConceptDriftSpec | NullBurstSpec
  | DuplicatesSpec | ZipToIntegerSpec | DateFormatSpec | OutOfRangeSpec;

/** Ground truth of one injection, JSON-serialisable and deterministic. */
export interface GroundTruth {
  /** The spec's kind. */
  kind: InjectionSpec["kind"];
  /** Position of the spec in the injection list. */
  index: number;
  /** Columns changed. */
  columns: string[];
  /** Half-open range [first, last + 1) of the rows considered (after earlier injections). */
  rowRange: [number, number];
  /** The time range asked for, as ISO-8601 strings, when the spec selected by time. */
  timeRange?: [string, string];
  /** Number of rows actually changed (or inserted, for duplicates). */
  affectedRows: number;
  /** The changed (or inserted) rows, when they are not simply every row of rowRange. */
  rows?: number[];
  /** For duplicates: the row each inserted copy repeats, parallel to `rows`. */
  duplicateOf?: number[];
  /** Size of the effect in the column's own units, e.g. { shift: 5, meanBefore, meanAfter }. */
  magnitude: Record<string, number>;
  /** The spec as given (plain JSON). */
  params: InjectionSpec;
}
