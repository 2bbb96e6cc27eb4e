import { validatorFor } from "../util/validate";
import { InjectionSpec, GroundTruth } from "./injection-types";
import { injectDrift } from "./inject-drift";
import { Columns, Scenario } from "./scenario";

/** Options of {@link generateColumns}. */
export interface GenerateColumnsOptions<P extends object> {
  /** Rows n of the whole table (integer ≥ 1, < 2^31). */
  rows: number;
  /** Seed, an integer in [0, 2^53). */
  seed: number;
  /** Parameter overrides; the rest come from the scenario's defaults. */
  params?: Partial<P>;
  /** First row to generate; default 0. */
  rowStart?: number;
  /** Rows to generate from rowStart; default rows − rowStart. */
  rowCount?: number;
  /** Drift and fault injections applied after generation (whole tables only: rowStart 0, rowCount = rows). */
  drift?: readonly InjectionSpec[];
}

/** Result of {@link generateColumns}: typed arrays plus everything needed to reproduce them. */
export interface GeneratedColumns<P extends object = Record<string, unknown>> {
  /** Scenario name. */
  readonly scenario: string;
  /** The seed used. */
  readonly seed: number;
  /** Rows of the whole table. */
  readonly rows: number;
  /** First generated row. */
  readonly rowStart: number;
  /** Number of rows in `columns` (rowCount asked for, plus rows that duplicate injections added). */
  readonly rowCount: number;
  /** The resolved parameters (defaults merged with overrides). */
  readonly params: P;
  /** Columns in schema order. */
  readonly columns: Columns;
  /** What was injected, in order (empty without `drift`). JSON-serialisable. */
  readonly groundTruth: readonly GroundTruth[];
}

/** Largest row count a table may have (ids are Int32). */
export const MAX_ROWS = 2147483647;

/**
 * Generates rows [rowStart, rowStart + rowCount) of a scenario's table as typed
 * arrays, without Arrow. Row i depends only on (scenario, seed, params, rows, i), so
 * generating a table in parts and concatenating gives the same bytes as one call.
 *
 * @param scenario - a {@link Scenario}, e.g. {@link clickstream}
 * @param options - {@link GenerateColumnsOptions}
 * @throws InvalidParameterError for a bad rows, seed, rowStart/rowCount, params (naming the scenario and parameter) or drift spec
 * @example
 * ```ts
 * const part = generateColumns(fraudTransactions, { rows: 1000, seed: 7, rowStart: 10, rowCount: 3 });
 * part.rowCount; // 3
 * ```
 */
export function generateColumns<P extends object>(scenario: Scenario<P>, options: GenerateColumnsOptions<P>): GeneratedColumns<P> {
  const v = validatorFor("generateColumns");
  if (scenario === null || typeof scenario !== "object" || typeof (scenario as Scenario<P>).generate !== "function") {
    v.fail("scenario", scenario, "a Scenario such as clickstream");
  }
  const rows = v.integer("rows", options?.rows, 1);
  if (rows > MAX_ROWS) v.fail("rows", rows, `an integer in [1, ${MAX_ROWS}]`);
  const seed = options.seed;
  if (!Number.isSafeInteger(seed) || seed < 0) v.fail("seed", seed, "an integer in [0, 2^53)");
  const rowStart = v.integer("rowStart", options.rowStart ?? 0, 0);
  if (rowStart >= rows) v.fail("rowStart", rowStart, `an integer in [0, rows = ${rows})`);
  const rowCount = v.integer("rowCount", options.rowCount ?? rows - rowStart, 0);
  if (rowStart + rowCount > rows) v.fail("rowCount", rowCount, `an integer in [0, rows − rowStart = ${rows - rowStart}]`);
  const params = scenario.resolve(options.params);
  let columns = scenario.generate(seed, params, rowStart, rowCount, rows);
  let groundTruth: readonly GroundTruth[] = [];
  let count = rowCount;
  if (options.drift !== undefined && options.drift.length > 0) {
    if (rowStart !== 0 || rowCount !== rows) v.fail("drift", options.drift, "injections on a whole table (rowStart 0, rowCount = rows)");
    const injected = injectDrift({ columns, rowCount }, options.drift, { seed });
    columns = injected.columns;
    groundTruth = injected.groundTruth;
    count = injected.rowCount;
  }
  return Object.freeze({ scenario: scenario.name, seed, rows, rowStart, rowCount: count, params, columns, groundTruth });
}
