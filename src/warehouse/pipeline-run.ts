/**
 * The measured record of one ETL or ELT run: phases with their times, tables with
 * their rows, and the bytes the warehouse stores afterwards.
 */
import type { ClickstreamParams } from "../synth/clickstream";
import { validatorFor } from "../util/validate";
import type { Warehouse } from "./warehouse";

/** Where the events come from: a generated clickstream (the "source system" both pipelines extract from). */
export interface ClickstreamSource {
  /** Events to generate (rows of the clickstream table), an integer ≥ 1. */
  readonly rows: number;
  /** Seed of the generator. */
  readonly seed: number;
  /** Clickstream parameter overrides (users, windowSeconds, …). */
  readonly params?: Partial<ClickstreamParams>;
}

/** A pipeline phase. */
export type PipelinePhase = "extract" | "transform" | "load";

/** Wall-clock time of one phase. Varies from run to run and machine to machine. */
export interface PhaseTiming {
  readonly phase: PipelinePhase;
  /** Elapsed time in s. */
  readonly seconds: number;
}

/** A table the run wrote. */
export interface TableSummary {
  /** Table name ("events", "features_1h", …). */
  readonly table: string;
  /** "raw" for the loaded events, "features" for a window's features. */
  readonly kind: "raw" | "features";
  /** Rows in the table. */
  readonly rows: number;
  /** Column names in order. */
  readonly columns: readonly string[];
}

/** Bytes the warehouse stores after a run (used blocks × block size after a CHECKPOINT). */
export interface StoredBytes {
  /** The raw events table (0 for ETL). */
  readonly raw: number;
  /** The feature tables. */
  readonly features: number;
  /** raw + features. */
  readonly total: number;
}

/** Result of {@link etlRun}, {@link eltRun} and {@link eltTransform}. */
export interface PipelineRun {
  /** Which pipeline ran. */
  readonly pipeline: "etl" | "elt";
  /** The phases in the order they ran; times vary between runs. */
  readonly phases: readonly PhaseTiming[];
  /** Sum of the phase times in s (the CHECKPOINT that measures the bytes is not included). */
  readonly seconds: number;
  /** Events extracted from the source (0 when the run did not extract). */
  readonly eventRows: number;
  /** Tables written by the run. */
  readonly tables: readonly TableSummary[];
  /** What the warehouse stores afterwards. Deterministic for a given input, block size and DuckDB version. */
  readonly bytes: StoredBytes;
}

/** @internal Starts a clock; the returned function gives the seconds since. */
export function stopwatch(): () => number {
  const start = performance.now();
  return () => (performance.now() - start) / 1000;
}

/** @internal Validates a {@link ClickstreamSource}. */
export function checkSource(fn: string, source: ClickstreamSource): ClickstreamSource {
  const v = validatorFor(fn);
  if (source === null || typeof source !== "object") v.fail("source", source, "a ClickstreamSource { rows, seed }");
  v.integer("source.rows", source.rows, 1);
  if (!Number.isSafeInteger(source.seed) || source.seed < 0) v.fail("source.seed", source.seed, "an integer in [0, 2^53)");
  return source;
}

/** @internal Drops every table whose name starts with features_ (a pipeline owns them). */
export async function dropFeatureTables(warehouse: Warehouse): Promise<void> {
  const rows = await warehouse.query("SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND table_name LIKE 'features\\_%' ESCAPE '\\'");
  for (const r of rows) await warehouse.run(`DROP TABLE ${r.table_name as string}`);
}

/** @internal Rows and columns of a table. */
export async function summarise(warehouse: Warehouse, table: string, kind: TableSummary["kind"]): Promise<TableSummary> {
  const [{ n }] = await warehouse.query(`SELECT count(*) AS n FROM ${table}`);
  const cols = await warehouse.query(`SELECT column_name FROM duckdb_columns() WHERE database_name = current_database() AND table_name = '${table}' ORDER BY column_index`);
  return Object.freeze({ table, kind, rows: n as number, columns: Object.freeze(cols.map((c) => c.column_name as string)) });
}

/** @internal Freezes a run record. */
export function pipelineRun(pipeline: PipelineRun["pipeline"], phases: PhaseTiming[], eventRows: number, tables: TableSummary[], bytes: StoredBytes): PipelineRun {
  return Object.freeze({
    pipeline,
    phases: Object.freeze(phases.map((p) => Object.freeze(p))),
    seconds: phases.reduce((s, p) => s + p.seconds, 0),
    eventRows,
    tables: Object.freeze(tables),
    bytes: Object.freeze(bytes),
  });
}

