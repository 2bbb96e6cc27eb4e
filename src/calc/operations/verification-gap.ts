/**
 * The Verification Gap (book Chapter 1, seed 004 L774–L776): a 224 × 224 RGB image has
 * 256^150,528 possible values, a number with 362,508 digits, against 50,000 test
 * images. Testing can sample the input space, never cover it.
 */
import { validatorFor } from "../../util/validate";

/** Input of {@link inputSpaceSize}. */
export interface InputSpaceSizeInput {
  /** Values per input: e.g. height × width × channels of an image, an integer ≥ 1 (at most 1e12). */
  readonly elements: number;
  /** Distinct levels each element takes (256 for 8-bit pixels), an integer ≥ 2. */
  readonly levels: number;
  /** Inputs tested (a test-set size), an integer ≥ 1; gives the covered fraction. */
  readonly tested?: number;
}

/** Result of {@link inputSpaceSize}. */
export interface InputSpaceSizeResult {
  /** log₁₀ of the number of possible inputs, elements × log₁₀(levels). */
  readonly log10Inputs: number;
  /** Decimal digits of levels^elements, ⌊log₁₀⌋ + 1. */
  readonly digits: number;
  /** log₁₀ of tested / possible inputs (how many orders of magnitude the tests fall short); only with `tested`. */
  readonly log10CoveredFraction?: number;
}

/**
 * Size of an input space too large to write down: levels^elements, reported by its
 * base-10 logarithm and number of digits.
 *
 * @throws InvalidParameterError for elements or levels out of range, tested not an integer ≥ 1.
 * @example
 * ```ts
 * const s = inputSpaceSize({ elements: 224 * 224 * 3, levels: 256, tested: 50000 });
 * s.digits                 // 362508
 * s.log10CoveredFraction   // -362502.8…
 * ```
 */
export function inputSpaceSize(input: InputSpaceSizeInput): InputSpaceSizeResult {
  const check = validatorFor("inputSpaceSize");
  const i = check.options("input", input, ["elements", "levels", "tested"]);
  const elements = check.integer("elements", i.elements, 1);
  if (elements > 1e12) check.fail("elements", elements, "an integer in [1, 1e12]");
  const levels = check.integer("levels", i.levels, 2);
  const log10Inputs = elements * Math.log10(levels);
  const digits = Math.floor(log10Inputs) + 1;
  if (i.tested === undefined) return Object.freeze({ log10Inputs, digits });
  const tested = check.integer("tested", i.tested, 1);
  return Object.freeze({ log10Inputs, digits, log10CoveredFraction: Math.log10(tested) - log10Inputs });
}
