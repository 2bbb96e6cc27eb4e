/**
 * The shape of a worked example of the book, in the spirit of the book's own
 * "load / compute / guard / format" cells: the inputs with their sources (load), a
 * `compute()` that calls the calculators (compute), and checks that compare the
 * book's printed figures with recomputed ones (guard). Notebooks format the result.
 *
 * Examples are written with {@link workedExample}, which keeps each one to data plus
 * one compute function: inputs cite their seed line, checks read a figure off the
 * result, and the builder fills in provenance, oracles and freezing.
 */
import type { Provenance } from "../constants/provenance";
import { isQuantity, type Quantity } from "../units/quantity";
import { validatorFor } from "../util/validate";

/** A seed document: "004" is the textbook, "000"–"003" the complexity chapter and its lessons. */
export type SeedId = "000" | "001" | "002" | "003" | "004";

/**
 * Where an example lives: a textbook chapter (1–16; the appendices are 17 D·A·M, 18 Data
 * Foundations, 19 Algorithm Foundations, 20 Machine Foundations, 21 System Assumptions)
 * or `"complexity"`, the chapter on computational complexity (seeds 000–003).
 */
export type BookChapter = number | "complexity";

/** A value a worked example takes as input. */
export type ExampleValue = Quantity<string> | number | string | boolean | readonly number[] | readonly (readonly number[])[];

/** One input of a worked example, with where it comes from. */
export interface ExampleInput<V extends ExampleValue = ExampleValue> {
  /** The book's name for the input, e.g. `"Peak (R_peak)"`. */
  readonly label: string;
  /** The value: a quantity, a plain number for counts and ratios, or a small array (a weight matrix). */
  readonly value: V;
  /** Where the value comes from (a registry record's provenance, or the example's own line). */
  readonly provenance: Provenance;
}

/** The inputs of a worked example, by name. */
export type ExampleInputs = { readonly [name: string]: ExampleInput };

/** Which figure a check asserts against. */
export type CheckOracle = "book" | "recomputed";

/** What every check records, numeric or not. */
interface CheckBase {
  /** What is checked, e.g. `"training time at η = 0.45"`. */
  readonly name: string;
  /** The book's words, e.g. `"≈ 25 days"`. */
  readonly printed: string;
  /** Line of the seed where the book prints the figure. */
  readonly line: number;
  /** Whether `expected` is the book's figure or the recomputed oracle. */
  readonly oracle: CheckOracle;
  /** Why the book's figure differs, or a caveat. Always present when `oracle` is `"recomputed"`. */
  readonly note?: string;
}

/**
 * A numeric figure: what the book prints and how to read it off the example's result.
 * Where the book is right, `expected` is the book's figure (`oracle: "book"`). Where it
 * rounds loosely or is wrong, `expected` is the recomputed value written out as an
 * independent literal (`oracle: "recomputed"`) and `note` says why the book differs.
 */
export interface NumericCheck<R = unknown> extends CheckBase {
  readonly kind: "number";
  /** The book's figure as a number, in `unit`. */
  readonly book: number;
  /** The value `value()` must match within `tolerance`. */
  readonly expected: number;
  /** The unit of `book`, `expected` and `value()`, as display text (e.g. `"day"`, `"USD/month"`). */
  readonly unit: string;
  /** Relative tolerance against `expected` (absolute when `expected` is 0). */
  readonly tolerance: number;
  /** Reads the figure, in `unit`, off the result of `compute()`. */
  value(result: R): number;
}

/** A categorical figure (a verdict such as `"memory-bound"`, or a short list), compared exactly. */
export interface TextCheck<R = unknown> extends CheckBase {
  readonly kind: "text";
  /** The book's verdict, e.g. `"memory-bound"`. */
  readonly book: string;
  /** The text `value()` must equal. */
  readonly expected: string;
  /** Reads the verdict off the result of `compute()`. */
  value(result: R): string;
}

