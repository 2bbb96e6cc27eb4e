/**
 * Lazy access to DuckDB (internal). `@duckdb/node-api` carries a native library of
 * tens of megabytes, so it is loaded on the first warehouse call, never when
 * "mlsys-lab" is imported.
 */
import type * as DuckDB from "@duckdb/node-api";
import { MissingPackageError } from "../synth/writers/missing-package-error";

/** The version this library is tested with. */
const INSTALL = "npm install @duckdb/node-api@1.5.6-r.1";

/**
 * The low-level bindings calls {@link loadColumns} uses to copy whole typed-array
 * slices into a data chunk. They are the calls `@duckdb/node-api`'s own vectors make
 * on `flush()`; the bindings package is its pinned dependency.
 */
export interface DuckDBBindings {
  vector_size(): number;
  data_chunk_get_vector(chunk: unknown, columnIndex: number): unknown;
  copy_data_to_vector(vector: unknown, targetByteOffset: number, source: ArrayBufferLike, sourceByteOffset: number, byteCount: number): void;
  vector_ensure_validity_writable(vector: unknown): void;
  copy_data_to_vector_validity(vector: unknown, targetByteOffset: number, source: ArrayBufferLike, sourceByteOffset: number, byteCount: number): void;
}

/** @internal `@duckdb/node-api`, loaded on first use. @throws MissingPackageError when it is not installed */
export function duckdbApi(): typeof DuckDB {
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    return require("@duckdb/node-api") as typeof DuckDB;
  } catch (e) {
    throw new MissingPackageError("@duckdb/node-api", INSTALL, (e as Error).message);
  }
}

/** @internal The bindings package `@duckdb/node-api` itself uses, resolved from its own location. */
export function duckdbBindings(): DuckDBBindings {
  duckdbApi();
  try {
    const from = require.resolve("@duckdb/node-api");
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    return require(require.resolve("@duckdb/node-bindings", { paths: [from] })) as DuckDBBindings;
  } catch (e) {
    throw new MissingPackageError("@duckdb/node-bindings", INSTALL, (e as Error).message);
  }
}
