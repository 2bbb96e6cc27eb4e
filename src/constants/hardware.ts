/**
 * The hardware registry: the accelerators, CPU and phone NPU of the book's System
 * Assumptions appendix (Tables 21.1–21.8) and the TPU v5p of Table 20.10, as
 * {@link HardwareSpec} records. Every number is taken from the constant registry, so
 * each field cites the table row it came from; users register their own devices.
 */
import { Quantity, asQuantity, q } from "../units/quantity";
import { validatorFor } from "../util/validate";
import { constantQuantity, getConstant } from "./constant-registry";
import { bookSource, type Provenance } from "./provenance";
import { createRegistry, type Registry } from "./registry";
import type { HardwareSpec, Precision } from "./types";

interface BookDevice {
  readonly id: string;
  readonly name: string;
  readonly kind: HardwareSpec["kind"];
  readonly provenance: Provenance;
  /** Book constant id per precision. */
  readonly peakFlops: Partial<Record<Precision, string>>;
  readonly memoryBandwidth?: string;
  readonly memoryCapacity?: string;
  readonly tdp?: string;
  /** Fields taken from outside Tables 21.x, with their own provenance. */
  readonly extraPeakFlops?: Partial<Record<Precision, { value: Quantity<"flopRate">; provenance: Provenance }>>;
}

function fromBookConstants(device: BookDevice): HardwareSpec {
  const fieldProvenance: Record<string, Provenance> = {};
  const field = <U extends string>(name: string, constantId: string, unit: U) => {
    fieldProvenance[name] = getConstant(constantId).provenance;
    return constantQuantity(constantId, unit);
  };
  const peakFlops: Partial<Record<Precision, Quantity<"flopRate">>> = {};
  for (const [precision, constantId] of Object.entries(device.peakFlops) as [Precision, string][]) {
    peakFlops[precision] = field(`peakFlops.${precision}`, constantId, "FLOP/s");
  }
  for (const [precision, extra] of Object.entries(device.extraPeakFlops ?? {}) as [Precision, { value: Quantity<"flopRate">; provenance: Provenance }][]) {
    peakFlops[precision] = extra.value;
    fieldProvenance[`peakFlops.${precision}`] = extra.provenance;
  }
  return {
    id: device.id,
    name: device.name,
    kind: device.kind,
    peakFlops,
    ...(device.memoryBandwidth ? { memoryBandwidth: field("memoryBandwidth", device.memoryBandwidth, "B/s") } : {}),
    ...(device.memoryCapacity ? { memoryCapacity: field("memoryCapacity", device.memoryCapacity, "B") } : {}),
    ...(device.tdp ? { tdp: field("tdp", device.tdp, "W") } : {}),
    provenance: device.provenance,
    fieldProvenance,
  };
}

const GIB_NOTE =
  "Memory is 80 GiB as Table 21.x prints it; the quick-calculation text (L43498) says '86 GB', which is 80 GiB written in decimal GB (85.9 GB), a units slip.";

