/**
 * WE-1.2 "Verification-gap sizing" (book Ch. 1, seed 004 L774): how many possible
 * inputs a 224 × 224 RGB image classifier has, against the 50,000 images it is tested on.
 */
import { inputSpaceSize } from "../../calc/operations/verification-gap";
import { workedExample } from "../worked-example";

/**
 * WE-1.2: 256^150,528 possible images, a number of 362,508 digits; a 50,000-image test
 * set covers a fraction 10^−362,503 of them.
 *
 * @example
 * ```ts
 * verificationGapExample.compute().digits // 362508
 * ```
 */
export const verificationGapExample = workedExample({
  id: "WE-1.2",
  slug: "verification-gap",
  title: "The verification gap of an image classifier",
  chapter: 1,
  section: "Chapter 1, Software 2.0 and the verification gap",
  lines: [774, 774],
  problem: "How many distinct inputs can a 224 × 224 RGB image classifier receive, and what share of them does a 50,000-image test set cover?",
  inputs: {
    elements: { label: "values per image (224 × 224 × 3)", value: 224 * 224 * 3, line: 774 },
    levels: { label: "levels per 8-bit value", value: 256, line: 774 },
    tested: { label: "ImageNet test images", value: 50_000, line: 774 },
  },
  compute: (i) => inputSpaceSize(i),
  checks: [
    { name: "digits of 256^150,528", printed: "362,508 digits", book: 362_508, unit: "digits", tolerance: 0, line: 774,
      value: (r) => r.digits, note: "150,528 × log10(256) = 362,507.55, so the number has 362,508 digits ('over 362,508' is exact)." },
  ],
  conclusion: "A test set samples the input space; it can never cover it, so ML correctness is a statistical claim checked in production, not a proof.",
});
