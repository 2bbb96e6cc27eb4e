/**
 * The book's constants as oracles: every row of the System Assumptions tables
 * 21.1–21.13 (seed 004, L43516–L44516), the TPU v5p column of Table 20.10 (L43001)
 * and the unit prices of Listing 4.2 (L6268), with the value and unit exactly as
 * printed and the seed line of the row. Tolerance: exact up to floating-point
 * round-off (relative 1e-12), since values are stored in base units.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";

/** `[source, book id, value as printed, unit as printed, seed line]`. */
export type BookRow = readonly [source: string, id: string, printedValue: string, printedUnit: string, line: number];

export const BOOK_CONSTANT_ROWS: readonly BookRow[] = [
  ["Table 21.1", "V100_FLOPS_FP16_TENSOR", "125", "TFLOPs/s", 43535],
  ["Table 21.1", "V100_FLOPS_FP32", "15.7", "TFLOPs/s", 43541],
  ["Table 21.1", "V100_MEM_BW", "900", "GB/s", 43547],
  ["Table 21.1", "V100_MEM_CAPACITY", "32", "GiB", 43553],
  ["Table 21.1", "V100_TDP", "300", "W", 43559],
  ["Table 21.2", "T4_FLOPS_FP16_TENSOR", "65", "TFLOPs/s", 43598],
  ["Table 21.2", "T4_FLOPS_INT8", "130", "TFLOPs/s", 43604],
  ["Table 21.2", "T4_MEM_BW", "320", "GB/s", 43610],
  ["Table 21.2", "T4_TDP", "70", "W", 43616],
  ["Table 21.3", "A100_FLOPS_FP16_TENSOR", "312", "TFLOPs/s", 43657],
  ["Table 21.3", "A100_FLOPS_FP32", "19.5", "TFLOPs/s", 43663],
  ["Table 21.3", "A100_FLOPS_INT8", "624", "TFLOPs/s", 43669],
  ["Table 21.3", "A100_FLOPS_TF32", "156", "TFLOPs/s", 43675],
  ["Table 21.3", "A100_MEM_BW", "2039", "GB/s", 43681],
  ["Table 21.3", "A100_MEM_CAPACITY", "80", "GiB", 43687],
  ["Table 21.3", "A100_TDP", "400", "W", 43693],
  ["Table 21.4", "H100_FLOPS_FP16_TENSOR", "989", "TFLOPs/s", 43734],
  ["Table 21.4", "H100_FLOPS_FP8_TENSOR", "1979", "TFLOPs/s", 43740],
  ["Table 21.4", "H100_FLOPS_INT8", "1979", "TFLOPs/s", 43746],
  ["Table 21.4", "H100_FLOPS_TF32", "494", "TFLOPs/s", 43752],
  ["Table 21.4", "H100_MEM_BW", "3.35", "TB/s", 43758],
  ["Table 21.4", "H100_MEM_CAPACITY", "80", "GiB", 43764],
  ["Table 21.4", "H100_TDP", "700", "W", 43770],
  ["Table 21.5", "B200_FLOPS_FP16_TENSOR", "2250", "TFLOPs/s", 43811],
  ["Table 21.5", "B200_FLOPS_FP8_TENSOR", "4500", "TFLOPs/s", 43817],
  ["Table 21.5", "B200_FLOPS_INT4", "9000", "TFLOPs/s", 43823],
  ["Table 21.5", "B200_MEM_BW", "8", "TB/s", 43829],
  ["Table 21.5", "B200_MEM_CAPACITY", "192", "GiB", 43835],
  ["Table 21.5", "B200_TDP", "1000", "W", 43841],
  ["Table 21.6", "MI300X_FLOPS_FP16_TENSOR", "1307", "TFLOPs/s", 43882],
  ["Table 21.6", "MI300X_MEM_BW", "5.3", "TB/s", 43888],
  ["Table 21.6", "MI300X_MEM_CAPACITY", "192", "GiB", 43894],
  ["Table 21.6", "MI300X_TDP", "750", "W", 43900],
  ["Table 21.7", "TPUV4_FLOPS_BF16", "275", "TFLOPs/s", 43941],
  ["Table 21.7", "TPUV4_MEM_BW", "1200", "GB/s", 43947],
  ["Table 21.7", "TPUV6_FLOPS_BF16", "2150", "TFLOPs/s", 43953],
  ["Table 21.7", "TPUV6_MEM_BW", "4.5", "TB/s", 43959],
  ["Table 21.8", "CPU_FLOPS_FP32", "1", "TFLOPs/s", 44000],
  ["Table 21.8", "SYSTEM_MEMORY_BW", "50", "GB/s", 44006],
  ["Table 21.8", "MOBILE_NPU_TOPS_INT8", "50", "TFLOPs/s", 44012],
  ["Table 21.8", "MOBILE_NPU_MEM_BW", "100", "GB/s", 44018],
  ["Table 21.8", "MOBILE_TDP_W", "3", "W", 44024],
  ["Table 21.8", "OBJECT_DETECTOR_POWER_W", "2", "W", 44030],
  ["Table 21.8", "PHONE_BATTERY_WH", "15", "h·W", 44036],
  ["Table 21.9", "BERT_BASE_FLOPs", "2.2e+10", "flop", 44080],
  ["Table 21.9", "BERT_BASE_PARAMS", "1.1e+08", "param", 44086],
  ["Table 21.9", "LLAMA3_8B_PARAMS", "8.03e+09", "param", 44092],
  ["Table 21.9", "GPT2_HIDDEN_DIM", "1600", "-", 44098],
  ["Table 21.9", "GPT2_LAYERS", "48", "-", 44104],
  ["Table 21.9", "GPT2_PARAMS", "1.5e+09", "param", 44110],
  ["Table 21.9", "GPT3_PARAMS", "1.75e+11", "param", 44116],
  ["Table 21.9", "GPT3_TRAINING_DAYS_REF", "25", "d", 44122],
  ["Table 21.9", "GPT3_TRAINING_OPS", "3.14e+23", "flop", 44128],
  ["Table 21.9", "GPT4_TRAINING_ACCELERATOR_DAYS", "2.5e+06", "-", 44134],
  ["Table 21.9", "RESNET50_FLOPs", "4.1e+09", "flop", 44140],
  ["Table 21.9", "RESNET50_PARAMS", "2.56e+07", "param", 44146],
  ["Table 21.9", "MOBILENETV2_FLOPs", "3e+08", "flop", 44152],
  ["Table 21.9", "MOBILENETV2_PARAMS", "3.5e+06", "param", 44158],
  ["Table 21.9", "YOLOV8_NANO_FLOPs", "8.7e+09", "flop", 44164],
  ["Table 21.10", "ENERGY_REG_PJ", "0.01", "pJ", 44207],
  ["Table 21.10", "ENERGY_SRAM_L1_PJ", "0.5", "pJ", 44213],
  ["Table 21.10", "ENERGY_SRAM_L2_PJ", "2", "pJ", 44219],
  ["Table 21.10", "ENERGY_DRAM_ACCESS_PJ", "640", "pJ", 44225],
  ["Table 21.10", "ENERGY_DRAM_PJ_PER_BYTE", "160", "pJ/B", 44231],
  ["Table 21.10", "ENERGY_FLOP_PJ", "4.6", "pJ/flop", 44237],
  ["Table 21.10", "ENERGY_FLOP_FP16_PJ", "1.1", "pJ/flop", 44243],
  ["Table 21.10", "ENERGY_FLOP_FP32_PJ", "3.7", "pJ/flop", 44249],
  ["Table 21.10", "ENERGY_FLOP_INT8_PJ", "0.2", "pJ/flop", 44255],
  ["Table 21.10", "ENERGY_MOBILENET_INF_MJ", "0.1", "mJ", 44261],
  ["Table 21.10", "NETWORK_5G_ENERGY_PER_MB_MJ", "100", "mJ/MB", 44267],
  ["Table 21.11", "NVLINK_V100_BW", "300", "GB/s", 44310],
  ["Table 21.11", "NVLINK_A100_BW", "600", "GB/s", 44316],
  ["Table 21.11", "NVLINK_H100_BW", "900", "GB/s", 44322],
  ["Table 21.11", "INFINIBAND_HDR_BW", "200", "Gbps", 44328],
  ["Table 21.11", "INFINIBAND_NDR_BW", "400", "Gbps", 44334],
  ["Table 21.11", "INFINIBAND_XDR_BW", "800", "Gbps", 44340],
  ["Table 21.11", "INFINIBAND_GXDR_BW", "1600", "Gbps", 44346],
  ["Table 21.11", "PCIE_GEN4_BW", "32", "GB/s", 44352],
  ["Table 21.11", "PCIE_GEN5_BW", "64", "GB/s", 44358],
  ["Table 21.11", "NVME_SEQUENTIAL_BW", "7", "GB/s", 44364],
  ["Table 21.11", "NETWORK_10G_BW", "10", "Gbps", 44370],
  ["Table 21.11", "NETWORK_100G_BW", "100", "Gbps", 44376],
  ["Table 21.11", "SPEED_OF_LIGHT_FIBER_KM_S", "200000", "km/s", 44382],
  ["Table 21.12", "CLOUD_ELECTRICITY_PER_KWH", "0.12", "dollar/kWh", 44425],
  ["Table 21.12", "CLOUD_EGRESS_PER_GB", "0.09", "dollar/GB", 44431],
  ["Table 21.13", "GMAIL_EMAILS_PER_DAY", "1.21e+11", "-", 44474],
  ["Table 21.13", "GOOGLE_SEARCHES_PER_DAY", "8.5e+09", "-", 44480],
  ["Table 21.13", "WAYMO_DATA_PER_HOUR_LOW", "1", "TB/h", 44486],
  ["Table 21.13", "WAYMO_DATA_PER_HOUR_HIGH", "19", "TB/h", 44492],
  ["Table 21.13", "VIDEO_1080P_WIDTH", "1920", "-", 44498],
  ["Table 21.13", "VIDEO_1080P_HEIGHT", "1080", "-", 44504],
  ["Table 21.13", "VIDEO_BYTES_PER_PIXEL_RGB", "3", "B", 44510],
  ["Table 21.13", "VIDEO_FPS_STANDARD", "30", "Hz", 44516],
  ["Table 20.10", "TPUV5P_FLOPS_BF16", "459", "TFLOPS", 43024],
  ["Table 20.10", "TPUV5P_MEM_BW", "2.76", "TB/s", 43031],
  ["Table 20.10", "TPUV5P_MEM_CAPACITY", "95", "GB", 43038],
  ["Table 20.10", "TPUV5P_SRAM_CAPACITY", "100", "MB", 43045],
  ["Table 20.10", "TPUV5P_ICI_BW", "1600", "GB/s", 43052],
  ["Listing 4.2", "s3_per_tb_mo", "23", "USD/TB per month", 6273],
  ["Listing 4.2", "spark_per_tb", "5", "USD/TB", 6274],
  ["Listing 4.2", "query_cost_per", "5", "USD/query", 6277],
];

/** Printed units our parser cannot read, and the unit to compare the stored value in. */
export const COMPARE_UNIT: Readonly<Record<string, string>> = {
  "USD/TB per month": "USD/TB/month",
  "USD/query": "USD",
};

/** The textbook's lines, or `undefined` when ../shared/seeds is not on this machine. */
export function readBookLines(): readonly string[] | undefined {
  const dir = path.resolve(__dirname, "../../../shared/seeds");
  if (!existsSync(dir)) return undefined;
  const file = readdirSync(dir).find((name) => name.startsWith("004_") && name.endsWith(".txt"));
  return file ? readFileSync(path.join(dir, file), "utf8").split("\n") : undefined;
}