const BOOK_DEVICES: readonly BookDevice[] = [
  {
    id: "V100", name: "NVIDIA V100 (Volta, SXM2 32 GB)", kind: "gpu",
    provenance: bookSource("Table 21.1", 43516, "The first tensor-core generation; the book's baseline. No BF16 support."),
    peakFlops: { fp16: "V100_FLOPS_FP16_TENSOR", fp32: "V100_FLOPS_FP32" },
    memoryBandwidth: "V100_MEM_BW", memoryCapacity: "V100_MEM_CAPACITY", tdp: "V100_TDP",
  },
  {
    id: "T4", name: "NVIDIA T4 (Turing)", kind: "gpu",
    provenance: bookSource("Table 21.2", 43579, "The book gives no T4 memory capacity (NVIDIA's datasheet: 16 GB GDDR6). INT8 is printed in TFLOPs/s but is TOPS."),
    peakFlops: { fp16: "T4_FLOPS_FP16_TENSOR", int8: "T4_FLOPS_INT8" },
    memoryBandwidth: "T4_MEM_BW", tdp: "T4_TDP",
  },
  {
    id: "A100", name: "NVIDIA A100 (Ampere, SXM 80 GB)", kind: "gpu",
    provenance: bookSource("Table 21.3", 43638, `${GIB_NOTE} The table caption says '80 GB HBM2e'. INT8 is printed in TFLOPs/s but is TOPS.`),
    peakFlops: { fp16: "A100_FLOPS_FP16_TENSOR", fp32: "A100_FLOPS_FP32", tf32: "A100_FLOPS_TF32", int8: "A100_FLOPS_INT8" },
    extraPeakFlops: {
      bf16: { value: q(312, "TFLOP/s"), provenance: bookSource("Table 20.7", 42603, "The FP16/BF16 column: BF16 runs at the FP16 tensor-core rate.") },
    },
    memoryBandwidth: "A100_MEM_BW", memoryCapacity: "A100_MEM_CAPACITY", tdp: "A100_TDP",
  },
  {
    id: "H100", name: "NVIDIA H100 (Hopper, SXM)", kind: "gpu",
    provenance: bookSource("Table 21.4", 43715,
      `${GIB_NOTE} There is no H100 FP32 constant: the fallacy at L44716 quotes 'only 60 TFLOPS in FP32 non-tensor' (NVIDIA's SXM datasheet says 67), so fp32 is left out. INT8 is printed in TFLOPs/s but is TOPS.`),
    peakFlops: { fp16: "H100_FLOPS_FP16_TENSOR", tf32: "H100_FLOPS_TF32", fp8: "H100_FLOPS_FP8_TENSOR", int8: "H100_FLOPS_INT8" },
    extraPeakFlops: {
      bf16: { value: q(989, "TFLOP/s"), provenance: bookSource("Table 20.7", 42596, "The FP16/BF16 column (also Table 20.10, L43023).") },
    },
    memoryBandwidth: "H100_MEM_BW", memoryCapacity: "H100_MEM_CAPACITY", tdp: "H100_TDP",
  },
  {
    id: "B200", name: "NVIDIA B200 (Blackwell)", kind: "gpu",
    provenance: bookSource("Table 21.5", 43792, "B200_FLOPS_INT4 (9,000, printed TFLOPs/s) is NVIDIA's dense FP4 figure, stored under int4 as the book labels it."),
    peakFlops: { fp16: "B200_FLOPS_FP16_TENSOR", fp8: "B200_FLOPS_FP8_TENSOR", int4: "B200_FLOPS_INT4" },
    memoryBandwidth: "B200_MEM_BW", memoryCapacity: "B200_MEM_CAPACITY", tdp: "B200_TDP",
  },
  {
    id: "MI300X", name: "AMD Instinct MI300X", kind: "gpu",
    provenance: bookSource("Table 21.6", 43863, "The caption says 192 GB; the table prints 192 GiB, which is kept."),
    peakFlops: { fp16: "MI300X_FLOPS_FP16_TENSOR" },
    memoryBandwidth: "MI300X_MEM_BW", memoryCapacity: "MI300X_MEM_CAPACITY", tdp: "MI300X_TDP",
  },
  {
    id: "TPUv4", name: "Google TPU v4 (per chip)", kind: "tpu",
    provenance: bookSource("Table 21.7", 43922, "The book gives no TPU v4 capacity or TDP."),
    peakFlops: { bf16: "TPUV4_FLOPS_BF16" },
    memoryBandwidth: "TPUV4_MEM_BW",
  },
  {
    id: "TPUv5p", name: "Google TPU v5p (per chip)", kind: "tpu",
    provenance: bookSource("Table 20.10", 43001,
      "Only in Table 20.10 (no Table 21.x constants). Capacity printed as 95 GB, kept in decimal GB. The ICI figure (1600 GB/s, constant TPUV5P_ICI_BW) exceeds Google's published 4,800 Gbps per chip."),
    peakFlops: { bf16: "TPUV5P_FLOPS_BF16" },
    memoryBandwidth: "TPUV5P_MEM_BW", memoryCapacity: "TPUV5P_MEM_CAPACITY",
  },
  {
    id: "TPUv6", name: "Google TPU v6 (Trillium, per chip, book values)", kind: "tpu",
    provenance: bookSource("Table 21.7", 43922,
      "Questionable: 2150 TFLOPS BF16 and 4.5 TB/s do not match Google's published Trillium (v6e) chip (~918 TFLOPS BF16, ~1.6 TB/s, 32 GB HBM). Kept as printed; no capacity or TDP in the book."),
    peakFlops: { bf16: "TPUV6_FLOPS_BF16" },
    memoryBandwidth: "TPUV6_MEM_BW",
  },
  {
    id: "CPU", name: "Reference server CPU (book's generic CPU)", kind: "cpu",
    provenance: bookSource("Table 21.8", 43981, "Built from CPU_FLOPS_FP32 and SYSTEM_MEMORY_BW; the book gives no CPU capacity or TDP."),
    peakFlops: { fp32: "CPU_FLOPS_FP32" },
    memoryBandwidth: "SYSTEM_MEMORY_BW",
  },
  {
    id: "MobileNPU", name: "Flagship phone NPU", kind: "npu",
    provenance: bookSource("Table 21.8", 43981, "INT8 rate printed in TFLOPs/s is TOPS. TDP is MOBILE_TDP_W (3 W); Table 20.7 gives 3–5 W."),
    peakFlops: { int8: "MOBILE_NPU_TOPS_INT8" },
    memoryBandwidth: "MOBILE_NPU_MEM_BW", tdp: "MOBILE_TDP_W",
  },
];

