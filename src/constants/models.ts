/**
 * The model registry: the reference models of book Table 21.9 and the Lighthouse models
 * of Table 6.2, plus the models the book discusses by name (GPT-2 Small, BERT, Llama 2
 * and 3, MobileNetV1, AlexNet), as {@link ModelSpec} records. Every field cites where it
 * comes from: a Table 21.9 constant, a table row or line of the book, or, where the book
 * is silent (most architecture fields), the model's paper or released configuration,
 * named in the provenance.
 *
 * Conventions: `inferenceFlops` is the figure as printed; `flopConvention: "MAC"` marks
 * the vision models whose "FLOPs" are multiply-accumulates (ResNet-50's 4.1 GFLOPs is
 * 4.1 GMAC = 8.2 GFLOP by the book's own 2-FLOP-per-MAC rule). Parameter counts are the
 * book's rounded figures; `transformerParams` recomputes a transformer's exact count
 * from its architecture fields.
 */
import { Quantity, asQuantity, q } from "../units/quantity";
import { validatorFor } from "../util/validate";
import { constantQuantity, constantValue, getConstant } from "./constant-registry";
import { bookSource, externalSource, type Provenance } from "./provenance";
import { createRegistry, type Registry } from "./registry";
import type { ModelSpec } from "./types";

/** Every field of a model record except its identity and provenance. */
type ModelFields = Omit<ModelSpec, "id" | "name" | "provenance" | "fieldProvenance">;

/** Fields filled from Table 21.9 constants, by constant id. */
type ConstantField = "params" | "trainingFlops" | "inferenceFlops" | "layers" | "hiddenDim";

/** A group of fields that share one source. */
interface SourcedFields {
  readonly provenance: Provenance;
  readonly values: Partial<ModelFields>;
}

interface BookModel {
  readonly id: string;
  readonly name: string;
  readonly provenance: Provenance;
  /** Table 21.9 constant id per field. */
  readonly constants?: Partial<Record<ConstantField, string>>;
  /** Other fields, each group with its own provenance (a book table row, a paper). */
  readonly sources?: readonly SourcedFields[];
}

const CONSTANT_UNITS: Record<ConstantField, "param" | "FLOP" | undefined> = {
  params: "param", trainingFlops: "FLOP", inferenceFlops: "FLOP", layers: undefined, hiddenDim: undefined,
};

function fromBookConstants(model: BookModel): ModelSpec {
  const fields: Record<string, unknown> = {};
  const fieldProvenance: Record<string, Provenance> = {};
  const set = (field: string, value: unknown, provenance: Provenance) => {
    if (field in fields) validatorFor("modelRegistry").fail(`${model.id}.${field}`, value, "a field given by one source only");
    fields[field] = value;
    fieldProvenance[field] = provenance;
  };
  for (const [field, constantId] of Object.entries(model.constants ?? {}) as [ConstantField, string][]) {
    const unit = CONSTANT_UNITS[field];
    set(field, unit ? constantQuantity(constantId, unit) : constantValue(constantId), getConstant(constantId).provenance);
  }
  for (const source of model.sources ?? []) {
    for (const [field, value] of Object.entries(source.values)) set(field, value, source.provenance);
  }
  if (!(fields.params instanceof Quantity)) return validatorFor("modelRegistry").fail(`${model.id}.params`, fields.params, "a parameter count (a Table 21.9 constant or a sourced field)");
  return { id: model.id, name: model.name, ...(fields as unknown as ModelFields), provenance: model.provenance, fieldProvenance } as ModelSpec;
}

const TABLE = "Table 21.9";
const TABLE_LINE = 44061;
const MAC_NOTE = "inferenceFlops is the literature's multiply-accumulate (MAC) count, as the book prints it; under the book's 1 MAC = 2 FLOPs convention the FLOP count is twice this.";
const LIGHTHOUSE = "Table 6.2";

/** A Table 6.2 (Lighthouse Model Comparison) row's fields, citing the row's line. */
function lighthouse(line: number, values: Partial<ModelFields>, note?: string): SourcedFields {
  return { provenance: bookSource(LIGHTHOUSE, line, note), values };
}

