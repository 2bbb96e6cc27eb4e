/**
 * The model registry: the reference models of book Table 21.9 as {@link ModelSpec}
 * records, built from the constant registry so each field cites its table row.
 * Fields the table lacks come from the chapter text (GPT-3's tokens, GPT-4's
 * estimated size) or, for YOLOv8n's parameter count only, from the model's authors.
 */
import { Quantity, asQuantity, q } from "../units/quantity";
import { validatorFor } from "../util/validate";
import { constantQuantity, constantValue, getConstant } from "./constant-registry";
import { bookSource, externalSource, type Provenance } from "./provenance";
import { createRegistry, type Registry } from "./registry";
import type { ModelSpec } from "./types";

type ModelField = "params" | "trainingFlops" | "inferenceFlops" | "layers" | "hiddenDim";

interface BookModel {
  readonly id: string;
  readonly name: string;
  readonly provenance: Provenance;
  /** Book constant id per field. */
  readonly constants: Partial<Record<ModelField, string>>;
  readonly flopConvention?: ModelSpec["flopConvention"];
  /** Fields taken from outside Table 21.9, with their own provenance. */
  readonly extra?: {
    readonly params?: { value: Quantity<"param">; provenance: Provenance };
    readonly trainingTokens?: { value: Quantity<"token">; provenance: Provenance };
  };
}

function fromBookConstants(model: BookModel): ModelSpec {
  const fieldProvenance: Record<string, Provenance> = {};
  const cite = (field: string, constantId: string) => {
    fieldProvenance[field] = getConstant(constantId).provenance;
    return constantId;
  };
  const { constants: c, extra = {} } = model;
  const count = (field: ModelField): number | undefined => {
    const id = c[field];
    return id === undefined ? undefined : (constantValue(cite(field, id)) as number);
  };
  let params: Quantity<"param">;
  if (c.params) params = constantQuantity(cite("params", c.params), "param");
  else if (extra.params) {
    params = extra.params.value;
    fieldProvenance.params = extra.params.provenance;
  } else return validatorFor("modelRegistry").fail(`${model.id}.params`, undefined, "a parameter count (book constant or extra.params)");
  if (extra.trainingTokens) fieldProvenance.trainingTokens = extra.trainingTokens.provenance;
  const layers = count("layers");
  const hiddenDim = count("hiddenDim");
  return {
    id: model.id,
    name: model.name,
    params,
    ...(c.trainingFlops ? { trainingFlops: constantQuantity(cite("trainingFlops", c.trainingFlops), "FLOP") } : {}),
    ...(extra.trainingTokens ? { trainingTokens: extra.trainingTokens.value } : {}),
    ...(c.inferenceFlops ? { inferenceFlops: constantQuantity(cite("inferenceFlops", c.inferenceFlops), "FLOP") } : {}),
    ...(model.flopConvention ? { flopConvention: model.flopConvention } : {}),
    ...(layers !== undefined ? { layers } : {}),
    ...(hiddenDim !== undefined ? { hiddenDim } : {}),
    provenance: model.provenance,
    fieldProvenance,
  };
}

const TABLE = "Table 21.9";
const TABLE_LINE = 44061;
const MAC_NOTE = "inferenceFlops is the literature's multiply-accumulate (MAC) count, as the book prints it; under the book's 1 MAC = 2 FLOPs convention the FLOP count is twice this.";