/** One figure of a worked example. */
export type WorkedExampleCheck<R = unknown> = NumericCheck<R> | TextCheck<R>;

/** A worked example of the book as data plus computation. */
export interface WorkedExample<R = unknown> {
  /** The catalogue id, e.g. `"WE-1.3"` or `"W7.2"` (see the book index). */
  readonly id: string;
  /** Kebab-case name for files and notebook anchors, e.g. `"gpt3-training-time"`. */
  readonly slug: string;
  /** The example's title. */
  readonly title: string;
  /** The chapter it belongs to. */
  readonly chapter: BookChapter;
  /** Where a student finds it: the book's section or table, e.g. `"§1.4 The Iron Law in practice"`. */
  readonly section: string;
  /** The seed document its lines refer to. */
  readonly seed: SeedId;
  /** First and last seed line of the example. */
  readonly lines: readonly [number, number];
  /** The question the example answers, in one sentence. */
  readonly problem: string;
  /** The inputs, by name (load). */
  readonly inputs: ExampleInputs;
  /** Runs the calculators on `inputs`. Pure: every call returns an equal result. */
  readonly compute: () => R;
  /** The book's figures against recomputed ones (guard). */
  readonly checks: readonly WorkedExampleCheck<R>[];
  /** The systems conclusion the book draws, in our words. */
  readonly conclusion: string;
}

/** An input as an example writes it: a value and the seed line it comes from, or a full provenance. */
export type InputSpec<V extends ExampleValue = ExampleValue> =
  | { readonly label: string; readonly value: V; readonly line: number; readonly note?: string }
  | { readonly label: string; readonly value: V; readonly provenance: Provenance };

/** The plain values of an example's inputs, as `compute` receives them. */
export type InputValues<S extends Record<string, InputSpec>> = { readonly [K in keyof S]: S[K]["value"] };

interface CheckSpecBase {
  readonly name: string;
  readonly printed: string;
  readonly line: number;
}

/**
 * A numeric check as an example writes it. `value` may return a number in `unit` or a
 * quantity, which is converted to `unit`. Give `expected` (with a `note`) only where the
 * book's figure is wrong; otherwise the book's figure is the oracle.
 */
export type NumericCheckSpec<R> = CheckSpecBase & {
  readonly book: number;
  readonly unit: string;
  readonly tolerance: number;
  readonly value: (result: R) => number | Quantity<string>;
} & ({ readonly expected?: undefined; readonly note?: string } | { readonly expected: number; readonly note: string });

/** A categorical check as an example writes it. */
export type TextCheckSpec<R> = CheckSpecBase & {
  readonly book: string;
  readonly value: (result: R) => string;
} & ({ readonly expected?: undefined; readonly note?: string } | { readonly expected: string; readonly note: string });

/** Everything {@link workedExample} takes. */
export interface WorkedExampleSpec<S extends Record<string, InputSpec>, R> {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly chapter: BookChapter;
  readonly section: string;
  /** Defaults to `"004"`, the textbook. */
  readonly seed?: SeedId;
  readonly lines: readonly [number, number];
  readonly problem: string;
  readonly inputs: S;
  readonly compute: (inputs: InputValues<S>) => R;
  readonly checks: readonly (NumericCheckSpec<R> | TextCheckSpec<R>)[];
  readonly conclusion: string;
}

