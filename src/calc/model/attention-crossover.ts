/**
 * The sequence length at which attention's N² terms cost as much as a transformer's
 * N-linear terms (projections, and optionally the feed-forward block): below it a
 * transformer is a stack of GEMMs, above it attention dominates (book Table 6.7).
 */
import { validatorFor } from "../../util/validate";
import { readFlag } from "../common/count-input";
import { projectionMacsPerToken, resolveShape, SHAPE_KEYS, type TransformerShape } from "./transformer-core";

/** Input of {@link attentionCrossover}. */
export interface AttentionCrossoverInput extends TransformerShape {
  /** Count the feed-forward block with the projections (default true; needs `ffnDim`). */
  readonly includeFfn?: boolean;
}

/** Result of {@link attentionCrossover}. */
export interface AttentionCrossover {
  /** N* in tokens (not rounded): attention MACs equal the linear MACs at N = N*. */
  readonly sequenceLength: number;
  /** MACs per token of the Q, K, V and output projections. */
  readonly projectionMacsPerToken: number;
  /** MACs per token of the feed-forward block (0 when not included). */
  readonly ffnMacsPerToken: number;
  /** Attention MACs per token per token of context: 2·h·d_head (scores and values). */
  readonly attentionMacsPerTokenPerPosition: number;
}

/**
 * Crossover sequence length N* = (projection + FFN MACs per token) / (2·h·d_head).
 *
 * Per token, the projections cost (2·h + 2·h_kv)·d_head·d MACs and the FFN m·d·d_ffn,
 * independent of N; the attention terms cost 2·h·d_head·N. For standard multi-head
 * attention (h·d_head = d) the projections alone cross at N* = 2·d, and with a 4·d FFN
 * at N* = 6·d: 1,536 and 4,608 tokens for GPT-2 Small (d = 768).
 *
 * @throws InvalidParameterError for a missing shape field, sizes outside [1, 1e9], a
 *   non-boolean `includeFfn`, an unknown model or key, or a missing input.
 * @example
 * ```ts
 * attentionCrossover({ model: "GPT-2-Small" }).sequenceLength                      // 4608
 * attentionCrossover({ model: "GPT-2-Small", includeFfn: false }).sequenceLength   // 1536
 * attentionCrossover({ model: "Llama-3-8B" }).sequenceLength                       // 26624
 * ```
 */
export function attentionCrossover(input: AttentionCrossoverInput): AttentionCrossover {
  const fn = "attentionCrossover";
  const c = validatorFor(fn).options("input", input, [...SHAPE_KEYS, "includeFfn"]);
  const includeFfn = readFlag(fn, "includeFfn", c.includeFfn, true);
  const shape = resolveShape(fn, c, includeFfn ? ["dModel", "heads", "kvHeads", "headDim", "ffnDim"] : ["dModel", "heads", "kvHeads", "headDim"]);
  const perToken = projectionMacsPerToken(shape);
  const projection = perToken.query + 2 * perToken.keyValue + perToken.output;
  const ffn = includeFfn ? (shape.gatedFfn ? 3 : 2) * (shape.dModel as number) * (shape.ffnDim as number) : 0;
  const perPosition = 2 * (shape.heads as number) * (shape.headDim as number);
  return Object.freeze({
    sequenceLength: (projection + ffn) / perPosition,
    projectionMacsPerToken: projection,
    ffnMacsPerToken: ffn,
    attentionMacsPerTokenPerPosition: perPosition,
  });
}
