/**
 * Bytes per element of the numeric formats the book uses (Notation chapter; Table
 * 20.12). Every memory calculator sizes tensors through {@link bytesPerElement}.
 */
import type { Precision } from "../../constants/types";
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/**
 * Storage bytes of one element of each format. TF32 is a tensor-core compute mode whose
 * values are stored as FP32 (4 bytes); INT4 packs two values in a byte.
 */
export const BYTES_PER_ELEMENT: Readonly<Record<Precision, number>> = Object.freeze({
  fp32: 4,
  tf32: 4,
  fp16: 2,
  bf16: 2,
  fp8: 1,
  int8: 1,
  int4: 0.5,
});

const PRECISIONS = Object.keys(BYTES_PER_ELEMENT) as Precision[];

/**
 * Bytes one element occupies in memory at `precision`.
 *
 * Source: seed 004, Notation chapter L500–L508 (FP32 4 B, FP16/BF16 2 B, FP8/INT8 1 B)
 * and Table 20.12 (L43247); INT4 is half a byte.
 *
 * @param precision - `"fp32"`, `"tf32"`, `"fp16"`, `"bf16"`, `"fp8"`, `"int8"` or `"int4"`.
 * @throws InvalidParameterError for any other value.
 * @example
 * ```ts
 * bytesPerElement("bf16") // 2
 * bytesPerElement("int4") // 0.5
 * ```
 */
export function bytesPerElement(precision: Precision): number {
  return BYTES_PER_ELEMENT[readPrecision("bytesPerElement", "precision", precision)];
}

/**
 * Checks that `value` names a numeric format, with the error naming the calling public
 * function and parameter (every memory calculator reads its precision through this).
 *
 * @throws InvalidParameterError listing the formats for any other value.
 * @example
 * ```ts
 * readPrecision("kvCacheMemory", "precision", "fp16")  // "fp16"
 * readPrecision("kvCacheMemory", "precision", "fp64")
 * // InvalidParameterError: kvCacheMemory: precision must be one of "fp32", "tf32", "fp16", "bf16", "fp8", "int8", "int4"; got "fp64"
 * ```
 */
export function readPrecision(functionName: string, parameter: string, value: Precision): Precision {
  return validatorFor(functionName).oneOf(parameter, value, PRECISIONS);
}

/** Input of {@link parameterMemory}. */
export interface ParameterMemoryInput {
  /** P, the number of parameters: a plain count or a param quantity (`q(7, "Bparam")`). ≥ 0. */
  readonly params: Amount<"param">;
  /** The format weights are stored in. */
  readonly precision: Precision;
}

/**
 * Memory of a model's weights: P × bytes per element (decimal bytes).
 *
 * @throws InvalidParameterError for a negative or non-finite parameter count or an
 *   unknown precision; a missing input object or an unknown key.
 * @example
 * ```ts
 * parameterMemory({ params: 7e9, precision: "fp16" }).format()   // "14 GB"  (Table 20.4)
 * parameterMemory({ params: q(175, "Bparam"), precision: "fp16" }).to("GB") // 350
 * ```
 */
export function parameterMemory(input: ParameterMemoryInput): Quantity<"data"> {
  const fn = "parameterMemory";
  const checked = validatorFor(fn).options("input", input, ["params", "precision"]);
  const params = readAmount(fn, "params", checked.params, "param", "nonNegative").to("param");
  return q(params * BYTES_PER_ELEMENT[readPrecision(fn, "precision", checked.precision)], "B");
}