const BOOK_MODELS: readonly BookModel[] = [
  {
    id: "GPT-3", name: "GPT-3 (175B)",
    provenance: bookSource(TABLE, TABLE_LINE,
      "Training tokens: the book says '~500 billion tokens' in Chapter 1 (L918) and '~1 epoch over 300 billion tokens' in Chapter 5 (L9503); 300B is kept because 6 × 1.75e11 × 3e11 = 3.15e23 reproduces GPT3_TRAINING_OPS. GPT3_TRAINING_DAYS_REF (25 wall-clock days) is a constant, not a field."),
    constants: { params: "GPT3_PARAMS", trainingFlops: "GPT3_TRAINING_OPS" },
    extra: {
      trainingTokens: {
        value: q(300e9, "token"),
        provenance: bookSource("Chapter 5 (epoch sidenote)", 9503, "Chapter 1 (L918) says ~500 billion tokens; see WE-1.3."),
      },
    },
    flopConvention: "FLOP",
  },
  {
    id: "GPT-2-XL", name: "GPT-2 XL (1.5B)",
    provenance: bookSource(TABLE, TABLE_LINE, "The book's GPT2_* constants describe the XL model: 48 layers, width 1600."),
    constants: { params: "GPT2_PARAMS", layers: "GPT2_LAYERS", hiddenDim: "GPT2_HIDDEN_DIM" },
  },
  {
    id: "GPT-4", name: "GPT-4 (estimated)",
    provenance: bookSource(TABLE, TABLE_LINE,
      "Table 21.9 gives only the training budget (GPT4_TRAINING_ACCELERATOR_DAYS, 2.5e6 A100-days), kept as a constant. The parameter count is the unconfirmed public estimate of Table 5.3."),
    constants: {},
    extra: {
      params: { value: q(1.8e12, "param"), provenance: bookSource("Table 5.3", 8068, "'~1.8T (MoE, est.)'; OpenAI has not confirmed it (caption, L7989).") },
    },
  },
  {
    id: "BERT-base", name: "BERT-base",
    provenance: bookSource(TABLE, TABLE_LINE, "inferenceFlops (2.2e10) is per input sequence; the book does not state the sequence length (≈ 2 × params × 100 tokens)."),
    constants: { params: "BERT_BASE_PARAMS", inferenceFlops: "BERT_BASE_FLOPs" },
    flopConvention: "FLOP",
  },
  {
    id: "Llama-3-8B", name: "Llama 3 8B",
    provenance: bookSource(TABLE, TABLE_LINE),
    constants: { params: "LLAMA3_8B_PARAMS" },
  },
  {
    id: "ResNet-50", name: "ResNet-50",
    provenance: bookSource(TABLE, TABLE_LINE, MAC_NOTE),
    constants: { params: "RESNET50_PARAMS", inferenceFlops: "RESNET50_FLOPs" },
    flopConvention: "MAC",
  },
  {
    id: "MobileNetV2", name: "MobileNetV2",
    provenance: bookSource(TABLE, TABLE_LINE, MAC_NOTE),
    constants: { params: "MOBILENETV2_PARAMS", inferenceFlops: "MOBILENETV2_FLOPs" },
    flopConvention: "MAC",
  },
  {
    id: "YOLOv8n", name: "YOLOv8-nano",
    provenance: bookSource(TABLE, TABLE_LINE, "The book gives only the compute (8.7 GFLOPs per 640×640 image, also L3245); the parameter count is the model authors' published figure."),
    constants: { inferenceFlops: "YOLOV8_NANO_FLOPs" },
    extra: {
      params: { value: q(3.2e6, "param"), provenance: externalSource("Ultralytics YOLOv8 model table (YOLOv8n: 3.2M params, 8.7 GFLOPs)", "Not printed in the book.") },
    },
    flopConvention: "FLOP",
  },
];

/**
 * Registry of reference models, pre-filled with the book's: "GPT-3", "GPT-2-XL",
 * "GPT-4", "BERT-base", "Llama-3-8B", "ResNet-50", "MobileNetV2", "YOLOv8n". Records
 * are frozen; lookups are case-insensitive; calculators accept an id or a record.
 *
 * Source: seed 004, Table 21.9 (L44061).
 * @example
 * ```ts
 * modelRegistry.get("gpt-3").trainingFlops?.format() // "314 ZFLOP"
 * ```
 */
export const modelRegistry: Registry<ModelSpec> = createRegistry("model", BOOK_MODELS.map(fromBookConstants));

/**
 * The model with this id.
 *
 * @param id - e.g. `"ResNet-50"` (case-insensitive).
 * @throws InvalidParameterError naming the id and listing the known ids.
 * @example
 * ```ts
 * getModel("GPT-2-XL").layers // 48
 * ```
 */
export function getModel(id: string): ModelSpec {
  return modelRegistry.get(id, "getModel", "id");
}

/**
 * Adds a user model and returns the frozen record; afterwards every calculator
 * accepts its id.
 *
 * @param spec - the model; `params` is required. Use `userSource()` for provenance.
 * @param options - `{ replace: true }` to overwrite an existing id.
 * @throws InvalidParameterError for an empty or duplicate id or a non-quantity field;
 * DimensionError for a quantity of the wrong dimension.
 * @example
 * ```ts
 * registerModel({ id: "Llama-3-70B", name: "Llama 3 70B", params: q(70.6e9, "param"), provenance: userSource() });
 * getModel("llama-3-70b").params.format() // "70.6B params"
 * ```
 */
export function registerModel(spec: ModelSpec, options?: { replace?: boolean }): ModelSpec {
  const check = validatorFor("registerModel");
  if (!spec || typeof spec !== "object") check.fail("spec", spec, "a ModelSpec record");
  const fields: [keyof ModelSpec, string][] = [["params", "param"], ["trainingFlops", "FLOP"], ["trainingTokens", "token"], ["inferenceFlops", "FLOP"]];
  for (const [field, unit] of fields) {
    const value = spec[field];
    if (value === undefined && field !== "params") continue;
    if (!(value instanceof Quantity)) check.fail(field, value, `a quantity in ${unit}, e.g. q(…, "${unit}")`);
    asQuantity("registerModel", field, value as Quantity<string>, unit);
  }
  if (spec.layers !== undefined) check.integer("layers", spec.layers, 1);
  if (spec.hiddenDim !== undefined) check.integer("hiddenDim", spec.hiddenDim, 1);
  if (!spec.provenance || typeof spec.provenance.source !== "string") check.fail("provenance", spec.provenance, "a Provenance record (see userSource)");
  return modelRegistry.register(spec, options);
}

/**
 * All registered models, book ones first, in registration order.
 *
 * @example
 * ```ts
 * listModels().map((m) => m.id)
 * // ["GPT-3", "GPT-2-XL", "GPT-4", "BERT-base", "Llama-3-8B", "ResNet-50", "MobileNetV2", "YOLOv8n"]
 * ```
 */
export function listModels(): readonly ModelSpec[] {
  return modelRegistry.list();
}
