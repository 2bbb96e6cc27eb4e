/**
 * Embedding tables (book E6.14; the DLRM Lighthouse): one dense vector per category
 * value, looked up rather than multiplied, so their cost is memory, not arithmetic.
 */
import type { Precision } from "../../constants/types";
import type { Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readCount } from "../common/count-input";
import { parameterMemory, readPrecision } from "./numeric-format";

/** Largest number of table rows accepted (a bound on the arithmetic, not on memory). */
export const MAX_EMBEDDING_ENTRIES = 1e15;

/** Input of {@link embeddingTable}. */
export interface EmbeddingTableInput {
  /** Rows: users, items or tokens, an integer in [1, 1e15]. */
  readonly entries: number;
  /** Width of each vector, an integer in [1, 1e6]. */
  readonly dimension: number;
  /** Format of the stored vectors. */
  readonly precision: Precision;
}

/** Result of {@link embeddingTable}. */
export interface EmbeddingTable {
  /** entries × dimension values. */
  readonly params: number;
  /** Their memory at `precision`. */
  readonly memory: Quantity<"data">;
}

/**
 * Size of an embedding table: entries × dimension × bytes per element.
 *
 * Source: seed 004 L11967 (10⁹ users × 128 × 4 B ≈ 512 GB) and L12061–L12072 (10⁸ items
 * × 128 × 4 B ≈ 51.2 GB).
 *
 * @throws InvalidParameterError for counts outside their ranges, an unknown precision
 *   or key, or a missing input.
 * @example
 * ```ts
 * embeddingTable({ entries: 100e6, dimension: 128, precision: "fp32" }).memory.to("GB") // 51.2
 * embeddingTable({ entries: 1e9, dimension: 128, precision: "fp32" }).memory.format()   // "512 GB"
 * ```
 */
export function embeddingTable(input: EmbeddingTableInput): EmbeddingTable {
  const fn = "embeddingTable";
  const c = validatorFor(fn).options("input", input, ["entries", "dimension", "precision"]);
  const entries = readCount(fn, "entries", c.entries, 1, MAX_EMBEDDING_ENTRIES);
  const dimension = readCount(fn, "dimension", c.dimension, 1, 1e6);
  const precision = readPrecision(fn, "precision", c.precision);
  const params = entries * dimension;
  return Object.freeze({ params, memory: parameterMemory({ params, precision }) });
}
