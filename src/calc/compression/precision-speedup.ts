/**
 * Why narrower numbers run faster (book Chapter 10, SIMD packing and the
 * compute-bound vs bandwidth-bound quantization problem): more lanes per register, more
 * operations per second on tensor cores, fewer bytes per weight to stream.
 */
import type { HardwareSpec, Precision } from "../../constants/types";
import { validatorFor } from "../../util/validate";
import { peakFlopsOf } from "../device/hardware-rates";
import { bytesPerElement } from "../model/numeric-format";

/** Input of {@link simdLanes}. */
export interface SimdLanesInput {
  /** Register width in bits, an integer in [8, 65,536]. Book: 512 (AVX-512). */
  readonly registerBits: number;
  /** Element width in bits, an integer in [1, registerBits]. Book: 32 (FP32), 8 (INT8). */
  readonly elementBits: number;
}

/**
 * Elements one SIMD instruction processes: ⌊registerBits / elementBits⌋.
 *
 * Source: seed 004 L25192–L25209: a 512-bit register holds 16 FP32 or 64 INT8 values, 4×.
 *
 * @throws InvalidParameterError for widths that are not integers in range, a missing input or an unknown key.
 * @example
 * ```ts
 * simdLanes({ registerBits: 512, elementBits: 8 }) // 64
 * ```
 */
export function simdLanes(input: SimdLanesInput): number {
  const check = validatorFor("simdLanes");
  const i = check.options("input", input, ["registerBits", "elementBits"]);
  const register = check.integer("registerBits", i.registerBits, 8);
  if (register > 65536) check.fail("registerBits", register, "an integer in [8, 65536]");
  const element = check.integer("elementBits", i.elementBits, 1);
  if (element > register) check.fail("elementBits", element, `an integer in [1, registerBits = ${register}]`);
  return Math.floor(register / element);
}

/** Input of {@link quantizationSpeedup}. */
export interface QuantizationSpeedupInput {
  /** `"compute"`: limited by peak operations (the device's peak ratio); `"bandwidth"`: limited by bytes moved (the byte ratio). */
  readonly regime: "compute" | "bandwidth";
  /** The precision before, e.g. `"fp16"`. */
  readonly from: Precision;
  /** The precision after, e.g. `"int8"`. */
  readonly to: Precision;
  /** The device, for the compute-bound case: a registered id (`"A100"`) or a record. */
  readonly hardware?: string | HardwareSpec;
}

/**
 * Speedup of moving a kernel from one precision to another, by the bound it is under.
 *
 * Formulas (seed 004 L25222–L25235): compute-bound, `peak(to) / peak(from)` (A100: 624
 * TOPS INT8 / 312 TFLOP/s FP16 = 2×); bandwidth-bound, `bytes(from) / bytes(to)` (FP16 →
 * INT8 2×, FP16 → INT4 4×: the book's "up to 4×" is the INT4 case).
 *
 * @throws InvalidParameterError for an unknown regime or precision, a compute-bound case
 *   without hardware (or one whose table lacks a precision), a missing input or an unknown key.
 * @example
 * ```ts
 * quantizationSpeedup({ regime: "compute", from: "fp16", to: "int8", hardware: "A100" }) // 2
 * quantizationSpeedup({ regime: "bandwidth", from: "fp16", to: "int4" })                 // 4
 * ```
 */
export function quantizationSpeedup(input: QuantizationSpeedupInput): number {
  const check = validatorFor("quantizationSpeedup");
  const i = check.options("input", input, ["regime", "from", "to", "hardware"]);
  const regime = check.oneOf("regime", i.regime, ["compute", "bandwidth"] as const);
  if (regime === "bandwidth") return bytesPerElement(i.from) / bytesPerElement(i.to);
  const hardware = i.hardware ?? check.fail("hardware", i.hardware, "a device id or record for the compute-bound regime");
  return peakFlopsOf(hardware, i.to).ratio(peakFlopsOf(hardware, i.from));
}
