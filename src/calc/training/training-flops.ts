/**
 * Training compute of a dense transformer from its size and its data: the 6·P·D rule.
 */
import { q, type Quantity } from "../../units/quantity";
import { readAmount, type Amount } from "../common/quantity-input";

/** Inputs of {@link trainingFlops}. */
export interface TrainingFlopsInput {
  /** P, parameter count. Number of params, or a param quantity (`q(175, "Bparam")`). ≥ 0. */
  readonly params: Amount<"param">;
  /** D, training tokens. Number of tokens, or a token quantity (`q(300, "Btoken")`). ≥ 0. */
  readonly tokens: Amount<"token">;
}

/**
 * Total training operations of a dense transformer: `C ≈ 6 · P · D`.
 *
 * Each token costs about 2 FLOP per parameter in the forward pass and 4 in the
 * backward pass. P = `params`, D = `tokens`; the result is in FLOP. The rule ignores
 * attention's sequence-length term, so it slightly undercounts long-context models.
 * Source: the book engine's `calc_transformer_training_flops` (reference/ecosystem.md
 * §1.4); GPT-3's inputs are 175 B params (seed 004 L758) and 300 B tokens (L9503),
 * giving 3.15e23 FLOP against the 3.14e23 the book quotes from the paper (L1324).
 *
 * @throws InvalidParameterError when an input is NaN, infinite or negative.
 * @throws DimensionError when a quantity of the wrong dimension is passed.
 * @example
 * ```ts
 * trainingFlops({ params: 175e9, tokens: 300e9 }).to("FLOP")  // 3.15e23
 * trainingFlops({ params: q(175, "Bparam"), tokens: q(300, "Btoken") }).format() // "315 ZFLOP"
 * ```
 */
export function trainingFlops(input: TrainingFlopsInput): Quantity<"flop"> {
  const fn = "trainingFlops";
  const params = readAmount(fn, "params", input.params, "param", "nonNegative");
  const tokens = readAmount(fn, "tokens", input.tokens, "token", "nonNegative");
  return q(6 * params.baseValue * tokens.baseValue, "FLOP");
}
