/**
 * Multi-head self-attention (book Eq. 6.7–6.8): the Q, K, V and output projections,
 * whose cost grows with the sequence length N, against the score (QKᵀ) and value
 * aggregation terms, which grow with N². Grouped-query attention (fewer K/V heads)
 * shrinks the K and V projections and the KV cache, not the score terms.
 */
import { validatorFor } from "../../util/validate";
import { readCount } from "../common/count-input";
import { MAX_BATCH } from "./dense-layer";
import { MAX_SEQUENCE_LENGTH } from "./recurrent-layer";
import { attentionFor, resolveShape, SHAPE_KEYS, type AttentionCost, type TransformerShape } from "./transformer-core";

export type { AttentionCost, TransformerShape } from "./transformer-core";

/** Input of {@link attentionCost}: a shape (model and/or dModel, heads, kvHeads, headDim) and a sequence. */
export interface AttentionCostInput extends TransformerShape {
  /** N, tokens in the sequence, an integer in [1, 1e9]. */
  readonly sequenceLength: number;
  /** Sequences processed together, an integer in [1, 1e9] (default 1). */
  readonly batch?: number;
}

/**
 * MACs of one self-attention layer, projections against score and value terms.
 *
 * Formulas (E6.9–E6.11, seed 004 L11585–L11615, Fig. 6.8 L11601): projections
 * B·N·d·(h + 2·h_kv + h)·d_head; scores B·h·N²·d_head; values the same. With d = 768
 * and N = 6 the fused QKV projection is 6 × 768 × 2304 = 10.6 M MACs; with N = 512 and
 * d_head = 64 each head's scores take 512 × 512 × 64 = 16.8 M MACs.
 *
 * @throws InvalidParameterError for a missing shape field (naming it and the model),
 *   sizes outside [1, 1e9], heads not a multiple of kvHeads, an unknown model or key.
 * @example
 * ```ts
 * const a = attentionCost({ dModel: 768, heads: 12, sequenceLength: 6 });
 * a.queryProjectionMacs + a.keyValueProjectionMacs * 2   // 10616832
 * attentionCost({ dModel: 64, heads: 1, sequenceLength: 512 }).scoreMacs // 16777216
 * attentionCost({ model: "GPT-2-Small", sequenceLength: 1024 }).attentionShare // 0.4
 * ```
 */
export function attentionCost(input: AttentionCostInput): AttentionCost {
  const fn = "attentionCost";
  const c = validatorFor(fn).options("input", input, [...SHAPE_KEYS, "sequenceLength", "batch"]);
  const shape = resolveShape(fn, c, ["dModel", "heads", "kvHeads", "headDim"]);
  const n = readCount(fn, "sequenceLength", c.sequenceLength, 1, MAX_SEQUENCE_LENGTH);
  const batch = readCount(fn, "batch", c.batch ?? 1, 1, MAX_BATCH);
  return attentionFor(shape, n, batch);
}
