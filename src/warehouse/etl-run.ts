/**
 * ETL on a real warehouse: extract events from the source, transform them in
 * TypeScript, load only the feature tables into DuckDB.
 */
import { clickstream } from "../synth/clickstream";
import { generateColumns } from "../synth/generate-columns";
import { aggregateWindows } from "./aggregate-windows";
import { DEFAULT_FEATURES, type FeatureDefinition } from "./feature-definition";
import { loadColumns } from "./load-columns";
import { checkSource, dropFeatureTables, pipelineRun, stopwatch, summarise, type ClickstreamSource, type PipelineRun, type TableSummary } from "./pipeline-run";
import type { Warehouse } from "./warehouse";

/** Inputs of {@link etlRun}. */
export interface EtlRunInput {
  /** The warehouse to load into; its existing features_* tables are replaced. */
  readonly warehouse: Warehouse;
  /** Where the events come from. */
  readonly source: ClickstreamSource;
  /** What to compute; default {@link DEFAULT_FEATURES}. */
  readonly features?: FeatureDefinition;
}

/**
 * Runs the ETL pipeline once, timing each phase:
 * 1. **extract**: generate the clickstream (`generateColumns(clickstream, source)`),
 * 2. **transform**: {@link aggregateWindows} in TypeScript, one table per window,
 * 3. **load**: {@link loadColumns} for each feature table only.
 *
 * The raw events never reach the warehouse, so a schema change means running all
 * three phases again. Feature tables from an earlier run are dropped first (not timed).
 *
 * @param input - {@link EtlRunInput}
 * @returns the {@link PipelineRun}; `bytes.raw` is 0
 * @throws InvalidParameterError for a bad source or feature definition
 * @example
 * ```ts
 * const wh = await openWarehouse();
 * const run = await etlRun({ warehouse: wh, source: { rows: 1000, seed: 1, params: { users: 50 } } });
 * run.tables.map((t) => t.rows); // [ 123, 46, 46 ]
 * wh.close();
 * ```
 */
export async function etlRun(input: EtlRunInput): Promise<PipelineRun> {
  const source = checkSource("etlRun", input?.source);
  const features = input.features ?? DEFAULT_FEATURES;
  const { warehouse } = input;
  await dropFeatureTables(warehouse);
  let clock = stopwatch();
  const events = generateColumns(clickstream, { rows: source.rows, seed: source.seed, params: source.params });
  const extract = clock();
  clock = stopwatch();
  const tables = aggregateWindows(events.columns, features);
  const transform = clock();
  clock = stopwatch();
  for (const t of tables) await loadColumns(warehouse, t.table, t.columns);
  const load = clock();
  const summaries: TableSummary[] = [];
  for (const t of tables) summaries.push(await summarise(warehouse, t.table, "features"));
  const total = await warehouse.storedBytes();
  return pipelineRun(
    "etl",
    [{ phase: "extract", seconds: extract }, { phase: "transform", seconds: transform }, { phase: "load", seconds: load }],
    events.rowCount,
    summaries,
    { raw: 0, features: total, total },
  );
}
