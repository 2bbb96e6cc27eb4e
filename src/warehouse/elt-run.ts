/**
 * ELT on a real warehouse: extract events, load them raw into DuckDB, transform them
 * there with SQL.
 */
import { clickstream } from "../synth/clickstream";
import { generateColumns } from "../synth/generate-columns";
import { DEFAULT_FEATURES, type FeatureDefinition } from "./feature-definition";
import { checkIdentifier, loadColumns } from "./load-columns";
import { checkSource, dropFeatureTables, pipelineRun, stopwatch, summarise, type ClickstreamSource, type PipelineRun, type TableSummary } from "./pipeline-run";
import type { Warehouse } from "./warehouse";
import { windowFeaturesSql } from "./window-features-sql";

/** Inputs of {@link eltRun}. */
export interface EltRunInput {
  /** The warehouse to load into; the raw table and the features_* tables are replaced. */
  readonly warehouse: Warehouse;
  /** Where the events come from. */
  readonly source: ClickstreamSource;
  /** What to compute; default {@link DEFAULT_FEATURES}. */
  readonly features?: FeatureDefinition;
  /** Name of the raw events table; default "events". */
  readonly rawTable?: string;
}

/** Inputs of {@link eltTransform}. */
export interface EltTransformInput {
  /** A warehouse that already holds the raw events (after {@link eltRun}). */
  readonly warehouse: Warehouse;
  /** The (new) feature definition. */
  readonly features?: FeatureDefinition;
  /** Name of the raw events table; default "events". */
  readonly rawTable?: string;
}

async function transform(warehouse: Warehouse, features: FeatureDefinition, rawTable: string): Promise<{ seconds: number; tables: TableSummary[] }> {
  const statements = windowFeaturesSql(rawTable, features);
  const clock = stopwatch();
  for (const s of statements) await warehouse.run(`CREATE OR REPLACE TABLE ${s.table} AS ${s.sql}`);
  const seconds = clock();
  const tables: TableSummary[] = [];
  for (const s of statements) tables.push(await summarise(warehouse, s.table, "features"));
  return { seconds, tables };
}

/**
 * Runs the ELT pipeline once, timing each phase:
 * 1. **extract**: generate the clickstream (`generateColumns(clickstream, source)`),
 * 2. **load**: {@link loadColumns} of every raw event into `rawTable`,
 * 3. **transform**: one `CREATE OR REPLACE TABLE features_<window> AS SELECT …` per
 *    window ({@link windowFeaturesSql}), inside DuckDB.
 *
 * The warehouse keeps the raw events, so a schema change needs only step 3 again
 * ({@link eltTransform}). Bytes: the raw table is measured after the load, the total
 * after the transform; features = total − raw.
 *
 * @param input - {@link EltRunInput}
 * @returns the {@link PipelineRun}
 * @throws InvalidParameterError for a bad source, table name or feature definition
 * @example
 * ```ts
 * const wh = await openWarehouse();
 * const run = await eltRun({ warehouse: wh, source: { rows: 1000, seed: 1, params: { users: 50 } } });
 * run.tables.map((t) => `${t.table}: ${t.rows}`); // [ "events: 1000", "features_1h: 123", "features_24h: 46", "features_7d: 46" ]
 * wh.close();
 * ```
 */
export async function eltRun(input: EltRunInput): Promise<PipelineRun> {
  const source = checkSource("eltRun", input?.source);
  const rawTable = checkIdentifier("eltRun", "rawTable", input.rawTable ?? "events");
  const features = input.features ?? DEFAULT_FEATURES;
  windowFeaturesSql(rawTable, features); // validate before any work
  const { warehouse } = input;
  await dropFeatureTables(warehouse);
  let clock = stopwatch();
  const events = generateColumns(clickstream, { rows: source.rows, seed: source.seed, params: source.params });
  const extract = clock();
  clock = stopwatch();
  await loadColumns(warehouse, rawTable, events.columns);
  const load = clock();
  const raw = await warehouse.storedBytes();
  const t = await transform(warehouse, features, rawTable);
  const total = await warehouse.storedBytes();
  return pipelineRun(
    "elt",
    [{ phase: "extract", seconds: extract }, { phase: "load", seconds: load }, { phase: "transform", seconds: t.seconds }],
    events.rowCount,
    [await summarise(warehouse, rawTable, "raw"), ...t.tables],
    { raw, features: total - raw, total },
  );
}

/**
 * Re-runs only ELT's transform on raw events already in the warehouse: what a
 * schema change costs under ELT. Existing features_* tables are dropped first (not
 * timed), then each window is materialised with SQL ({@link windowFeaturesSql}).
 *
 * @param input - {@link EltTransformInput}
 * @returns the {@link PipelineRun} with one "transform" phase and `eventRows` 0
 * @throws InvalidParameterError for a bad table name or feature definition
 * @example
 * ```ts
 * const wh = await openWarehouse();
 * await eltRun({ warehouse: wh, source: { rows: 1000, seed: 1, params: { users: 50 } } });
 * const change = await eltTransform({ warehouse: wh, features: { ...DEFAULT_FEATURES, measures: ["events", "add_to_carts"] } });
 * change.tables[0].columns; // [ "user_id", "window_start", "events", "add_to_carts" ]
 * wh.close();
 * ```
 */
export async function eltTransform(input: EltTransformInput): Promise<PipelineRun> {
  const rawTable = checkIdentifier("eltTransform", "rawTable", input?.rawTable ?? "events");
  const features = input.features ?? DEFAULT_FEATURES;
  windowFeaturesSql(rawTable, features);
  const { warehouse } = input;
  await dropFeatureTables(warehouse);
  const raw = await warehouse.storedBytes();
  const t = await transform(warehouse, features, rawTable);
  const total = await warehouse.storedBytes();
  return pipelineRun("elt", [{ phase: "transform", seconds: t.seconds }], 0, [await summarise(warehouse, rawTable, "raw"), ...t.tables], { raw, features: total - raw, total });
}
