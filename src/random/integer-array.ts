/** Output arrays for integer-valued distributions (internal helpers). */
import { validatorFor } from "../util/validate";
import { PhiloxSource } from "./philox";

/** Typed arrays an integer-valued sampler can fill. Float64Array holds any count up to 2^53. */
export type IntegerArray = Int32Array | Uint32Array | Int16Array | Uint16Array | Int8Array | Uint8Array | Float64Array;

const MAX_BY_TYPE: Record<string, number> = {
  Int8Array: 127, Uint8Array: 255, Int16Array: 32767, Uint16Array: 65535,
  Int32Array: 2147483647, Uint32Array: 4294967295, Float64Array: Number.MAX_SAFE_INTEGER,
};
const MIN_BY_TYPE: Record<string, number> = {
  Int8Array: -128, Uint8Array: 0, Int16Array: -32768, Uint16Array: 0,
  Int32Array: -2147483648, Uint32Array: 0, Float64Array: -Number.MAX_SAFE_INTEGER,
};

/** @internal Throws unless `out` is an IntegerArray able to hold `maxValue` (and `minValue`, default 0). */
export function checkIntegerOut(fn: string, out: unknown, maxValue: number, minValue = 0): void {
  const name = ArrayBuffer.isView(out) ? (out as object).constructor.name : "";
  const max = MAX_BY_TYPE[name];
  if (max === undefined) validatorFor(fn).fail("out", out, "an Int8/Uint8/Int16/Uint16/Int32/Uint32/Float64Array");
  if (maxValue > max) validatorFor(fn).fail("out", out, `an array type that holds values up to ${maxValue}`);
  if (minValue < MIN_BY_TYPE[name]) validatorFor(fn).fail("out", out, `an array type that holds values down to ${minValue}`);
}

/**
 * @internal A sampling kernel: writes `count` values to `target[start ..]`, drawing
 * from `source` exactly as one call over the whole output would.
 */
export type IntegerKernel<P> = (source: PhiloxSource, target: Int32Array | Float64Array, start: number, count: number, params: P) => void;

const SCRATCH = 4096;
let scratchI32: Int32Array | null = null;
let scratchF64: Float64Array | null = null;

/**
 * @internal Runs `kernel` over all of `out`. Int32Array and Float64Array outputs are
 * written directly; other types go through a reused Int32Array scratch (or a
 * Float64Array one when `int32` is false) and `TypedArray.set`, so that kernels only
 * ever see two array types and stay fast.
 */
export function fillIntegers<T extends IntegerArray, P>(source: PhiloxSource, out: T, kernel: IntegerKernel<P>, params: P, int32 = true): T {
  if (out instanceof Int32Array || out instanceof Float64Array) {
    kernel(source, out, 0, out.length, params);
    return out;
  }
  const scratch = int32 ? (scratchI32 ??= new Int32Array(SCRATCH)) : (scratchF64 ??= new Float64Array(SCRATCH));
  for (let done = 0; done < out.length; ) {
    const m = Math.min(out.length - done, SCRATCH);
    kernel(source, scratch, 0, m, params);
    out.set(m === SCRATCH ? scratch : scratch.subarray(0, m), done);
    done += m;
  }
  return out;
}
