/**
 * Parameter count of a decoder- or encoder-style transformer from its architecture:
 * token (and learned position) embeddings, per-block attention, feed-forward and
 * normalisation weights, and the output head. It checks a registry model's stated
 * size against its shape (GPT-2 Small: 124,439,808; Llama 3 8B: 8,030,261,248).
 */
import type { ModelSpec } from "../../constants/types";
import { validatorFor } from "../../util/validate";
import { readCount, readFlag } from "../common/count-input";
import { MAX_LAYER_WIDTH } from "./dense-layer";
import { MAX_SEQUENCE_LENGTH } from "./recurrent-layer";
import { projectionMacsPerToken, resolveShape, SHAPE_KEYS, type TransformerShape } from "./transformer-core";

/** Input of {@link transformerParams}: the shape plus the fields that only affect the count. */
export interface TransformerParamsInput extends TransformerShape {
  /** Vocabulary size, an integer in [1, 1e9] (from the model if omitted). */
  readonly vocabSize?: number;
  /** Context length, for learned position embeddings, an integer in [1, 1e9]. */
  readonly contextLength?: number;
  /** `"learned"` (a context × d table, GPT-2, BERT) or `"rotary"` (none, Llama). */
  readonly positionEmbedding?: ModelSpec["positionEmbedding"];
  /** `"layernorm"` (2·d per norm) or `"rmsnorm"` (d per norm). */
  readonly norm?: ModelSpec["norm"];
  /** Whether the linear layers carry biases. */
  readonly linearBias?: boolean;
  /** Whether the output head shares the token embedding (no extra matrix). */
  readonly tiedEmbeddings?: boolean;
}

/** Result of {@link transformerParams}. */
export interface TransformerParams {
  /** vocab × d. */
  readonly tokenEmbedding: number;
  /** context × d for learned positions, else 0. */
  readonly positionEmbedding: number;
  /** Q, K, V and output projection weights (and biases) of one block. */
  readonly attentionPerLayer: number;
  /** Feed-forward weights (and biases) of one block. */
  readonly ffnPerLayer: number;
  /** The two normalisation layers of one block. */
  readonly normPerLayer: number;
  /** attention + FFN + norms. */
  readonly perLayer: number;
  /** layers × perLayer. */
  readonly allLayers: number;
  /** The final normalisation layer. */
  readonly finalNorm: number;
  /** d × vocab when embeddings are untied, else 0. */
  readonly outputHead: number;
  /** Everything. */
  readonly total: number;
}

/**
 * Parameters of a transformer, block by block.
 *
 * Per block: attention (2·h + 2·h_kv)·d_head·d weights (+ (h + 2·h_kv)·d_head + d biases);
 * FFN m·d·d_ffn (+ (m − 1)·d_ffn + d biases), m = 2 or 3 (gated); two norms of 2·d
 * (LayerNorm) or d (RMSNorm). Plus vocab·d token embeddings, context·d learned
 * positions, a final norm and, untied, a d·vocab head. Parameters the book's figures
 * leave out (BERT's pooler and segment embeddings) are not counted.
 *
 * Source: the book gives GPT-2 XL's 48 layers and width 1,600 (Table 21.9) and
 * 3·d_model² for QKV (L11592); the rest of each shape is from the model's paper (see the
 * registry's provenance).
 *
 * @throws InvalidParameterError for a missing field (naming it and the model), sizes
 *   outside [1, 1e9], an unknown option, model or key, or a missing input.
 * @example
 * ```ts
 * transformerParams({ model: "GPT-2-Small" }).total  // 124439808
 * transformerParams({ model: "Llama-3-8B" }).total   // 8030261248
 * transformerParams({ model: "GPT-2-XL" }).perLayer  // 30740800
 * ```
 */
export function transformerParams(input: TransformerParamsInput): TransformerParams {
  const fn = "transformerParams";
  const check = validatorFor(fn);
  const c = check.options("input", input, [...SHAPE_KEYS, "vocabSize", "contextLength", "positionEmbedding", "norm", "linearBias", "tiedEmbeddings"]);
  const shape = resolveShape(fn, c, ["layers", "dModel", "heads", "kvHeads", "headDim", "ffnDim"]);
  const model = shape.model;
  const pick = <K extends "vocabSize" | "contextLength">(key: K): number | undefined => c[key] ?? model?.[key];
  const vocabValue = pick("vocabSize");
  if (vocabValue === undefined) check.fail("vocabSize", undefined, `an integer in [1, ${MAX_LAYER_WIDTH}], or a model whose record gives vocabSize`);
  const vocab = readCount(fn, "vocabSize", vocabValue as number, 1, MAX_LAYER_WIDTH);
  const positions = check.oneOf("positionEmbedding", c.positionEmbedding ?? model?.positionEmbedding ?? "rotary", ["learned", "rotary"] as const);
  const norm = check.oneOf("norm", c.norm ?? model?.norm ?? "layernorm", ["layernorm", "rmsnorm"] as const);
  const bias = readFlag(fn, "linearBias", c.linearBias ?? model?.linearBias, false);
  const tied = readFlag(fn, "tiedEmbeddings", c.tiedEmbeddings ?? model?.tiedEmbeddings, false);
  let context = 0;
  if (positions === "learned") {
    const value = pick("contextLength");
    if (value === undefined) check.fail("contextLength", undefined, "an integer in [1, 1e9] for learned position embeddings, or a model whose record gives contextLength");
    context = readCount(fn, "contextLength", value as number, 1, MAX_SEQUENCE_LENGTH);
  }
  const d = shape.dModel as number;
  const ffnDim = shape.ffnDim as number;
  const perToken = projectionMacsPerToken(shape);
  const qWidth = (shape.heads as number) * (shape.headDim as number);
  const kvWidth = (shape.kvHeads as number) * (shape.headDim as number);
  const attentionPerLayer = perToken.query + 2 * perToken.keyValue + perToken.output + (bias ? qWidth + 2 * kvWidth + d : 0);
  const matrices = shape.gatedFfn ? 3 : 2;
  const ffnPerLayer = matrices * d * ffnDim + (bias ? (matrices - 1) * ffnDim + d : 0);
  const normSize = norm === "layernorm" ? 2 * d : d;
  const perLayer = attentionPerLayer + ffnPerLayer + 2 * normSize;
  const allLayers = (shape.layers as number) * perLayer;
  const tokenEmbedding = vocab * d;
  const positionEmbedding = context * d;
  const outputHead = tied ? 0 : d * vocab;
  return Object.freeze({
    tokenEmbedding, positionEmbedding, attentionPerLayer, ffnPerLayer, normPerLayer: 2 * normSize, perLayer, allLayers,
    finalNorm: normSize, outputHead,
    total: tokenEmbedding + positionEmbedding + allLayers + normSize + outputHead,
  });
}