/**
 * Builds a frozen {@link WorkedExample} from its compact description: inputs cite their
 * seed line (`line`) or carry a registry record's provenance; `compute` receives the
 * plain input values; each check reads one figure off the result.
 *
 * @throws InvalidParameterError when the id, slug, lines or a check are malformed (a
 *   corrected check without a note, a tolerance outside [0, 1), a line outside the
 *   example's range); examples are built when the module loads, so tests catch these.
 * @example
 * ```ts
 * const example = workedExample({
 *   id: "WE-5.3", slug: "mnist-vs-gpt2-scale", title: "MNIST vs GPT-2", chapter: 5,
 *   section: "§5.3 The data term", lines: [8693, 8702], problem: "How much larger is GPT-2?",
 *   inputs: { mnist: { label: "MNIST params", value: 109_386, line: 8693 },
 *             gpt2: { label: "GPT-2 params", value: 1.5e9, line: 8700 } },
 *   compute: ({ mnist, gpt2 }) => ({ ratio: gpt2 / mnist }),
 *   checks: [{ name: "ratio", printed: "13,713×", book: 13_713, unit: "×", tolerance: 1e-4, line: 8702, value: (r) => r.ratio }],
 *   conclusion: "Four orders of magnitude separate the two.",
 * });
 * evaluateChecks(example)[0].passes // true
 * ```
 */
export function workedExample<const S extends Record<string, InputSpec>, R>(spec: WorkedExampleSpec<S, R>): WorkedExample<R> {
  const check = validatorFor(`workedExample(${JSON.stringify(spec?.id)})`);
  if (typeof spec.id !== "string" || !/^[A-Za-z][\w.-]*$/.test(spec.id)) check.fail("id", spec.id, "a catalogue id such as \"WE-5.2\" or \"W7.4\"");
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(spec.slug)) check.fail("slug", spec.slug, "a kebab-case name");
  const [first, last] = spec.lines;
  check.integer("lines[0]", first, 1);
  check.atLeast("lines[1]", last, first);
  const seed: SeedId = spec.seed ?? "004";
  const source = `${spec.id} ${spec.title}`;

  const inputs: Record<string, ExampleInput> = {};
  for (const [name, input] of Object.entries(spec.inputs)) {
    const provenance = "provenance" in input
      ? input.provenance
      : Object.freeze({ seed, source, line: check.integer(`inputs.${name}.line`, input.line, 1), ...(input.note === undefined ? {} : { note: input.note }) });
    inputs[name] = Object.freeze({ label: input.label, value: input.value, provenance });
  }
  const values = Object.freeze(Object.fromEntries(Object.entries(inputs).map(([name, input]) => [name, input.value]))) as InputValues<S>;

  const checks = spec.checks.map((c, index) => {
    const where = `checks[${index}]`;
    check.integer(`${where}.line`, c.line, first);
    if (c.line > last) check.fail(`${where}.line`, c.line, `a line within the example's range L${first}–L${last}`);
    const corrected = c.expected !== undefined;
    if (corrected && !(typeof c.note === "string" && c.note.length > 0)) check.fail(`${where}.note`, c.note, "a note saying why the book's figure differs");
    const base = {
      name: c.name, printed: c.printed, line: c.line,
      oracle: corrected ? ("recomputed" as const) : ("book" as const),
      ...(c.note === undefined ? {} : { note: c.note }),
    };
    if (typeof c.book === "number") {
      const numeric = c as NumericCheckSpec<R>;
      check.finite(`${where}.book`, numeric.book);
      if (!(numeric.tolerance >= 0 && numeric.tolerance < 1)) check.fail(`${where}.tolerance`, numeric.tolerance, "a relative tolerance in [0, 1)");
      const read = numeric.value;
      const unit = numeric.unit;
      return Object.freeze({
        ...base, kind: "number" as const, book: numeric.book, expected: numeric.expected ?? numeric.book, unit, tolerance: numeric.tolerance,
        value: (result: R): number => {
          const v = read(result);
          return isQuantity(v) ? v.to(unit) : v;
        },
      });
    }
    const text = c as TextCheckSpec<R>;
    return Object.freeze({ ...base, kind: "text" as const, book: text.book, expected: text.expected ?? text.book, value: text.value });
  });

  return Object.freeze({
    id: spec.id,
    slug: spec.slug,
    title: spec.title,
    chapter: spec.chapter,
    section: spec.section,
    seed,
    lines: Object.freeze([first, last] as const),
    problem: spec.problem,
    inputs: Object.freeze(inputs),
    compute: () => spec.compute(values),
    checks: Object.freeze(checks),
    conclusion: spec.conclusion,
  });
}

