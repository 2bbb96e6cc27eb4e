/**
 * The KV cache of autoregressive decoding (book E6.13): for every layer, the key and the
 * value vector of every cached token, for every KV head and every concurrent sequence.
 * It grows linearly with context and batch, and is what limits serving concurrency.
 */
import type { Precision } from "../../constants/types";
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readCount } from "../common/count-input";
import { MAX_BATCH } from "../model/dense-layer";
import { bytesPerElement, readPrecision } from "../model/numeric-format";
import { MAX_SEQUENCE_LENGTH } from "../model/recurrent-layer";
import { resolveShape, SHAPE_KEYS, type TransformerShape } from "../model/transformer-core";

/** Input of {@link kvCacheMemory}: a shape giving layers, KV heads and head width (a model or explicit fields). */
export interface KvCacheMemoryInput extends TransformerShape {
  /** S, tokens cached per sequence (prompt and generated), an integer in [1, 1e9]. */
  readonly sequenceLength: number;
  /** B, concurrent sequences (requests), an integer in [1, 1e9] (default 1). */
  readonly batch?: number;
  /** Format of the cached keys and values. */
  readonly precision: Precision;
}

/** Result of {@link kvCacheMemory}. */
export interface KvCacheMemory {
  /** 2 × L × H_kv × d_head × S × B cached values. */
  readonly elements: number;
  /** Their bytes. */
  readonly total: Quantity<"data">;
  /** One sequence's cache (total / B). */
  readonly perSequence: Quantity<"data">;
  /** What one more token adds to one sequence: 2 × L × H_kv × d_head × bytes. */
  readonly perToken: Quantity<"data">;
}

/**
 * KV cache bytes = 2 (K and V) × layers × KV heads × head dim × sequence length × batch ×
 * bytes per element.
 *
 * Source: seed 004 L11926: a 7B model (32 layers, 32 heads, head dimension 128) at 2,048
 * tokens in FP16 caches 1.07 GB per request, 8.6 GB for 8 users. The chapter's pitfall
 * (L13281) computes the same cache as "≈ 537 MB", leaving out the factor 2 for K and V.
 * Grouped-query attention shrinks it by heads / kvHeads (Llama 3 8B: 4×).
 *
 * Agreement with mlsysim: `calc_kv_cache_size(L, H, D, S, B, bytes)` is the same
 * formula, 2·L·H·D·S·B·bytes, with H the KV heads; both return bytes (decimal units when
 * formatted; 1.07 GB is exactly 1 GiB).
 *
 * @throws InvalidParameterError for a missing shape field (naming it and the model),
 *   counts outside [1, 1e9], an unknown model, precision or key, or a missing input.
 * @example
 * ```ts
 * const kv = kvCacheMemory({ layers: 32, heads: 32, headDim: 128, sequenceLength: 2048, precision: "fp16" });
 * kv.total.to("GB")                     // 1.073741824
 * kvCacheMemory({ model: "Llama-3-8B", sequenceLength: 8192, batch: 8, precision: "bf16" }).total.to("GiB") // 8
 * ```
 */
export function kvCacheMemory(input: KvCacheMemoryInput): KvCacheMemory {
  const fn = "kvCacheMemory";
  const c = validatorFor(fn).options("input", input, [...SHAPE_KEYS, "sequenceLength", "batch", "precision"]);
  const shape = resolveShape(fn, c, ["layers", "kvHeads", "headDim"]);
  const s = readCount(fn, "sequenceLength", c.sequenceLength, 1, MAX_SEQUENCE_LENGTH);
  const batch = readCount(fn, "batch", c.batch ?? 1, 1, MAX_BATCH);
  const bytes = bytesPerElement(readPrecision(fn, "precision", c.precision));
  const perTokenElements = 2 * (shape.layers as number) * (shape.kvHeads as number) * (shape.headDim as number);
  const elements = perTokenElements * s * batch;
  return Object.freeze({
    elements,
    total: q(elements * bytes, "B"),
    perSequence: q(perTokenElements * s * bytes, "B"),
    perToken: q(perTokenElements * bytes, "B"),
  });
}
