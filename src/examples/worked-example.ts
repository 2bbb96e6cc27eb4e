/**
 * The shape of a worked example of the book, in the spirit of the book's own
 * "load / compute / guard / format" cells: the inputs with their sources (load), a
 * `compute()` that calls the calculators (compute), and checks that compare the
 * book's printed figures with recomputed ones (guard). Notebooks format the result.
 */
import type { Provenance } from "../constants/provenance";
import type { Quantity } from "../units/quantity";

/** One input of a worked example, with where it comes from. */
export interface ExampleInput<V extends Quantity<string> | number = Quantity<string> | number> {
  /** The book's name for the input, e.g. `"Peak (R_peak)"`. */
  readonly label: string;
  /** The value: a quantity, or a plain number for counts and ratios. */
  readonly value: V;
  /** Where the value comes from (a registry record's provenance, or the example's own line). */
  readonly provenance: Provenance;
}

/** The inputs of a worked example, by parameter name. */
export type ExampleInputs = { readonly [name: string]: ExampleInput };

/** Which figure a check asserts against. */
export type CheckOracle = "book" | "recomputed";

/**
 * One figure of a worked example: what the book prints and how to recompute it.
 * Where the book is right, `expected` is the book's figure (`oracle: "book"`). Where it
 * rounds loosely or is wrong, `expected` is the recomputed value written out as an
 * independent literal (`oracle: "recomputed"`) and `note` says why the book differs.
 */
export interface WorkedExampleCheck {
  /** What is checked, e.g. `"training time at η = 0.45"`. */
  readonly name: string;
  /** The book's words, e.g. `"≈ 25 days"`. */
  readonly printed: string;
  /** The book's figure as a number, in `unit`. */
  readonly book: number;
  /** Recomputes the figure with the library's calculators, in `unit`. */
  readonly recomputed: () => number;
  /** The unit of `book`, `expected` and `recomputed()`, as display text (e.g. `"day"`, `"USD/month"`). */
  readonly unit: string;
  /** Relative tolerance of `recomputed()` against `expected`. */
  readonly tolerance: number;
  /** Seed 004 line where the book prints the figure. */
  readonly line: number;
  /** Whether `expected` is the book's figure or the recomputed oracle. */
  readonly oracle: CheckOracle;
  /** The value `recomputed()` must match within `tolerance`. */
  readonly expected: number;
  /** Why the book's figure differs, or a caveat. Always present when `oracle` is `"recomputed"`. */
  readonly note?: string;
}

/** A worked example of the book as data plus computation. */
export interface WorkedExample<I extends ExampleInputs = ExampleInputs, R = unknown> {
  /** The catalogue id, e.g. `"WE-1.3"` (reference/book-ch01-06.md). */
  readonly id: string;
  /** Kebab-case name for files and notebook anchors, e.g. `"gpt3-training-time"`. */
  readonly slug: string;
  /** The book's title for the example. */
  readonly title: string;
  /** The book chapter it belongs to. */
  readonly chapter: number;
  /** The seed document (the textbook). */
  readonly seed: "004";
  /** First and last seed line of the example. */
  readonly lines: readonly [number, number];
  /** The question the example answers, in one sentence. */
  readonly problem: string;
  /** The inputs, by the calculator parameter they feed (load). */
  readonly inputs: I;
  /** Runs the calculators on `inputs`. Pure: every call returns an equal result. */
  readonly compute: () => R;
  /** The book's figures against recomputed ones (guard). */
  readonly checks: readonly WorkedExampleCheck[];
  /** The systems conclusion the book draws, in our words. */
  readonly conclusion: string;
}

type CheckSpec = Omit<WorkedExampleCheck, "oracle" | "expected">;

/**
 * A check where the book's printed figure is right (within `tolerance`).
 *
 * @example
 * ```ts
 * bookCheck({ name: "ETL storage", printed: "USD 138/month", book: 138, unit: "USD/month",
 *   tolerance: 1e-9, line: 6310, recomputed: () => 6 * 23 }).expected // 138
 * ```
 */
export function bookCheck(spec: CheckSpec): WorkedExampleCheck {
  return Object.freeze({ ...spec, oracle: "book" as const, expected: spec.book });
}

/**
 * A check where the book rounds loosely or is wrong: `expected` is the recomputed
 * value, written as a literal, and `note` explains the difference.
 *
 * @example
 * ```ts
 * correctedCheck({ name: "saving", printed: "nearly 6 days", book: 6, expected: 6.3196,
 *   unit: "day", tolerance: 1e-4, line: 1347, recomputed: () => 6.31959,
 *   note: "25.28 − 18.96 = 6.32 days" }).oracle // "recomputed"
 * ```
 */
export function correctedCheck(spec: CheckSpec & { readonly expected: number; readonly note: string }): WorkedExampleCheck {
  return Object.freeze({ ...spec, oracle: "recomputed" as const });
}

/** The outcome of one check, from {@link evaluateCheck}. */
export interface CheckOutcome {
  /** The check's name. */
  readonly name: string;
  /** Unit of `book`, `expected` and `value`. */
  readonly unit: string;
  /** Which figure `expected` is. */
  readonly oracle: CheckOracle;
  /** The book's figure. */
  readonly book: number;
  /** What the recomputation had to match. */
  readonly expected: number;
  /** What the recomputation gave. */
  readonly value: number;
  /** |value − expected| / |expected| (the absolute difference when expected is 0). */
  readonly relativeError: number;
  /** |book − value| / |value| (absolute when value is 0): how far the book is from the recomputation. */
  readonly bookRelativeError: number;
  /** `value` is finite and within the check's tolerance of `expected`. */
  readonly passes: boolean;
  /** Seed line of the book's figure. */
  readonly line: number;
  /** The check's note, if any. */
  readonly note?: string;
}

function relativeDifference(value: number, reference: number): number {
  const difference = Math.abs(value - reference);
  return reference === 0 ? difference : difference / Math.abs(reference);
}

/**
 * Runs one check's recomputation and compares it with the expected value.
 *
 * @example
 * ```ts
 * evaluateCheck(gpt3TrainingTimeExample.checks[0]).passes // true
 * ```
 */
export function evaluateCheck(check: WorkedExampleCheck): CheckOutcome {
  const value = check.recomputed();
  const relativeError = relativeDifference(value, check.expected);
  return Object.freeze({
    name: check.name,
    unit: check.unit,
    oracle: check.oracle,
    book: check.book,
    expected: check.expected,
    value,
    relativeError,
    bookRelativeError: relativeDifference(check.book, value),
    passes: Number.isFinite(value) && relativeError <= check.tolerance,
    line: check.line,
    ...(check.note === undefined ? {} : { note: check.note }),
  });
}

/**
 * Runs every check of an example.
 *
 * @example
 * ```ts
 * evaluateChecks(voiceAssistantWallExample).every((c) => c.passes) // true
 * ```
 */
export function evaluateChecks(example: WorkedExample): readonly CheckOutcome[] {
  return example.checks.map(evaluateCheck);
}
