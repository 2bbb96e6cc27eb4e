/**
 * Knowledge distillation (book Chapter 10): a small student learns from a large
 * teacher's softened outputs. What it buys is a ratio of sizes and latencies for a
 * small loss of quality; the temperature sets how much the soft targets reveal.
 */
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link distillationEconomics}. Every pair is optional except the parameter counts. */
export interface DistillationEconomicsInput {
  /** Teacher parameters, > 0. A count or a param quantity. Book: BERT-Base 110M. */
  readonly teacherParams: Amount<"param">;
  /** Student parameters, > 0. Book: DistilBERT 66M. */
  readonly studentParams: Amount<"param">;
  /** Teacher and student latency. Number in ms, or a time quantity. > 0. Book: 85 ms and 34 ms. */
  readonly teacherLatency?: Amount<"time">;
  readonly studentLatency?: Amount<"time">;
  /** Teacher and student memory. Number in GB, or a data quantity. > 0. Book: 1.35 GB and 0.54 GB. */
  readonly teacherMemory?: Amount<"data">;
  readonly studentMemory?: Amount<"data">;
  /** Teacher and student quality on one metric (accuracy, GLUE), > 0. */
  readonly teacherScore?: number;
  readonly studentScore?: number;
}

/** Result of {@link distillationEconomics}. `null` where the pair was not given. */
export interface DistillationEconomicsResult {
  /** teacher / student parameters. */
  readonly compression: number;
  /** 1 − student / teacher parameters (the book's "40 % fewer"). */
  readonly parameterReduction: number;
  /** teacher / student latency. */
  readonly speedup: number | null;
  /** 1 − student / teacher latency (the book's "60 % faster"). */
  readonly latencyReduction: number | null;
  /** teacher / student memory. */
  readonly memoryRatio: number | null;
  /** student / teacher score: the share of quality kept. */
  readonly scoreRetained: number | null;
}

/**
 * Size, speed and quality ratios of a distilled student against its teacher.
 *
 * Source: seed 004 L24655–L24694: DistilBERT keeps 97 % of BERT-Base with 40 % fewer
 * parameters (66M vs 110M), runs "60 % faster" (85 → 34 ms: 2.5× the speed) in
 * 0.54 GB instead of 1.35 GB.
 *
 * @throws InvalidParameterError for non-positive counts, latencies, memories or scores, a
 *   pair with one side missing, a missing input or an unknown key.
 * @throws DimensionError for a quantity of the wrong dimension.
 * @example
 * ```ts
 * const r = distillationEconomics({ teacherParams: 110e6, studentParams: 66e6, teacherLatency: 85, studentLatency: 34 });
 * r.parameterReduction   // 0.4
 * r.speedup              // 2.5
 * r.latencyReduction     // 0.6
 * ```
 */
export function distillationEconomics(input: DistillationEconomicsInput): DistillationEconomicsResult {
  const fn = "distillationEconomics";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["teacherParams", "studentParams", "teacherLatency", "studentLatency", "teacherMemory", "studentMemory", "teacherScore", "studentScore"]);
  const teacher = readAmount(fn, "teacherParams", i.teacherParams, "param", "positive").to("param");
  const student = readAmount(fn, "studentParams", i.studentParams, "param", "positive").to("param");
  const pair = <T>(a: string, av: T | undefined, b: string, bv: T | undefined, read: (name: string, v: T) => number): [number, number] | null => {
    if (av === undefined && bv === undefined) return null;
    if (av === undefined || bv === undefined) check.fail(av === undefined ? a : b, undefined, `given together with ${av === undefined ? b : a}`);
    return [read(a, av as T), read(b, bv as T)];
  };
  const latency = pair("teacherLatency", i.teacherLatency, "studentLatency", i.studentLatency, (n, v: Amount<"time">) => readAmount(fn, n, v, "ms", "positive").to("s"));
  const memory = pair("teacherMemory", i.teacherMemory, "studentMemory", i.studentMemory, (n, v: Amount<"data">) => readAmount(fn, n, v, "GB", "positive").to("B"));
  const score = pair("teacherScore", i.teacherScore, "studentScore", i.studentScore, (n, v: number) => check.positive(n, v));
  return Object.freeze({
    compression: teacher / student,
    parameterReduction: 1 - student / teacher,
    speedup: latency === null ? null : latency[0] / latency[1],
    latencyReduction: latency === null ? null : 1 - latency[1] / latency[0],
    memoryRatio: memory === null ? null : memory[0] / memory[1],
    scoreRetained: score === null ? null : score[1] / score[0],
  });
}

/** Most logits {@link temperedSoftmax} accepts. */
export const MAX_LOGITS = 1_000_000;

/** Input of {@link temperedSoftmax}. */
export interface TemperedSoftmaxInput {
  /** z, the logits of one example, finite, 1 to {@link MAX_LOGITS}. */
  readonly logits: readonly number[] | Float64Array | Float32Array;
  /** T, > 0. Default 1; distillation typically uses 3–5. */
  readonly temperature?: number;
}

/** Result of {@link temperedSoftmax}. */
export interface TemperedSoftmaxResult {
  /** p_i(T) = exp(z_i / T) / Σ_j exp(z_j / T). */
  readonly probabilities: Float64Array;
  /** −Σ p ln p in nats: how much the soft targets say beyond the top class. */
  readonly entropy: number;
}

/**
 * Softmax at temperature T: the soft targets a teacher gives its student.
 *
 * Formula (seed 004 L24677–L24689): `p_i(T) = exp(z_i/T) / Σ_j exp(z_j/T)`; higher T
 * spreads probability over the other classes (the book's soft target [0.85, 0.10, 0.05]
 * against the hard [1, 0, 0]). Computed with the maximum subtracted, so large logits do not overflow.
 *
 * @throws InvalidParameterError for empty, too long or non-finite logits, a non-positive
 *   temperature, a missing input or an unknown key.
 * @example
 * ```ts
 * temperedSoftmax({ logits: [2, 0], temperature: 1 }).probabilities // Float64Array [ 0.8807970779778823, 0.11920292202211755 ]
 * ```
 */
export function temperedSoftmax(input: TemperedSoftmaxInput): TemperedSoftmaxResult {
  const check = validatorFor("temperedSoftmax");
  const i = check.options("input", input, ["logits", "temperature"]);
  const z = i.logits;
  if (!(Array.isArray(z) || z instanceof Float64Array || z instanceof Float32Array) || z.length === 0) check.fail("logits", z, "a non-empty array of numbers");
  if (z.length > MAX_LOGITS) check.fail("logits", `an array of ${z.length}`, `at most ${MAX_LOGITS} logits`);
  const t = check.positive("temperature", i.temperature ?? 1);
  let max = -Infinity;
  for (let k = 0; k < z.length; k++) max = Math.max(max, check.finite(`logits[${k}]`, z[k]));
  const p = new Float64Array(z.length);
  let sum = 0;
  for (let k = 0; k < z.length; k++) sum += p[k] = Math.exp((z[k] - max) / t);
  let entropy = 0;
  for (let k = 0; k < z.length; k++) {
    p[k] /= sum;
    if (p[k] > 0) entropy -= p[k] * Math.log(p[k]);
  }
  return Object.freeze({ probabilities: p, entropy });
}