/**
 * An example input taken from a registry record (a device, a model, a constant), citing
 * the record's own provenance for that field.
 *
 * @param label - the book's name for the input.
 * @param value - the field's value, e.g. `getHardware("A100").memoryBandwidth`.
 * @param record - the record it comes from; its `fieldProvenance[field]` is used when present.
 * @param field - the field's name in `fieldProvenance`, e.g. `"peakFlops.fp16"`.
 * @example
 * ```ts
 * const a100 = getHardware("A100");
 * recordInput("A100 HBM bandwidth", a100.memoryBandwidth!, a100, "memoryBandwidth").provenance
 * // { seed: "004", source: "Table 21.3", line: 43681 }
 * ```
 */
export function recordInput<V extends ExampleValue>(
  label: string,
  value: V,
  record: { readonly provenance: Provenance; readonly fieldProvenance?: Readonly<Record<string, Provenance>> },
  field: string,
): InputSpec<V> {
  return { label, value, provenance: record.fieldProvenance?.[field] ?? record.provenance };
}

/** The outcome of one check, from {@link evaluateCheck}. */
export interface CheckOutcome {
  /** The check's name. */
  readonly name: string;
  /** `"number"` or `"text"`. */
  readonly kind: "number" | "text";
  /** Unit of `book`, `expected` and `value` (empty for text checks). */
  readonly unit: string;
  /** Which figure `expected` is. */
  readonly oracle: CheckOracle;
  /** The book's words. */
  readonly printed: string;
  /** The book's figure. */
  readonly book: number | string;
  /** What the recomputation had to match. */
  readonly expected: number | string;
  /** What the recomputation gave. */
  readonly value: number | string;
  /** |value − expected| / |expected| (absolute when expected is 0); 0 or 1 for text checks. */
  readonly relativeError: number;
  /** |book − value| / |value| (absolute when value is 0): how far the book is from the recomputation. */
  readonly bookRelativeError: number;
  /** `value` is finite and within the check's tolerance of `expected` (equal, for text). */
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
 * Compares one check's recomputation, read off `result`, with its expected value.
 *
 * @param check - a check of `example.checks`.
 * @param result - `example.compute()`.
 * @example
 * ```ts
 * const example = getWorkedExample("WE-1.3");
 * evaluateCheck(example.checks[0], example.compute()).passes // true
 * ```
 */
export function evaluateCheck<R>(check: WorkedExampleCheck<R>, result: R): CheckOutcome {
  const common = {
    name: check.name, kind: check.kind, oracle: check.oracle, printed: check.printed, line: check.line,
    ...(check.note === undefined ? {} : { note: check.note }),
  };
  if (check.kind === "text") {
    const value = check.value(result);
    const equal = value === check.expected;
    return Object.freeze({
      ...common, unit: "", book: check.book, expected: check.expected, value,
      relativeError: equal ? 0 : 1, bookRelativeError: check.book === value ? 0 : 1, passes: equal,
    });
  }
  const value = check.value(result);
  const relativeError = relativeDifference(value, check.expected);
  return Object.freeze({
    ...common, unit: check.unit, book: check.book, expected: check.expected, value,
    relativeError,
    bookRelativeError: relativeDifference(check.book, value),
    passes: Number.isFinite(value) && relativeError <= check.tolerance,
  });
}

/**
 * Runs an example's `compute()` once and evaluates every check against it.
 *
 * @example
 * ```ts
 * evaluateChecks(getWorkedExample("WE-2.5")).every((c) => c.passes) // true
 * ```
 */
export function evaluateChecks<R>(example: WorkedExample<R>): readonly CheckOutcome[] {
  const result = example.compute();
  return example.checks.map((c) => evaluateCheck(c, result));
}
