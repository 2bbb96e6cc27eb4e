/**
 * Planning and producing the row chunks a streaming writer consumes: the table is cut
 * into partitions at ⌊i·n/k⌋ (as {@link generateTable} does) and each partition into
 * chunks of at most `chunkRows` rows. Without injections each chunk is generated on
 * its own (rows [a, b) of the table, identical to the slice of a whole-table run), so
 * memory is bounded by one chunk whatever the table size.
 */
import { generateColumns } from "../generate-columns";
import { GroundTruth, InjectionSpec } from "../injection-types";
import { Column, Columns, Scenario } from "../scenario";

/** A contiguous block of rows as typed-array columns. */
export interface RowChunk {
  /** First row of the chunk within the whole table. */
  readonly rowStart: number;
  /** Rows in the chunk. */
  readonly rowCount: number;
  /** Columns in schema order. */
  readonly columns: Columns;
}

/** A table that writers can read chunk by chunk. */
export interface ChunkSource {
  /** Rows of the whole table (after injections). */
  readonly totalRows: number;
  /** Resolved parameters. */
  readonly params: Record<string, unknown>;
  /** Injection ground truth (empty without injections). */
  readonly groundTruth: readonly GroundTruth[];
  /** Yields rows [from, to) in chunks of at most `chunkRows` rows. */
  chunks(from: number, to: number, chunkRows: number): Iterable<RowChunk>;
}

/** Cuts n rows into k near-equal parts: boundaries ⌊i·n/k⌋, i = 0 … k. @internal */
export function partitionBounds(n: number, k: number): number[] {
  return Array.from({ length: k + 1 }, (_, i) => Math.floor((i * n) / k));
}

/** Rows [from, to) of generated columns, without copying. @internal */
export function sliceColumns(columns: Columns, from: number, to: number): Columns {
  const out: Columns = {};
  for (const [name, c] of Object.entries(columns)) {
    const w = c.type === "embedding" ? (c.size as number) : 1;
    const sliced: Column = {
      ...c,
      values: c.values.subarray(from * w, to * w),
      ...(c.nulls ? { nulls: c.nulls.subarray(from, to) } : {}),
    };
    out[name] = sliced;
  }
  return out;
}

/**
 * A chunk source for a scenario. With `drift` the whole table is generated and
 * injected in memory first (injections need the whole table), then served in slices;
 * without it every chunk is generated when it is asked for.
 * @internal
 */
export function scenarioChunkSource<P extends object>(
  scenario: Scenario<P>,
  options: { rows: number; seed: number; params?: Partial<P>; drift?: readonly InjectionSpec[] },
): ChunkSource {
  const { rows, seed } = options;
  if (options.drift !== undefined && options.drift.length > 0) {
    const whole = generateColumns(scenario, { rows, seed, params: options.params, drift: options.drift });
    return {
      totalRows: whole.rowCount,
      params: whole.params as Record<string, unknown>,
      groundTruth: whole.groundTruth,
      *chunks(from, to, chunkRows) {
        for (let a = from; a < to; a += chunkRows) {
          const b = Math.min(to, a + chunkRows);
          yield { rowStart: a, rowCount: b - a, columns: sliceColumns(whole.columns, a, b) };
        }
      },
    };
  }
  const params = scenario.resolve(options.params);
  return {
    totalRows: rows,
    params: params as Record<string, unknown>,
    groundTruth: [],
    *chunks(from, to, chunkRows) {
      for (let a = from; a < to; a += chunkRows) {
        const b = Math.min(to, a + chunkRows);
        const part = generateColumns(scenario, { rows, seed, params: options.params, rowStart: a, rowCount: b - a });
        yield { rowStart: a, rowCount: b - a, columns: part.columns };
      }
    },
  };
}
