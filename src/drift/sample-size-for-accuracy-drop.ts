import { validatorFor, Validator } from "../util/validate";
import { normalPpf } from "./special/normal-ppf";

/** Which comparison the sample size is for. */
export type AccuracyDropDesign = "one-sample" | "two-sample";

/** Inputs of {@link sampleSizeForAccuracyDrop}. */
export interface SampleSizeForAccuracyDropOptions {
  /** Baseline accuracy p₀, a fraction in (0, 1) (0.95 for 95 %). */
  readonly baseline: number;
  /** Degraded accuracy p₁ to detect, in (0, 1), different from `baseline`. */
  readonly degraded: number;
  /** Significance level α in (0, 1); default 0.05 (95 % confidence). */
  readonly alpha?: number;
  /** Power 1 − β in [0.5, 1); default 0.8. 0.5 means "no power requirement" (z_β = 0). */
  readonly power?: number;
  /** "two-sided" (default; z_{1−α/2}) or "one-sided" (z_{1−α}, a drop only). */
  readonly alternative?: "two-sided" | "one-sided";
  /**
   * "one-sample" (default): test the labelled window against the known baseline
   * p₀. "two-sample": compare two windows of equal size (baseline window vs recent
   * window), both estimated; the result is per window.
   */
  readonly design?: AccuracyDropDesign;
}

/** Result of {@link sampleSizeForAccuracyDrop}. */
export interface SampleSizeForAccuracyDropResult {
  /** Labelled samples needed (per window for "two-sample"), rounded up: ⌈exact⌉. */
  readonly samples: number;
  /** The formula's value before rounding (fractional samples). */
  readonly exact: number;
  /** z_α: 1.959963984540054 for α = 0.05 two-sided. */
  readonly zAlpha: number;
  /** z_β = Φ⁻¹(power): 0.8416212335729143 for power 0.8. */
  readonly zBeta: number;
  readonly design: AccuracyDropDesign;
  readonly alternative: "two-sided" | "one-sided";
}

/** Validates the shared accuracy-drop inputs (internal; also used by timeToDetectAccuracyDrop). */
export function accuracyDropInputs(
  check: Validator,
  o: { baseline?: number; degraded?: number; alpha?: number; power?: number; alternative?: string; design?: string },
  alphaName = "alpha",
): { p0: number; p1: number; alpha: number; power: number; alternative: "two-sided" | "one-sided"; design: AccuracyDropDesign } {
  const open = (name: string, v: number | undefined): number =>
    typeof v === "number" && v > 0 && v < 1 ? v : check.fail(name, v, "a finite number in (0, 1)");
  const p0 = open("baseline", o.baseline);
  const p1 = open("degraded", o.degraded);
  if (p1 === p0) check.fail("degraded", p1, `a number in (0, 1) different from baseline (${p0})`);
  const alpha = open(alphaName, o.alpha ?? 0.05);
  const power = o.power ?? 0.8;
  if (!(typeof power === "number" && power >= 0.5 && power < 1)) check.fail("power", power, "a finite number in [0.5, 1)");
  const alternative = check.oneOf("alternative", (o.alternative ?? "two-sided") as "two-sided", ["two-sided", "one-sided"] as const);
  const design = check.oneOf("design", (o.design ?? "one-sample") as AccuracyDropDesign, ["one-sample", "two-sample"] as const);
  return { p0, p1, alpha, power, alternative, design };
}

/** The normal-approximation sample size (internal, inputs already validated). */
export function accuracyDropSampleSize(
  p0: number,
  p1: number,
  alpha: number,
  power: number,
  alternative: "two-sided" | "one-sided",
  design: AccuracyDropDesign,
): SampleSizeForAccuracyDropResult {
  const zAlpha = normalPpf(alternative === "two-sided" ? 1 - alpha / 2 : 1 - alpha);
  const zBeta = normalPpf(power);
  const delta = Math.abs(p0 - p1);
  const v0 = p0 * (1 - p0);
  const v1 = p1 * (1 - p1);
  let exact: number;
  if (design === "one-sample") {
    const root = (zAlpha * Math.sqrt(v0) + zBeta * Math.sqrt(v1)) / delta;
    exact = root * root;
  } else {
    const pbar = (p0 + p1) / 2;
    const root = zAlpha * Math.sqrt(2 * pbar * (1 - pbar)) + zBeta * Math.sqrt(v0 + v1);
    exact = (root * root) / (delta * delta);
  }
  return Object.freeze({ samples: Math.ceil(exact), exact, zAlpha, zBeta, design, alternative });
}

/**
 * Labelled samples needed to detect that accuracy fell from `baseline` to
 * `degraded` with a z-test at significance α and the given power (normal
 * approximation to the binomial). This is the "Required Samples" step of the
 * book's drift-detection-delay example (seed L36037–L36046), which states
 * "≈ 1,000 labeled samples" for 95 % → 90 % at 95 % confidence without a formula;
 * the standard formulas below give 185 (one-sample, two-sided, power 0.8) or 434
 * per window (two-sample), so the book's figure is a conservative round number.
 *
 * Formulas (δ = |p₀ − p₁|, z_α = Φ⁻¹(1 − α/2) two-sided or Φ⁻¹(1 − α) one-sided,
 * z_β = Φ⁻¹(power)):
 * - one-sample: n = ((z_α·√(p₀(1 − p₀)) + z_β·√(p₁(1 − p₁)))/δ)²
 * - two-sample, per window: n = (z_α·√(2p̄(1 − p̄)) + z_β·√(p₀(1 − p₀) + p₁(1 − p₁)))²/δ², p̄ = (p₀ + p₁)/2
 *
 * The same formula applies to a rise (p₁ > p₀); it depends only on the two rates.
 *
 * @param options - `baseline`, `degraded` (fractions), `alpha`, `power`,
 *   `alternative`, `design`
 * @returns frozen {@link SampleSizeForAccuracyDropResult} (samples are a count)
 * @throws InvalidParameterError for rates outside (0, 1) or equal, α outside
 *   (0, 1), power outside [0.5, 1), or an unknown alternative/design
 * @example
 * ```ts
 * sampleSizeForAccuracyDrop({ baseline: 0.95, degraded: 0.9 });
 * // { samples: 185, exact: 184.76998455768216, zAlpha: 1.9599639845400536,
 * //   zBeta: 0.8416212335729144, design: "one-sample", alternative: "two-sided" }
 * ```
 */
export function sampleSizeForAccuracyDrop(options: SampleSizeForAccuracyDropOptions): SampleSizeForAccuracyDropResult {
  const check = validatorFor("sampleSizeForAccuracyDrop");
  if (options === null || typeof options !== "object") check.fail("options", options, "an object { baseline, degraded, … }");
  const { p0, p1, alpha, power, alternative, design } = accuracyDropInputs(check, options);
  return accuracyDropSampleSize(p0, p1, alpha, power, alternative, design);
}
