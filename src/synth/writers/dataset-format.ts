/** File formats the dataset writers produce. */

/**
 * A dataset file format: "parquet" (columnar, compressed, for DuckDB/Spark/pandas),
 * "arrow" (Arrow IPC file, zero-copy into Arrow JS), "csv" (RFC 4180 text).
 */
export type DatasetFormat = "parquet" | "arrow" | "csv";

/**
 * The formats accepted by {@link writeDataset} and the CLI, in the order help texts list them.
 *
 * @example
 * ```ts
 * DATASET_FORMATS; // [ "parquet", "arrow", "csv" ]
 * ```
 */
export const DATASET_FORMATS: readonly DatasetFormat[] = Object.freeze(["parquet", "arrow", "csv"]);

/**
 * File extension (with the dot) of each format.
 *
 * @example
 * ```ts
 * DATASET_EXTENSIONS.arrow; // ".arrow"
 * ```
 */
export const DATASET_EXTENSIONS: Readonly<Record<DatasetFormat, string>> = Object.freeze({
  parquet: ".parquet",
  arrow: ".arrow",
  csv: ".csv",
});
