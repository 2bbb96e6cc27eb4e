/** Output arrays for integer-valued distributions (internal helpers). */
import { validatorFor } from "../util/validate";

/** Typed arrays an integer-valued sampler can fill. Float64Array holds any count up to 2^53. */
export type IntegerArray = Int32Array | Uint32Array | Int16Array | Uint16Array | Int8Array | Uint8Array | Float64Array;

const MAX_BY_TYPE: Record<string, number> = {
  Int8Array: 127, Uint8Array: 255, Int16Array: 32767, Uint16Array: 65535,
  Int32Array: 2147483647, Uint32Array: 4294967295, Float64Array: Number.MAX_SAFE_INTEGER,
};

/** @internal Throws unless `out` is an IntegerArray able to hold `maxValue`. */
export function checkIntegerOut(fn: string, out: unknown, maxValue: number): void {
  const name = ArrayBuffer.isView(out) ? (out as object).constructor.name : "";
  const max = MAX_BY_TYPE[name];
  if (max === undefined) validatorFor(fn).fail("out", out, "an Int8/Uint8/Int16/Uint16/Int32/Uint32/Float64Array");
  if (maxValue > max) validatorFor(fn).fail("out", out, `an array type that holds values up to ${maxValue}`);
}
