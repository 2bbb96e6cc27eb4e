/**
 * The cost of one matrix multiplication (M×K)·(K×N): multiply-accumulates, floating-point
 * operations at the book's 2 FLOP per MAC, bytes moved and arithmetic intensity. Dense
 * layers, attention projections and GEMM rooflines are built on it.
 */
import type { Precision } from "../../constants/types";
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { bytesPerElement } from "./numeric-format";

/** Largest matrix dimension accepted (a bound on the arithmetic, not on memory). */
export const MAX_MATRIX_DIMENSION = 1e12;

/** Input of {@link matmulCost}. */
export interface MatmulCostInput {
  /** Rows of A and C (e.g. batch × sequence), an integer ≥ 1. */
  readonly m: number;
  /** Columns of A, rows of B (the reduction dimension), an integer ≥ 1. */
  readonly k: number;
  /** Columns of B and C, an integer ≥ 1. */
  readonly n: number;
  /** The format A, B and C are stored in (default `"fp32"`). */
  readonly precision?: Precision;
}

/** Result of {@link matmulCost}. */
export interface MatmulCost {
  /** M·K·N multiply-accumulates. */
  readonly macs: number;
  /** 2·M·K·N operations: one multiply and one add per MAC (the book's convention, L8996). */
  readonly flops: Quantity<"flop">;
  /** Bytes read and written once each: (M·K + K·N + M·N) × bytes per element. */
  readonly bytes: Quantity<"data">;
  /** flops / bytes, in FLOP/B. */
  readonly intensity: Quantity<"arithmeticIntensity">;
}

/**
 * MACs, FLOPs, compulsory memory traffic and arithmetic intensity of C = A·B with A of
 * shape M×K and B of shape K×N, each operand read once and C written once.
 *
 * Formula (seed 004 L8996; Table 19.1, L41719): FLOPs = 2·M·K·N; bytes =
 * (MK + KN + MN)·b; I = FLOPs / bytes. For square n×n in FP16, I = n/3 (L41723).
 *
 * @throws InvalidParameterError when m, k or n is not an integer in [1, 1e12], for an
 *   unknown precision or key, or a missing input object.
 * @example
 * ```ts
 * const c = matmulCost({ m: 32, k: 784, n: 128 });   // MNIST layer 1, batch 32 (L8994)
 * c.macs                                             // 3211264
 * c.flops.to("FLOP")                                 // 6422528
 * matmulCost({ m: 4096, k: 4096, n: 4096, precision: "fp16" }).intensity.to("FLOP/B") // 1365.33…
 * ```
 */
export function matmulCost(input: MatmulCostInput): MatmulCost {
  const check = validatorFor("matmulCost");
  const { m, k, n, precision = "fp32" } = check.options("input", input, ["m", "k", "n", "precision"]);
  const dims = [["m", m], ["k", k], ["n", n]] as const;
  for (const [name, value] of dims) {
    check.integer(name, value, 1);
    if (value > MAX_MATRIX_DIMENSION) check.fail(name, value, `an integer in [1, ${MAX_MATRIX_DIMENSION}]`);
  }
  const b = bytesPerElement(precision);
  const macs = m * k * n;
  const flops = q(2 * macs, "FLOP");
  const bytes = q((m * k + k * n + m * n) * b, "B");
  return Object.freeze({ macs, flops, bytes, intensity: flops.div(bytes) });
}