/** Architecture fields from outside the book. */
function paper(source: string, values: Partial<ModelFields>, note?: string): SourcedFields {
  return { provenance: externalSource(source, note), values };
}

const GPT2_SHAPE = { vocabSize: 50257, contextLength: 1024, positionEmbedding: "learned", norm: "layernorm", linearBias: true, tiedEmbeddings: true } as const;
const GPT2_PAPER = "Radford et al. 2019, 'Language Models are Unsupervised Multitask Learners' (Table 2) and OpenAI's released GPT-2 configuration";
const LLAMA_SHAPE = { positionEmbedding: "rotary", norm: "rmsnorm", linearBias: false, tiedEmbeddings: false, gatedFfn: true } as const;
const LLAMA2_PAPER = "Touvron et al. 2023, 'Llama 2: Open Foundation and Fine-Tuned Chat Models' (Table 1) and Meta's released configuration";
const LLAMA3_CARD = "Meta, Llama 3 model card and released configuration (2024)";

const BOOK_MODELS: readonly BookModel[] = [
  {
    id: "GPT-3", name: "GPT-3 (175B)",
    provenance: bookSource(TABLE, TABLE_LINE,
      "Training tokens: the book says '~500 billion tokens' in Chapter 1 (L918) and '~1 epoch over 300 billion tokens' in Chapter 5 (L9503); 300B is kept because 6 × 1.75e11 × 3e11 = 3.15e23 reproduces GPT3_TRAINING_OPS. GPT3_TRAINING_DAYS_REF (25 wall-clock days) is a constant, not a field."),
    constants: { params: "GPT3_PARAMS", trainingFlops: "GPT3_TRAINING_OPS" },
    sources: [
      { provenance: bookSource("Chapter 5 (epoch sidenote)", 9503, "Chapter 1 (L918) says ~500 billion tokens; see WE-1.3."), values: { trainingTokens: q(300e9, "token") } },
      { provenance: bookSource(TABLE, TABLE_LINE), values: { flopConvention: "FLOP", family: "transformer" } },
      { provenance: bookSource("Chapter 6 (Transformer sidenote)", 11540), values: { contextLength: 2048 } },
    ],
  },
  {
    id: "GPT-2-XL", name: "GPT-2 XL (1.5B)",
    provenance: bookSource(TABLE, TABLE_LINE, "The book's GPT2_* constants describe the XL model: 48 layers, width 1600. Its architecture computes to 1,557,611,200 parameters (transformerParams); the book rounds to 1.5B."),
    constants: { params: "GPT2_PARAMS", layers: "GPT2_LAYERS", hiddenDim: "GPT2_HIDDEN_DIM" },
    sources: [
      lighthouse(10488, { inferenceFlops: q(3e9, "FLOP"), flopConvention: "FLOP", inferenceUnit: "token", family: "transformer", domain: "Language", bottleneck: "memory bandwidth" },
        "3.0 GFLOPs per generated token = 2 FLOP × 1.5B weights: a FLOP count. Memory column: 6.0 GB (FP32). The property card (L11848) calls the intensity '≈ 1 Op/Byte'; 3.0 GFLOP over 6.0 GB is 0.5."),
      paper(GPT2_PAPER, { heads: 25, kvHeads: 25, headDim: 64, ffnDim: 6400, ...GPT2_SHAPE }),
    ],
  },
  {
    id: "GPT-4", name: "GPT-4 (estimated)",
    provenance: bookSource(TABLE, TABLE_LINE,
      "Table 21.9 gives only the training budget (GPT4_TRAINING_ACCELERATOR_DAYS, 2.5e6 A100-days), kept as a constant. The parameter count is the unconfirmed public estimate of Table 5.3."),
    sources: [
      { provenance: bookSource("Table 5.3", 8068, "'~1.8T (MoE, est.)'; OpenAI has not confirmed it (caption, L7989)."), values: { params: q(1.8e12, "param"), family: "transformer" } },
    ],
  },
  {
    id: "BERT-base", name: "BERT-base",
    provenance: bookSource(TABLE, TABLE_LINE, "inferenceFlops (2.2e10) is per input sequence; the book does not state the sequence length (≈ 2 × params × 100 tokens)."),
    constants: { params: "BERT_BASE_PARAMS", inferenceFlops: "BERT_BASE_FLOPs" },
    sources: [
      { provenance: bookSource(TABLE, TABLE_LINE), values: { flopConvention: "FLOP", inferenceUnit: "sequence", family: "transformer" } },
      { provenance: bookSource("Chapter 6 (BERT's 512-token limit)", 11723), values: { contextLength: 512 } },
      paper("Devlin et al. 2019, 'BERT: Pre-training of Deep Bidirectional Transformers' (BERT-base: L = 12, H = 768, A = 12) and Google's released configuration",
        { layers: 12, hiddenDim: 768, heads: 12, kvHeads: 12, headDim: 64, ffnDim: 3072, vocabSize: 30522, positionEmbedding: "learned", norm: "layernorm", linearBias: true, tiedEmbeddings: true },
        "transformerParams counts 108.9M for this shape; the released 110M adds the pooler and segment embeddings."),
    ],
  },
  {
    id: "Llama-3-8B", name: "Llama 3 8B",
    provenance: bookSource(TABLE, TABLE_LINE, "Its architecture computes to 8,030,261,248 parameters (transformerParams), the book's 8.03B."),
    constants: { params: "LLAMA3_8B_PARAMS" },
    sources: [
      paper(LLAMA3_CARD, { family: "transformer", layers: 32, hiddenDim: 4096, heads: 32, kvHeads: 8, headDim: 128, ffnDim: 14336, vocabSize: 128256, contextLength: 8192, ...LLAMA_SHAPE }),
    ],
  },
  {
    id: "ResNet-50", name: "ResNet-50",
    provenance: bookSource(TABLE, TABLE_LINE, MAC_NOTE),
    constants: { params: "RESNET50_PARAMS", inferenceFlops: "RESNET50_FLOPs" },
    sources: [
      lighthouse(10478, { flopConvention: "MAC", inferenceUnit: "image", family: "cnn", domain: "Vision", bottleneck: "compute", layers: 50 },
        "Table 6.2 prints 4.1 GFLOPs and 102 MB (FP32); Chapter 6 elsewhere rounds to '~4 GFLOPs' (L13083)."),
    ],
  },
  {
    id: "MobileNetV2", name: "MobileNetV2",
    provenance: bookSource(TABLE, TABLE_LINE, MAC_NOTE),
    constants: { params: "MOBILENETV2_PARAMS", inferenceFlops: "MOBILENETV2_FLOPs" },
    sources: [
      lighthouse(10508, { flopConvention: "MAC", inferenceUnit: "image", family: "cnn", domain: "Edge Vision", bottleneck: "latency" },
        "Sandler et al. 2018 report 300M multiply-adds (MAdds) at 224×224 and width 1.0: the figure is a MAC count."),
    ],
  },
  {
    id: "YOLOv8n", name: "YOLOv8-nano",
    provenance: bookSource(TABLE, TABLE_LINE, "The book gives only the compute (8.7 GFLOPs per 640×640 image, also L3245); the parameter count is the model authors' published figure."),
    constants: { inferenceFlops: "YOLOV8_NANO_FLOPs" },
    sources: [
      { provenance: externalSource("Ultralytics YOLOv8 model table (YOLOv8n: 3.2M params, 8.7 GFLOPs)", "Not printed in the book."), values: { params: q(3.2e6, "param") } },
      { provenance: bookSource(TABLE, TABLE_LINE), values: { flopConvention: "FLOP", inferenceUnit: "image", family: "cnn" } },
    ],
  },
  {
    id: "GPT-2-Small", name: "GPT-2 Small (117M)",
    provenance: bookSource("Chapter 8 (GPT-2 Small, 'the 117M variant')", 18502,
      "117M is the figure of the GPT-2 paper; the released weights hold 124,439,808 parameters, which transformerParams recomputes from this shape."),
    sources: [
      { provenance: bookSource("Chapter 8 (GPT-2 Small)", 18502), values: { params: q(117e6, "param"), family: "transformer" } },
      { provenance: bookSource("Chapter 8 (FlashAttention benchmark: 12 layers, 768 hidden, 12 heads)", 19929), values: { layers: 12, hiddenDim: 768, heads: 12 } },
      paper(GPT2_PAPER, { kvHeads: 12, headDim: 64, ffnDim: 3072, ...GPT2_SHAPE }),
    ],
  },
  {
    id: "Llama-2-7B", name: "Llama 2 7B",
    provenance: externalSource(LLAMA2_PAPER,
      "The book has no Llama 2 figures; its 7B KV-cache example (L11926: 32 layers, 32 heads, head dimension 128) matches this shape. 6,738,415,616 parameters, as transformerParams recomputes."),
    sources: [
      paper(LLAMA2_PAPER, { params: q(6_738_415_616, "param"), family: "transformer", layers: 32, hiddenDim: 4096, heads: 32, kvHeads: 32, headDim: 128, ffnDim: 11008, vocabSize: 32000, contextLength: 4096, ...LLAMA_SHAPE }),
    ],
  },
  {
    id: "Llama-2-70B", name: "Llama 2 70B",
    provenance: externalSource(LLAMA2_PAPER,
      "Nominally 70B; the released weights hold 68,976,648,192 parameters, as transformerParams recomputes. The book's '70B-class model' (Figure 13.7, L33612: 80 layers, d_model 8192, 8× GQA) has this shape."),
    sources: [
      paper(LLAMA2_PAPER, { params: q(68_976_648_192, "param"), family: "transformer", layers: 80, hiddenDim: 8192, heads: 64, kvHeads: 8, headDim: 128, ffnDim: 28672, vocabSize: 32000, contextLength: 4096, ...LLAMA_SHAPE }),
    ],
  },
  {
    id: "Llama-3-70B", name: "Llama 3 70B",
    provenance: externalSource(LLAMA3_CARD,
      "Nominally 70B; the released weights hold 70,553,706,496 parameters (70.6B), as transformerParams recomputes. The book's '70B-class model' (Figure 13.7, L33612) has this shape."),
    sources: [
      paper(LLAMA3_CARD, { params: q(70_553_706_496, "param"), family: "transformer", layers: 80, hiddenDim: 8192, heads: 64, kvHeads: 8, headDim: 128, ffnDim: 28672, vocabSize: 128256, contextLength: 8192, ...LLAMA_SHAPE }),
    ],
  },
  {
    id: "MobileNetV1", name: "MobileNetV1",
    provenance: bookSource("Chapter 6 (wildlife camera trap, Step 3)", 13177,
      "'4.2 M params, 569 MFLOPs … ~17 MB at FP32, ~4 MB quantized to INT8'. Howard et al. 2017 report 569 million mult-adds: a MAC count."),
    sources: [
      { provenance: bookSource("Chapter 6 (wildlife camera trap, Step 3)", 13177), values: { params: q(4.2e6, "param"), inferenceFlops: q(569e6, "FLOP"), flopConvention: "MAC", inferenceUnit: "image", family: "cnn", domain: "Edge Vision" } },
    ],
  },
  {
    id: "DLRM", name: "DLRM (Deep Learning Recommendation Model)",
    provenance: bookSource(LIGHTHOUSE, 10495,
      "Table 6.2 gives 25 B parameters, 100 GB (FP32) and compute 'Low'. The property card (L11999) calls the 25 billion 'embedding entries', yet 100 GB = 25e9 × 4 B: the figure counts values, not 128-wide rows."),
    sources: [
      lighthouse(10497, { params: q(25e9, "param"), family: "recommender", domain: "Recommender", bottleneck: "memory capacity" }),
    ],
  },
  {
    id: "AlexNet", name: "AlexNet",
    provenance: bookSource("Chapter 1 (AlexNet)", 912, "'60 million parameters'; Table 5.3 gives ~60M. The book prints no per-image compute; inferenceFlops is Sze et al.'s MAC count."),
    sources: [
      { provenance: bookSource("Chapter 1 (AlexNet)", 912), values: { params: q(60e6, "param"), family: "cnn", domain: "Vision" } },
      { provenance: bookSource("Chapter 12 (AlexNet: 'the 8-layer CNN')", 29933), values: { layers: 8 } },
      paper("Sze et al. 2017, 'Efficient Processing of Deep Neural Networks: A Tutorial and Survey', Proc. IEEE (AlexNet: 724M MACs, 61M weights)",
        { inferenceFlops: q(724e6, "FLOP"), flopConvention: "MAC", inferenceUnit: "image" }),
    ],
  },
  {
    id: "KWS-DS-CNN", name: "Keyword spotting (DS-CNN)",
    provenance: bookSource(LIGHTHOUSE, 10515, "Table 6.2: 200 K parameters, 20 MFLOPs, 800 KB (FP32). The book does not say whether the 20 MFLOPs counts MACs or FLOPs, so no convention is recorded."),
    sources: [
      lighthouse(10517, { params: q(200e3, "param"), inferenceFlops: q(20e6, "FLOP"), inferenceUnit: "inference", family: "cnn", domain: "Audio", bottleneck: "power" }),
    ],
  },
];

