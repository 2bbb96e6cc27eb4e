/**
 * Reference-model constants: book Table 21.9 (seed 004, L44061–L44164). The model
 * registry ({@link modelRegistry}) is built from these; the two training-budget
 * references that describe runs rather than models (GPT3_TRAINING_DAYS_REF,
 * GPT4_TRAINING_ACCELERATOR_DAYS) live only here.
 */
import { q } from "../units/quantity";
import { bookTable } from "./book-table";
import type { ConstantSpec } from "./types";

const row = bookTable("Table 21.9", "model");

const MAC_NOTE =
  "The literature's figure for this model is a multiply-accumulate (MAC) count; under the book's own convention (1 MAC = 2 FLOPs) the FLOP count is twice this.";

/**
 * Every constant of Table 21.9 (Reference Model Specifications) with its seed line.
 *
 * Source: seed 004, Table 21.9 (L44061).
 * @example
 * ```ts
 * modelConstants.find((c) => c.id === "GPT3_TRAINING_OPS")?.value.toString() // "314 ZFLOP"
 * ```
 */
export const modelConstants: readonly ConstantSpec[] = Object.freeze([
  row({
    id: "BERT_BASE_FLOPs", value: q(2.2e10, "flop"), printedUnit: "flop", line: 44080, description: "Forward-pass compute of BERT-base for one input sequence.",
    note: "The sequence length is not stated; 2.2e10 ≈ 2 × 1.1e8 params × 100 tokens (about 2.8e10 at 128 tokens).",
  }),
  row({ id: "BERT_BASE_PARAMS", value: q(1.1e8, "param"), printedUnit: "param", line: 44086, description: "Parameter count of BERT-base." }),
  row({ id: "LLAMA3_8B_PARAMS", value: q(8.03e9, "param"), printedUnit: "param", line: 44092, description: "Parameter count of Llama 3 8B." }),
  row({ id: "GPT2_HIDDEN_DIM", value: 1600, printedUnit: "-", line: 44098, description: "Hidden (model) width of GPT-2 XL.", note: "The GPT2_* constants describe GPT-2 XL (1.5B)." }),
  row({ id: "GPT2_LAYERS", value: 48, printedUnit: "-", line: 44104, description: "Number of transformer blocks in GPT-2 XL.", note: "The GPT2_* constants describe GPT-2 XL (1.5B)." }),
  row({ id: "GPT2_PARAMS", value: q(1.5e9, "param"), printedUnit: "param", line: 44110, description: "Parameter count of GPT-2 XL.", note: "The GPT2_* constants describe GPT-2 XL (1.5B)." }),
  row({ id: "GPT3_PARAMS", value: q(1.75e11, "param"), printedUnit: "param", line: 44116, description: "Parameter count of GPT-3 (175B)." }),
  row({
    id: "GPT3_TRAINING_DAYS_REF", value: q(25, "d"), printedUnit: "d", line: 44122,
    description: "Reference wall-clock duration of the GPT-3 training run on a ~1,024-GPU A100 cluster (the Iron Law example, L1316–L1347).",
    note: "Wall-clock days, not accelerator-days. The energy quick-calculation (L43500) multiplies it as '~25 accelerator-days' and gets '$29'; with ~1,024 A100s at 400 W and $0.12/kWh the electricity is about $29.5K.",
  }),
  row({
    id: "GPT3_TRAINING_OPS", value: q(3.14e23, "flop"), printedUnit: "flop", line: 44128, description: "Total training compute of GPT-3 (Brown et al. 2020).",
    note: "Consistent with 6 × 1.75e11 params × 300e9 tokens = 3.15e23 and with 3,640 PF-days (L2864).",
  }),
  row({
    id: "GPT4_TRAINING_ACCELERATOR_DAYS", value: 2.5e6, printedUnit: "-", line: 44134, description: "Estimated GPT-4 training budget in A100 accelerator-days (e.g. 25,000 GPUs × 100 days).",
    note: "A count of accelerator-days. Table 1.3 (L1054) prints 'estimated 2.5 million A100 GPU-days'; L1479 says 'over two million'.",
  }),
  row({ id: "RESNET50_FLOPs", value: q(4.1e9, "flop"), printedUnit: "flop", line: 44140, description: "Forward-pass compute of ResNet-50 for one 224×224 image.", note: MAC_NOTE }),
  row({ id: "RESNET50_PARAMS", value: q(2.56e7, "param"), printedUnit: "param", line: 44146, description: "Parameter count of ResNet-50." }),
  row({ id: "MOBILENETV2_FLOPs", value: q(3e8, "flop"), printedUnit: "flop", line: 44152, description: "Forward-pass compute of MobileNetV2 for one 224×224 image.", note: MAC_NOTE }),
  row({ id: "MOBILENETV2_PARAMS", value: q(3.5e6, "param"), printedUnit: "param", line: 44158, description: "Parameter count of MobileNetV2." }),
  row({ id: "YOLOV8_NANO_FLOPs", value: q(8.7e9, "flop"), printedUnit: "flop", line: 44164, description: "Forward-pass compute of YOLOv8-nano for one 640×640 image (also L3245)." }),
]);
