/**
 * A single-channel 2-D convolution (cross-correlation, as deep-learning frameworks
 * compute it) over plain arrays, "valid" positions only: the operation of book Eq. 6.3
 * for one filter, used to show translation equivariance (WE-6.6).
 */
import { validatorFor } from "../../util/validate";
import { readCount } from "../common/count-input";
import { readMatrix } from "./vector-input";

/** Input of {@link conv2d}. */
export interface Conv2dInput {
  /** The image, rows of equal length (at most 1e7 values). */
  readonly input: readonly (readonly number[])[];
  /** The filter, no larger than the image. */
  readonly kernel: readonly (readonly number[])[];
  /** Step between windows, an integer in [1, 1e6] (default 1). */
  readonly stride?: number;
}

/**
 * out[i][j] = Σ_{di, dj} kernel[di][dj] · input[i·s + di][j·s + dj] over the windows that
 * fit, giving ⌊(H − K_h)/s⌋ + 1 rows and ⌊(W − K_w)/s⌋ + 1 columns.
 *
 * Source: seed 004 Eq. 6.3 (L10879) and the vertical-edge example (L10953–L11017).
 *
 * @throws InvalidParameterError for a ragged or empty matrix, a non-finite value, a
 *   kernel larger than the image, more than 1e11 multiply-accumulates, a bad stride, an
 *   unknown key or a missing input.
 * @example
 * ```ts
 * const edge = [[-1, 0, 1], [-1, 0, 1], [-1, 0, 1]];
 * const image = Array.from({ length: 7 }, () => [0, 0, 1, 0, 0, 0, 0]);
 * conv2d({ input: image, kernel: edge })[0]   // [3, 0, -3, 0, 0]
 * ```
 */
export function conv2d(input: Conv2dInput): readonly (readonly number[])[] {
  const fn = "conv2d";
  const check = validatorFor(fn);
  const c = check.options("input", input, ["input", "kernel", "stride"]);
  const image = readMatrix(fn, "input", c.input);
  const kernel = readMatrix(fn, "kernel", c.kernel);
  const stride = readCount(fn, "stride", c.stride ?? 1, 1, 1e6);
  const kh = kernel.length;
  const kw = kernel[0].length;
  if (kh > image.length || kw > image[0].length) check.fail("kernel", c.kernel, `a filter no larger than the image (${image.length}×${image[0].length})`);
  const rows = Math.floor((image.length - kh) / stride) + 1;
  const cols = Math.floor((image[0].length - kw) / stride) + 1;
  if (rows * cols * kh * kw > 1e11) check.fail("kernel", c.kernel, "a filter and image needing at most 1e11 multiply-accumulates");
  const out: number[][] = [];
  for (let i = 0; i < rows; i++) {
    const row = new Array<number>(cols).fill(0);
    for (let j = 0; j < cols; j++) {
      let sum = 0;
      for (let di = 0; di < kh; di++) for (let dj = 0; dj < kw; dj++) sum += kernel[di][dj] * image[i * stride + di][j * stride + dj];
      row[j] = sum || 0;
    }
    if (!row.every(Number.isFinite)) check.fail("input", c.input, "values small enough that every output is finite");
    out.push(row);
  }
  return Object.freeze(out.map((r) => Object.freeze(r)));
}
