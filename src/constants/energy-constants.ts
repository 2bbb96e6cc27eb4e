/**
 * Energy per operation and per memory access: book Table 21.10 (seed 004,
 * L44188–L44267), drawn from Horowitz (ISSCC 2014, 45 nm) and 7 nm sources.
 */
import { q } from "../units/quantity";
import { bookTable } from "./book-table";
import type { ConstantSpec } from "./types";

const row = bookTable("Table 21.10", "energy");

const MULTIPLY_NOTE = "Horowitz's energy for one multiply at this precision, although the name says FLOP.";

/**
 * Every constant of Table 21.10 (Energy per Operation and Access) with its seed line.
 *
 * Source: seed 004, Table 21.10 (L44188).
 * @example
 * ```ts
 * energyConstants.find((c) => c.id === "ENERGY_DRAM_PJ_PER_BYTE")?.value.toString() // "160 pJ/B"
 * ```
 */
export const energyConstants: readonly ConstantSpec[] = Object.freeze([
  row({ id: "ENERGY_REG_PJ", value: q(0.01, "pJ"), printedUnit: "pJ", line: 44207, description: "Energy of one register-file access." }),
  row({ id: "ENERGY_SRAM_L1_PJ", value: q(0.5, "pJ"), printedUnit: "pJ", line: 44213, description: "Energy of one 32-bit access to L1 SRAM." }),
  row({ id: "ENERGY_SRAM_L2_PJ", value: q(2, "pJ"), printedUnit: "pJ", line: 44219, description: "Energy of one 32-bit access to L2 SRAM." }),
  row({
    id: "ENERGY_DRAM_ACCESS_PJ", value: q(640, "pJ"), printedUnit: "pJ", line: 44225, description: "Energy of one 32-bit access to off-chip DRAM.",
    note: "The table's caption (L44188) and the appendix summary speak of a '200×' register-to-DRAM gap; these constants give 640 / 0.01 = 64,000× (L1→DRAM 1,280×, L2→DRAM 320×).",
  }),
  row({ id: "ENERGY_DRAM_PJ_PER_BYTE", value: q(160, "pJ/B"), printedUnit: "pJ/B", line: 44231, description: "DRAM access energy per byte (the 640 pJ 32-bit access over 4 bytes)." }),
  row({
    id: "ENERGY_FLOP_PJ", value: q(4.6, "pJ/flop"), printedUnit: "pJ/flop", line: 44237, description: "Generic energy per floating-point operation used in napkin math.",
    note: "Not derived in the book; it equals Horowitz's FP32 add (0.9 pJ) plus FP32 multiply (3.7 pJ), i.e. one FP32 fused multiply-add.",
  }),
  row({ id: "ENERGY_FLOP_FP16_PJ", value: q(1.1, "pJ/flop"), printedUnit: "pJ/flop", line: 44243, description: "Energy of one FP16 operation.", note: MULTIPLY_NOTE }),
  row({ id: "ENERGY_FLOP_FP32_PJ", value: q(3.7, "pJ/flop"), printedUnit: "pJ/flop", line: 44249, description: "Energy of one FP32 operation.", note: MULTIPLY_NOTE }),
  row({ id: "ENERGY_FLOP_INT8_PJ", value: q(0.2, "pJ/flop"), printedUnit: "pJ/flop", line: 44255, description: "Energy of one INT8 operation.", note: MULTIPLY_NOTE }),
  row({ id: "ENERGY_MOBILENET_INF_MJ", value: q(0.1, "mJ"), printedUnit: "mJ", line: 44261, description: "Energy of one MobileNet inference on a phone accelerator." }),
  row({ id: "NETWORK_5G_ENERGY_PER_MB_MJ", value: q(100, "mJ/MB"), printedUnit: "mJ/MB", line: 44267, description: "Radio energy to upload one megabyte over 5G." }),
]);
