/**
 * Recurrent layers (book Eq. 6.6): a vanilla RNN cell, an LSTM (four gates) and a GRU
 * (three gates), each step one matrix-vector product on the previous hidden state, so
 * the steps of a sequence cannot run in parallel.
 */
import type { Precision } from "../../constants/types";
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readCount, readFlag } from "../common/count-input";
import { MAX_BATCH, MAX_LAYER_WIDTH } from "./dense-layer";
import { bytesPerElement, readPrecision } from "./numeric-format";

/** Largest sequence length accepted by the sequence calculators. */
export const MAX_SEQUENCE_LENGTH = 1e9;

/** A recurrent cell: `"rnn"` (one tanh update), `"gru"` (three gated blocks) or `"lstm"` (four). */
export type RecurrentCell = "rnn" | "gru" | "lstm";

/** Gated blocks per cell: each is an h×h recurrent and a d×h input matrix (and a bias). */
export const RECURRENT_GATES: Readonly<Record<RecurrentCell, number>> = Object.freeze({ rnn: 1, gru: 3, lstm: 4 });

/** Input of {@link recurrentLayerCost}. */
export interface RecurrentLayerCostInput {
  /** `"rnn"`, `"gru"` or `"lstm"`. */
  readonly cell: RecurrentCell;
  /** d, input features per step, an integer in [1, 1e9]. */
  readonly inputSize: number;
  /** h, hidden-state width, an integer in [1, 1e9]. */
  readonly hiddenSize: number;
  /** S, steps in the sequence, an integer in [1, 1e9] (default 1). */
  readonly sequenceLength?: number;
  /** Sequences processed together, an integer in [1, 1e9] (default 1). */
  readonly batch?: number;
  /** Whether each gate has a bias of h values (default true). */
  readonly bias?: boolean;
  /** Format of the hidden state, for its size (default `"fp32"`). */
  readonly precision?: Precision;
}

/** Result of {@link recurrentLayerCost}. */
export interface RecurrentLayerCost {
  /** gates·(h² + d·h + h·[bias]) parameters. */
  readonly params: number;
  /** gates·h² MACs per step on the previous hidden state. */
  readonly recurrentMacsPerStep: number;
  /** gates·d·h MACs per step on the input. */
  readonly inputMacsPerStep: number;
  /** Both, per sequence and step. */
  readonly macsPerStep: number;
  /** batch·S·MACs per step. */
  readonly macs: number;
  /** 2·MACs. */
  readonly flops: Quantity<"flop">;
  /** S: steps that must run one after another (the critical path does not shrink with more hardware). */
  readonly sequentialSteps: number;
  /** The hidden state of one sequence (h values; an LSTM also keeps an h-wide cell state). */
  readonly stateMemory: Quantity<"data">;
  /** Activations kept for backpropagation through time: batch·S·h values (×2 for an LSTM). */
  readonly trainingStateMemory: Quantity<"data">;
}

/**
 * Parameters, MACs per step, sequential steps and state size of a recurrent layer.
 *
 * Formulas (E6.8, seed 004 L11400–L11431, L11506): h_t = f(W_hh·h_{t−1} + W_xh·x_t + b);
 * MACs per step = g·(h² + d·h) with g = 1 (RNN), 3 (GRU), 4 (LSTM); params =
 * g·(h² + d·h + h); inference keeps O(h) state, training O(S·h). For h = 128 and d = 100:
 * 16,384 + 12,800 = 29,184 MACs per step.
 *
 * @throws InvalidParameterError for sizes outside their ranges, an unknown cell,
 *   precision or key, a non-boolean `bias`, or a missing input.
 * @example
 * ```ts
 * const r = recurrentLayerCost({ cell: "rnn", inputSize: 100, hiddenSize: 128 });
 * r.macsPerStep                 // 29184
 * recurrentLayerCost({ cell: "rnn", inputSize: 1, hiddenSize: 512 }).stateMemory.to("B") // 2048
 * recurrentLayerCost({ cell: "lstm", inputSize: 100, hiddenSize: 128 }).macsPerStep       // 116736
 * ```
 */
export function recurrentLayerCost(input: RecurrentLayerCostInput): RecurrentLayerCost {
  const fn = "recurrentLayerCost";
  const check = validatorFor(fn);
  const c = check.options("input", input, ["cell", "inputSize", "hiddenSize", "sequenceLength", "batch", "bias", "precision"]);
  const cell = check.oneOf("cell", c.cell, ["rnn", "gru", "lstm"] as const);
  const d = readCount(fn, "inputSize", c.inputSize, 1, MAX_LAYER_WIDTH);
  const h = readCount(fn, "hiddenSize", c.hiddenSize, 1, MAX_LAYER_WIDTH);
  const steps = readCount(fn, "sequenceLength", c.sequenceLength ?? 1, 1, MAX_SEQUENCE_LENGTH);
  const batch = readCount(fn, "batch", c.batch ?? 1, 1, MAX_BATCH);
  const bias = readFlag(fn, "bias", c.bias, true);
  const bytes = bytesPerElement(readPrecision(fn, "precision", c.precision ?? "fp32"));
  const gates = RECURRENT_GATES[cell];
  const recurrentMacsPerStep = gates * h * h;
  const inputMacsPerStep = gates * d * h;
  const macsPerStep = recurrentMacsPerStep + inputMacsPerStep;
  const stateVectors = cell === "lstm" ? 2 : 1;
  return Object.freeze({
    params: macsPerStep + (bias ? gates * h : 0),
    recurrentMacsPerStep,
    inputMacsPerStep,
    macsPerStep,
    macs: batch * steps * macsPerStep,
    flops: q(2 * batch * steps * macsPerStep, "FLOP"),
    sequentialSteps: steps,
    stateMemory: q(stateVectors * h * bytes, "B"),
    trainingStateMemory: q(stateVectors * batch * steps * h * bytes, "B"),
  });
}
