/**
 * Accelerator, CPU and edge-device constants: book Tables 21.1–21.8 (seed 004,
 * L43516–L44036), plus the TPU v5p column of Table 20.10 (L43001), which the
 * appendix has no constants for. Identifiers are the book's, verbatim; the TPUV5P_*
 * names are ours, in the book's style.
 *
 * Integer-operation rates (INT8, INT4) are printed "TFLOPs/s" in the book; they are
 * TOPS and are stored as `q(…, "TOPS")`, which lives in the flop-rate dimension.
 * Capacities are stored in GiB as printed, never silently as GB.
 */
import { q } from "../units/quantity";
import { bookTable } from "./book-table";
import type { ConstantSpec } from "./types";

const TOPS_NOTE = "Printed in TFLOPs/s, but an integer-operation rate (TOPS); stored in the flop-rate dimension.";
const HBM_GIB_NOTE =
  "Printed as GiB. The quick-calculation text (L43498) says an A100 or H100 has '86 GB': that is 80 GiB written in decimal GB (85.9 GB); the HBM is 80 GiB.";

const v100 = bookTable("Table 21.1", "hardware");
const t4 = bookTable("Table 21.2", "hardware");
const a100 = bookTable("Table 21.3", "hardware");
const h100 = bookTable("Table 21.4", "hardware");
const b200 = bookTable("Table 21.5", "hardware");
const mi300x = bookTable("Table 21.6", "hardware");
const tpu = bookTable("Table 21.7", "hardware");
const edge = bookTable("Table 21.8", "hardware");
const tpuV5p = bookTable("Table 20.10", "hardware");

/**
 * Every constant of Tables 21.1–21.8 and the TPU v5p figures of Table 20.10, as
 * {@link ConstantSpec} records with the seed line of each row.
 *
 * Source: seed 004, Table 21.1 (L43516) … Table 21.8 (L43981); Table 20.10 (L43001).
 * @example
 * ```ts
 * hardwareConstants.find((c) => c.id === "A100_MEM_BW")?.value.toString() // "2.04 TB/s"
 * ```
 */