/**
 * Registry of reference models, pre-filled with the book's: "GPT-3", "GPT-2-XL",
 * "GPT-4", "BERT-base", "Llama-3-8B", "ResNet-50", "MobileNetV2", "YOLOv8n" (Table
 * 21.9), "GPT-2-Small", "Llama-2-7B", "Llama-2-70B", "Llama-3-70B", "MobileNetV1",
 * "DLRM", "AlexNet", "KWS-DS-CNN". Records are frozen; lookups are case-insensitive
 * ("BERT-Base" finds "BERT-base"); calculators accept an id or a record.
 *
 * Source: seed 004, Table 21.9 (L44061) and Table 6.2 (L10463–L10521); external
 * architecture fields are named in each record's `fieldProvenance`.
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
 * @throws InvalidParameterError for an empty or duplicate id, a non-quantity amount, an
 * architecture field that is not an integer ≥ 1 (or `heads` not a multiple of `kvHeads`),
 * a non-boolean flag or an unknown option value; DimensionError for a quantity of the
 * wrong dimension.
 * @example
 * ```ts
 * registerModel({ id: "Mistral-7B", name: "Mistral 7B", params: q(7.24e9, "param"),
 *   layers: 32, hiddenDim: 4096, heads: 32, kvHeads: 8, headDim: 128, provenance: userSource("model card") });
 * getModel("mistral-7b").params.format() // "7.24B params"
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
  for (const field of ["layers", "hiddenDim", "heads", "kvHeads", "headDim", "ffnDim", "vocabSize", "contextLength"] as const) {
    if (spec[field] !== undefined) check.integer(field, spec[field] as number, 1);
  }
  if (spec.heads !== undefined && spec.kvHeads !== undefined && spec.heads % spec.kvHeads !== 0) check.fail("kvHeads", spec.kvHeads, `a divisor of heads (${spec.heads})`);
  for (const field of ["gatedFfn", "linearBias", "tiedEmbeddings"] as const) {
    if (spec[field] !== undefined && typeof spec[field] !== "boolean") check.fail(field, spec[field], "true or false");
  }
  const choices: [keyof ModelSpec, readonly string[]][] = [
    ["flopConvention", ["FLOP", "MAC"]], ["inferenceUnit", ["image", "token", "sequence", "inference"]],
    ["family", ["transformer", "cnn", "mlp", "rnn", "recommender"]], ["positionEmbedding", ["learned", "rotary"]], ["norm", ["layernorm", "rmsnorm"]],
    ["bottleneck", ["compute", "memory bandwidth", "memory capacity", "latency", "power"]],
  ];
  for (const [field, allowed] of choices) if (spec[field] !== undefined) check.oneOf(field, spec[field] as string, allowed);
  if (!spec.provenance || typeof spec.provenance.source !== "string") check.fail("provenance", spec.provenance, "a Provenance record (see userSource)");
  return modelRegistry.register(spec, options);
}

/**
 * All registered models, book ones first, in registration order.
 *
 * @example
 * ```ts
 * listModels().map((m) => m.id).slice(0, 9)
 * // ["GPT-3", "GPT-2-XL", "GPT-4", "BERT-base", "Llama-3-8B", "ResNet-50", "MobileNetV2", "YOLOv8n", "GPT-2-Small"]
 * ```
 */
export function listModels(): readonly ModelSpec[] {
  return modelRegistry.list();
}