/**
 * Registry of devices, pre-filled with the book's: "V100", "T4", "A100", "H100",
 * "B200", "MI300X", "TPUv4", "TPUv5p", "TPUv6", "CPU", "MobileNPU". Records are frozen;
 * lookups are case-insensitive; calculators accept an id or a record.
 *
 * Source: seed 004, Tables 21.1–21.8 (L43516–L44036) and Table 20.10 (L43001).
 * @example
 * ```ts
 * hardwareRegistry.get("a100").memoryBandwidth?.to("TB/s") // 2.039
 * ```
 */
export const hardwareRegistry: Registry<HardwareSpec> = createRegistry("hardware", BOOK_DEVICES.map(fromBookConstants));

/**
 * The device with this id.
 *
 * @param id - e.g. `"H100"` (case-insensitive).
 * @throws InvalidParameterError naming the id and listing the known ids.
 * @example
 * ```ts
 * const h100 = getHardware("H100");
 * h100.peakFlops.fp16?.div(h100.memoryBandwidth!).to("FLOP/B") // 295.22… (ridge point, L43496)
 * getHardware("A200")
 * // InvalidParameterError: getHardware: id must be one of "V100", "T4", … (or register your own); got "A200"
 * ```
 */
export function getHardware(id: string): HardwareSpec {
  return hardwareRegistry.get(id, "getHardware", "id");
}

/**
 * Adds a user device and returns the frozen record; afterwards every calculator
 * accepts its id.
 *
 * @param spec - the device; give at least one peak rate. Use `userSource()` for provenance.
 * @param options - `{ replace: true }` to overwrite an existing id.
 * @throws InvalidParameterError for an empty or duplicate id, no peak rate, or a
 * quantity of the wrong dimension in a field.
 * @example
 * ```ts
 * registerHardware({ id: "L4", name: "NVIDIA L4", kind: "gpu", peakFlops: { fp16: q(121, "TFLOP/s") },
 *   memoryBandwidth: q(300, "GB/s"), memoryCapacity: q(24, "GB"), tdp: q(72, "W"), provenance: userSource("datasheet") });
 * getHardware("l4").name // "NVIDIA L4"
 * ```
 */
export function registerHardware(spec: HardwareSpec, options?: { replace?: boolean }): HardwareSpec {
  const check = validatorFor("registerHardware");
  if (!spec || typeof spec !== "object") check.fail("spec", spec, "a HardwareSpec record");
  const rates = Object.entries(spec.peakFlops ?? {});
  if (rates.length === 0) check.fail("peakFlops", spec.peakFlops, "a record with at least one precision, e.g. { fp16: q(312, \"TFLOP/s\") }");
  for (const [precision, rate] of rates) checkQuantityField(`peakFlops.${precision}`, rate, "FLOP/s");
  if (spec.memoryBandwidth !== undefined) checkQuantityField("memoryBandwidth", spec.memoryBandwidth, "B/s");
  if (spec.memoryCapacity !== undefined) checkQuantityField("memoryCapacity", spec.memoryCapacity, "B");
  if (spec.tdp !== undefined) checkQuantityField("tdp", spec.tdp, "W");
  if (!spec.provenance || typeof spec.provenance.source !== "string") check.fail("provenance", spec.provenance, "a Provenance record (see userSource)");
  return hardwareRegistry.register(spec, options);
}

function checkQuantityField(parameter: string, value: unknown, unit: string): void {
  if (!(value instanceof Quantity)) {
    validatorFor("registerHardware").fail(parameter, value, `a quantity in ${unit}, e.g. q(…, "${unit}")`);
  }
  // Throws DimensionError naming the parameter when the dimension is wrong.
  asQuantity("registerHardware", parameter, value as Quantity<string>, unit);
}

/**
 * All registered devices, book ones first, in registration order.
 *
 * @example
 * ```ts
 * listHardware().map((h) => h.id)
 * // ["V100", "T4", "A100", "H100", "B200", "MI300X", "TPUv4", "TPUv5p", "TPUv6", "CPU", "MobileNPU"]
 * ```
 */
export function listHardware(): readonly HardwareSpec[] {
  return hardwareRegistry.list();
}
