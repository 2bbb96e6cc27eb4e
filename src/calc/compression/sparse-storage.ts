/**
 * What a sparse matrix costs to store (book Chapter 10, sparsity): dense keeps every
 * value; CSR keeps the non-zeros with a column index each and one pointer per row; a
 * bitmask keeps one bit per position plus the non-zeros. Indices can cost more than the
 * zeros they save.
 */
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";

/** Input of {@link sparseStorage}. */
export interface SparseStorageInput {
  /** Matrix rows, an integer ≥ 1. */
  readonly rows: number;
  /** Matrix columns, an integer ≥ 1. */
  readonly cols: number;
  /** Non-zero values, an integer in [0, rows · cols]. */
  readonly nonZeros: number;
  /** Bits per stored value, an integer in [1, 64]. Default 32 (FP32). */
  readonly valueBits?: number;
  /** Bits per CSR column index, an integer in [1, 64]. Default 32. */
  readonly indexBits?: number;
  /** Bits per CSR row pointer, an integer in [1, 64]. Default 32. */
  readonly pointerBits?: number;
}

/** Result of {@link sparseStorage}. */
export interface SparseStorageResult {
  /** rows · cols · valueBits / 8. */
  readonly dense: Quantity<"data">;
  /** nnz · (valueBits + indexBits) / 8 + (rows + 1) · pointerBits / 8. */
  readonly csr: Quantity<"data">;
  /** rows · cols / 8 (the mask) + nnz · valueBits / 8. */
  readonly bitmask: Quantity<"data">;
  /** The smallest of the three. */
  readonly smallest: "dense" | "csr" | "bitmask";
  /** 1 − nnz / (rows · cols). */
  readonly sparsity: number;
  /** Sparsity above which CSR is smaller than dense (row pointers included). */
  readonly csrBreakEvenSparsity: number;
  /** Sparsity above which the bitmask is smaller than dense: 1 / valueBits. */
  readonly bitmaskBreakEvenSparsity: number;
}

/**
 * Bytes of a matrix in dense, CSR and bitmask formats.
 *
 * Source: seed 004 L26242–L26276 (sparsity, CSR's indexing overhead: unstructured
 * sparsity breaks even only at high sparsity). With FP32 values and 32-bit indices CSR
 * needs over 50 % zeros to beat dense; with INT8 values, over 80 %.
 *
 * @throws InvalidParameterError for sizes that are not integers in range, more non-zeros
 *   than positions, bit widths outside 1–64, a missing input or an unknown key.
 * @example
 * ```ts
 * const r = sparseStorage({ rows: 4096, cols: 4096, nonZeros: 1_677_722 });
 * r.dense.format()   // "67.1 MB"
 * r.csr.format()     // "13.4 MB"
 * r.bitmask.format() // "8.81 MB"
 * r.smallest         // "bitmask"
 * ```
 */
export function sparseStorage(input: SparseStorageInput): SparseStorageResult {
  const check = validatorFor("sparseStorage");
  const i = check.options("input", input, ["rows", "cols", "nonZeros", "valueBits", "indexBits", "pointerBits"]);
  const rows = check.integer("rows", i.rows, 1);
  const cols = check.integer("cols", i.cols, 1);
  const positions = rows * cols;
  if (positions > 1e15) check.fail("cols", cols, "a size with rows × cols ≤ 1e15");
  const nnz = check.integer("nonZeros", i.nonZeros, 0);
  if (nnz > positions) check.fail("nonZeros", nnz, `an integer in [0, rows × cols = ${positions}]`);
  const bitsOf = (name: string, value: number | undefined): number => {
    const v = check.integer(name, value ?? 32, 1);
    return v > 64 ? check.fail(name, v, "an integer number of bits in [1, 64]") : v;
  };
  const v = bitsOf("valueBits", i.valueBits);
  const idx = bitsOf("indexBits", i.indexBits);
  const ptr = bitsOf("pointerBits", i.pointerBits);
  const dense = (positions * v) / 8;
  const csr = (nnz * (v + idx) + (rows + 1) * ptr) / 8;
  const bitmask = positions / 8 + (nnz * v) / 8;
  const smallest = csr < dense && csr <= bitmask ? "csr" : bitmask < dense ? "bitmask" : "dense";
  // CSR < dense ⇔ nnz·(v + idx) + (rows + 1)·ptr < positions·v.
  const csrMaxNnz = (positions * v - (rows + 1) * ptr) / (v + idx);
  return Object.freeze({
    dense: q(dense, "B"),
    csr: q(csr, "B"),
    bitmask: q(bitmask, "B"),
    smallest,
    sparsity: 1 - nnz / positions,
    csrBreakEvenSparsity: Math.min(1, Math.max(0, 1 - csrMaxNnz / positions)),
    bitmaskBreakEvenSparsity: 1 / v,
  });
}
