/**
 * Compressed sparse row (CSR) matrices and their matrix-vector product (book Chapter 10,
 * the sparse matrix-vector example): only the non-zeros are stored and multiplied.
 */
import { validatorFor } from "../../util/validate";
import { shapeOf, weightsOf, type WeightArray } from "./tensor";

/** A matrix in CSR form. */
export interface CsrMatrix {
  readonly rows: number;
  readonly cols: number;
  /** Non-zero values, row by row. */
  readonly values: Float64Array;
  /** Column of each value. */
  readonly columnIndices: Int32Array;
  /** Row r's values are values[rowPointers[r] … rowPointers[r + 1]); rows + 1 entries. */
  readonly rowPointers: Int32Array;
}

/** Input of {@link toCsr}. */
export interface ToCsrInput {
  /** A row-major dense matrix. */
  readonly values: WeightArray;
  readonly shape: readonly [number, number];
}

/**
 * Converts a dense row-major matrix to CSR, dropping exact zeros.
 *
 * @throws InvalidParameterError for values that are not a finite non-empty typed array,
 *   a shape that does not match, a missing input or an unknown key.
 * @example
 * ```ts
 * const m = toCsr({ values: Float64Array.from([2, 0, 0, 1,  0, 3, 0, 0,  4, 0, 5, 0,  0, 0, 0, 6]), shape: [4, 4] });
 * m.values       // Float64Array [ 2, 1, 3, 4, 5, 6 ]
 * m.rowPointers  // Int32Array [ 0, 2, 3, 5, 6 ]
 * ```
 */
export function toCsr(input: ToCsrInput): CsrMatrix {
  const fn = "toCsr";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["values", "shape"]);
  const x = weightsOf(fn, "values", i.values);
  const [rows, cols] = shapeOf(fn, i.shape, x.length);
  let nnz = 0;
  for (let k = 0; k < x.length; k++) if (x[k] !== 0) nnz++;
  const values = new Float64Array(nnz);
  const columnIndices = new Int32Array(nnz);
  const rowPointers = new Int32Array(rows + 1);
  let j = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v = x[r * cols + c];
      if (v !== 0) {
        values[j] = v;
        columnIndices[j++] = c;
      }
    }
    rowPointers[r + 1] = j;
  }
  return Object.freeze({ rows, cols, values, columnIndices, rowPointers });
}

/** Input of {@link csrMatVec}. */
export interface CsrMatVecInput {
  readonly matrix: CsrMatrix;
  /** The vector, length `matrix.cols`, finite. */
  readonly x: WeightArray;
}

/** Result of {@link csrMatVec}. */
export interface CsrMatVecResult {
  /** A·x, length `matrix.rows`. */
  readonly y: Float64Array;
  /** Multiplies performed: one per non-zero. */
  readonly multiplies: number;
  /** Multiplies a dense product would perform: rows · cols. */
  readonly denseMultiplies: number;
}

/**
 * Sparse matrix × dense vector, counting the multiplies against the dense product.
 *
 * Source: seed 004 L26267–L26276: the 4×4 example with 6 non-zeros takes 6 multiplies
 * instead of 16.
 *
 * @throws InvalidParameterError for a matrix that is not a CSR matrix, a vector of the
 *   wrong length or with non-finite entries, a missing input or an unknown key.
 * @example
 * ```ts
 * const m = toCsr({ values: Float64Array.from([2, 0, 0, 1,  0, 3, 0, 0,  4, 0, 5, 0,  0, 0, 0, 6]), shape: [4, 4] });
 * const r = csrMatVec({ matrix: m, x: Float64Array.from([1, 1, 1, 1]) });
 * r.y                                      // Float64Array [ 3, 3, 9, 6 ]
 * [r.multiplies, r.denseMultiplies]        // [6, 16]
 * ```
 */
export function csrMatVec(input: CsrMatVecInput): CsrMatVecResult {
  const fn = "csrMatVec";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["matrix", "x"]);
  const a = i.matrix;
  if (a === null || typeof a !== "object" || !(a.values instanceof Float64Array) || !(a.columnIndices instanceof Int32Array) || !(a.rowPointers instanceof Int32Array) || a.rowPointers.length !== a.rows + 1) {
    check.fail("matrix", a, "a CSR matrix from toCsr");
  }
  const x = weightsOf(fn, "x", i.x);
  if (x.length !== a.cols) check.fail("x", `an array of ${x.length}`, `a vector of length matrix.cols = ${a.cols}`);
  const y = new Float64Array(a.rows);
  for (let r = 0; r < a.rows; r++) {
    let s = 0;
    for (let k = a.rowPointers[r]; k < a.rowPointers[r + 1]; k++) s += a.values[k] * x[a.columnIndices[k]];
    y[r] = s;
  }
  return Object.freeze({ y, multiplies: a.values.length, denseMultiplies: a.rows * a.cols });
}