export const hardwareConstants: readonly ConstantSpec[] = Object.freeze([
  // Table 21.1 NVIDIA V100 (Volta)
  v100({ id: "V100_FLOPS_FP16_TENSOR", value: q(125, "TFLOP/s"), printedUnit: "TFLOPs/s", line: 43535, description: "V100 peak FP16 rate on tensor cores (dense)." }),
  v100({ id: "V100_FLOPS_FP32", value: q(15.7, "TFLOP/s"), printedUnit: "TFLOPs/s", line: 43541, description: "V100 peak FP32 rate on the CUDA cores." }),
  v100({ id: "V100_MEM_BW", value: q(900, "GB/s"), printedUnit: "GB/s", line: 43547, description: "V100 HBM2 bandwidth." }),
  v100({ id: "V100_MEM_CAPACITY", value: q(32, "GiB"), printedUnit: "GiB", line: 43553, description: "V100 HBM2 capacity (the 32 GB model)." }),
  v100({ id: "V100_TDP", value: q(300, "W"), printedUnit: "W", line: 43559, description: "V100 (SXM2) thermal design power." }),
  // Table 21.2 NVIDIA T4 (Turing)
  t4({ id: "T4_FLOPS_FP16_TENSOR", value: q(65, "TFLOP/s"), printedUnit: "TFLOPs/s", line: 43598, description: "T4 peak FP16 rate on tensor cores." }),
  t4({ id: "T4_FLOPS_INT8", value: q(130, "TOPS"), printedUnit: "TFLOPs/s", line: 43604, description: "T4 peak INT8 rate on tensor cores.", note: TOPS_NOTE }),
  t4({ id: "T4_MEM_BW", value: q(320, "GB/s"), printedUnit: "GB/s", line: 43610, description: "T4 GDDR6 bandwidth." }),
  t4({ id: "T4_TDP", value: q(70, "W"), printedUnit: "W", line: 43616, description: "T4 thermal design power; the low figure is why it anchors cost-per-inference comparisons." }),
  // Table 21.3 NVIDIA A100 (Ampere)
  a100({ id: "A100_FLOPS_FP16_TENSOR", value: q(312, "TFLOP/s"), printedUnit: "TFLOPs/s", line: 43657, description: "A100 peak FP16 rate on tensor cores (dense); the book's default training peak." }),
  a100({ id: "A100_FLOPS_FP32", value: q(19.5, "TFLOP/s"), printedUnit: "TFLOPs/s", line: 43663, description: "A100 peak FP32 rate without tensor cores." }),
  a100({ id: "A100_FLOPS_INT8", value: q(624, "TOPS"), printedUnit: "TFLOPs/s", line: 43669, description: "A100 peak INT8 rate on tensor cores (dense).", note: TOPS_NOTE }),
  a100({ id: "A100_FLOPS_TF32", value: q(156, "TFLOP/s"), printedUnit: "TFLOPs/s", line: 43675, description: "A100 peak TF32 rate on tensor cores (dense)." }),
  a100({ id: "A100_MEM_BW", value: q(2039, "GB/s"), printedUnit: "GB/s", line: 43681, description: "A100 (80 GB) HBM2e bandwidth." }),
  a100({ id: "A100_MEM_CAPACITY", value: q(80, "GiB"), printedUnit: "GiB", line: 43687, description: "A100 HBM2e capacity.", note: HBM_GIB_NOTE }),
  a100({ id: "A100_TDP", value: q(400, "W"), printedUnit: "W", line: 43693, description: "A100 (SXM) thermal design power." }),
  // Table 21.4 NVIDIA H100 (Hopper)
  h100({ id: "H100_FLOPS_FP16_TENSOR", value: q(989, "TFLOP/s"), printedUnit: "TFLOPs/s", line: 43734, description: "H100 (SXM) peak FP16 rate on tensor cores (dense)." }),
  h100({ id: "H100_FLOPS_FP8_TENSOR", value: q(1979, "TFLOP/s"), printedUnit: "TFLOPs/s", line: 43740, description: "H100 (SXM) peak FP8 rate on tensor cores (dense, Transformer Engine)." }),
  h100({ id: "H100_FLOPS_INT8", value: q(1979, "TOPS"), printedUnit: "TFLOPs/s", line: 43746, description: "H100 (SXM) peak INT8 rate on tensor cores (dense).", note: TOPS_NOTE }),
  h100({ id: "H100_FLOPS_TF32", value: q(494, "TFLOP/s"), printedUnit: "TFLOPs/s", line: 43752, description: "H100 (SXM) peak TF32 rate on tensor cores (dense)." }),
  h100({ id: "H100_MEM_BW", value: q(3.35, "TB/s"), printedUnit: "TB/s", line: 43758, description: "H100 (SXM) HBM3 bandwidth." }),
  h100({ id: "H100_MEM_CAPACITY", value: q(80, "GiB"), printedUnit: "GiB", line: 43764, description: "H100 (SXM) HBM3 capacity.", note: HBM_GIB_NOTE }),
  h100({ id: "H100_TDP", value: q(700, "W"), printedUnit: "W", line: 43770, description: "H100 (SXM) thermal design power." }),
  // Table 21.5 NVIDIA B200 (Blackwell)
  b200({ id: "B200_FLOPS_FP16_TENSOR", value: q(2250, "TFLOP/s"), printedUnit: "TFLOPs/s", line: 43811, description: "B200 peak FP16 rate on tensor cores (dense)." }),
  b200({ id: "B200_FLOPS_FP8_TENSOR", value: q(4500, "TFLOP/s"), printedUnit: "TFLOPs/s", line: 43817, description: "B200 peak FP8 rate on tensor cores (dense)." }),
  b200({
    id: "B200_FLOPS_INT4", value: q(9000, "TOPS"), printedUnit: "TFLOPs/s", line: 43823, description: "B200 peak 4-bit rate on tensor cores (dense).",
    note: `${TOPS_NOTE} The 9,000 figure is NVIDIA's dense FP4 rate, which the book labels INT4.`,
  }),
  b200({ id: "B200_MEM_BW", value: q(8, "TB/s"), printedUnit: "TB/s", line: 43829, description: "B200 HBM3e bandwidth." }),
  b200({ id: "B200_MEM_CAPACITY", value: q(192, "GiB"), printedUnit: "GiB", line: 43835, description: "B200 HBM3e capacity." }),
  b200({ id: "B200_TDP", value: q(1000, "W"), printedUnit: "W", line: 43841, description: "B200 thermal design power." }),
  // Table 21.6 AMD Instinct MI300X
  mi300x({ id: "MI300X_FLOPS_FP16_TENSOR", value: q(1307, "TFLOP/s"), printedUnit: "TFLOPs/s", line: 43882, description: "MI300X peak FP16 rate on matrix cores (dense)." }),
  mi300x({ id: "MI300X_MEM_BW", value: q(5.3, "TB/s"), printedUnit: "TB/s", line: 43888, description: "MI300X HBM3 bandwidth." }),
  mi300x({ id: "MI300X_MEM_CAPACITY", value: q(192, "GiB"), printedUnit: "GiB", line: 43894, description: "MI300X HBM3 capacity.", note: "The table prints GiB; its caption (L43863) says 192 GB." }),
  mi300x({ id: "MI300X_TDP", value: q(750, "W"), printedUnit: "W", line: 43900, description: "MI300X thermal design power." }),
  // Table 21.7 Google TPU v4 and v6 (Trillium)
  tpu({ id: "TPUV4_FLOPS_BF16", value: q(275, "TFLOP/s"), printedUnit: "TFLOPs/s", line: 43941, description: "TPU v4 peak BF16 rate per chip." }),
  tpu({ id: "TPUV4_MEM_BW", value: q(1200, "GB/s"), printedUnit: "GB/s", line: 43947, description: "TPU v4 HBM bandwidth per chip." }),
  tpu({
    id: "TPUV6_FLOPS_BF16", value: q(2150, "TFLOP/s"), printedUnit: "TFLOPs/s", line: 43953, description: "TPU v6 (Trillium) peak BF16 rate per chip, as the book gives it.",
    note: "Questionable: Google's published Trillium (v6e) peak is about 918 TFLOPS BF16 per chip; kept as printed.",
  }),
  tpu({
    id: "TPUV6_MEM_BW", value: q(4.5, "TB/s"), printedUnit: "TB/s", line: 43959, description: "TPU v6 (Trillium) HBM bandwidth per chip, as the book gives it.",
    note: "Questionable: Google's published Trillium (v6e) HBM bandwidth is about 1.6 TB/s per chip; kept as printed.",
  }),
  // Table 21.8 CPU, Mobile NPU, and Edge Device Specs
  edge({ id: "CPU_FLOPS_FP32", value: q(1, "TFLOP/s"), printedUnit: "TFLOPs/s", line: 44000, description: "Peak FP32 rate of the book's reference server CPU." }),
  edge({ id: "SYSTEM_MEMORY_BW", value: q(50, "GB/s"), printedUnit: "GB/s", line: 44006, description: "Host DRAM bandwidth of the reference CPU system (cf. Table 20.6, CPU DRAM 50 GB/s)." }),
  edge({ id: "MOBILE_NPU_TOPS_INT8", value: q(50, "TOPS"), printedUnit: "TFLOPs/s", line: 44012, description: "Peak INT8 rate of a flagship phone NPU.", note: TOPS_NOTE }),
  edge({ id: "MOBILE_NPU_MEM_BW", value: q(100, "GB/s"), printedUnit: "GB/s", line: 44018, description: "Memory bandwidth available to a phone NPU." }),
  edge({ id: "MOBILE_TDP_W", value: q(3, "W"), printedUnit: "W", line: 44024, description: "Sustained power budget of a phone SoC.", note: "Table 20.7 (L42612) gives a 3–5 W range for mobile NPUs." }),
  edge({ id: "OBJECT_DETECTOR_POWER_W", value: q(2, "W"), printedUnit: "W", line: 44030, description: "Power drawn by an on-device object detector running continuously." }),
  edge({ id: "PHONE_BATTERY_WH", value: q(15, "Wh"), printedUnit: "h·W", line: 44036, description: "Energy stored in a typical phone battery." }),
  // Table 20.10 Reference Specs: TPU v5p column (no Table 21.x constants exist for it)
  tpuV5p({ id: "TPUV5P_FLOPS_BF16", value: q(459, "TFLOP/s"), printedUnit: "TFLOPS", line: 43024, description: "TPU v5p peak BF16 rate per chip (the table's FP16/BF16 row).", note: "Identifier ours; the book has no TPU v5p constants." }),
  tpuV5p({ id: "TPUV5P_MEM_BW", value: q(2.76, "TB/s"), printedUnit: "TB/s", line: 43031, description: "TPU v5p HBM bandwidth per chip.", note: "Identifier ours; the book has no TPU v5p constants." }),
  tpuV5p({
    id: "TPUV5P_MEM_CAPACITY", value: q(95, "GB"), printedUnit: "GB", line: 43038, description: "TPU v5p HBM capacity per chip.",
    note: "Identifier ours. Printed as 95 GB and kept in decimal GB as printed (Table 20.10 also prints the H100 as 80 GB, which Table 21.4 gives as 80 GiB).",
  }),
  tpuV5p({
    id: "TPUV5P_SRAM_CAPACITY", value: q(100, "MB"), printedUnit: "MB", line: 43045, description: "TPU v5p on-chip SRAM (the table's L2/SRAM row), approximate.",
    note: "Identifier ours. Printed as '~100 MB'; not confirmed by Google's public specs.",
  }),
  tpuV5p({
    id: "TPUV5P_ICI_BW", value: q(1600, "GB/s"), printedUnit: "GB/s", line: 43052, description: "TPU v5p inter-chip interconnect (ICI) bandwidth per chip, as the book gives it.",
    note: "Identifier ours. Questionable: Google publishes 4,800 Gbps (600 GB/s) of ICI per v5p chip; kept as printed.",
  }),
]);
