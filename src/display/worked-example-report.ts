/**
 * Worked examples of the book as readable reports: one example (the question, the
 * inputs with their sources, every figure the book prints beside the library's
 * recomputation), or a whole chapter's examples as one table for the end of a notebook.
 * Student-facing text cites the book by chapter and section; seed lines stay in tests.
 */
import type { Provenance } from "../constants/provenance";
import { evaluateChecks, type CheckOutcome, type WorkedExample, type BookChapter } from "../examples/worked-example";
import { examplesForChapter } from "../examples/worked-examples";
import { isQuantity } from "../units/quantity";
import { formatNumber } from "../units/format";
import { formatCell, markdownTable, textTable, type CellTable } from "./markdown-table";

/**
 * True for a {@link WorkedExample} record (has id, inputs, checks and compute).
 *
 * @example
 * ```ts
 * isWorkedExample(getWorkedExample("WE-1.3")) // true
 * isWorkedExample({ id: "x" })                // false
 * ```
 */
export function isWorkedExample(value: unknown): value is WorkedExample {
  if (value === null || typeof value !== "object") return false;
  const v = value as Partial<WorkedExample>;
  return typeof v.id === "string" && typeof v.compute === "function" && Array.isArray(v.checks) && typeof v.inputs === "object";
}

/** A source as a student reads it: the book's table or example, never a seed line. */
function sourceText(provenance: Provenance): string {
  if (provenance.seed === "external") return `${provenance.source} (outside the book)`;
  return provenance.source;
}

/** A number as the book writes it: whole numbers grouped ("1,024"), others without padding ("0.45"). */
function plainNumber(value: number): string {
  return Number.isInteger(value) ? formatNumber(value) : String(Number(value.toPrecision(6)));
}

function inputValueText(value: unknown): string {
  if (isQuantity(value)) return value.format();
  if (typeof value === "number") return plainNumber(value);
  if (Array.isArray(value)) return JSON.stringify(value);
  return formatCell(value);
}

function inputTable(example: WorkedExample): CellTable {
  const rows = Object.values(example.inputs).map((input) => [input.label, inputValueText(input.value), sourceText(input.provenance)]);
  return { header: ["input", "value", "source"], rows };
}

function recomputedText(outcome: CheckOutcome): string {
  return outcome.kind === "text" ? String(outcome.value) : `${formatNumber(outcome.value as number, 4)} ${outcome.unit}`.trim();
}

function verdictText(outcome: CheckOutcome): string {
  if (!outcome.passes) return "✗ recomputation disagrees";
  return outcome.oracle === "book" ? "✓ book agrees" : "≠ book corrected";
}

function checkTable(example: WorkedExample): CellTable {
  const rows = evaluateChecks(example).map((o) => [o.name, o.printed, recomputedText(o), verdictText(o), o.note ?? ""]);
  return { header: ["figure", "book says", "recomputed", "verdict", "note"], rows };
}

/**
 * The report of one example as Markdown (for notebooks) and plain text.
 *
 * @example
 * ```ts
 * workedExampleReport(getWorkedExample("WE-1.3")).markdown.split("\n")[0]
 * // "### WE-1.3 · GPT-3 training time (the Iron Law in practice)"
 * ```
 */
export function workedExampleReport(example: WorkedExample): { markdown: string; text: string } {
  const heading = `${example.id} · ${example.title}`;
  const inputs = inputTable(example);
  const checks = checkTable(example);
  const markdown = [
    `### ${heading}`,
    `*${example.section}.* ${example.problem}`,
    "**Inputs**",
    markdownTable(inputs),
    "**The book's figures, recomputed**",
    markdownTable(checks),
    `**Conclusion.** ${example.conclusion}`,
  ].join("\n\n");
  const text = [heading, example.section, example.problem, "", "Inputs", textTable(inputs), "", "Checks", textTable(checks), "", example.conclusion].join("\n");
  return { markdown, text };
}

/** A chapter's examples table, from {@link chapterExamples}; `show()` renders it. */
export interface ChapterExamplesTable {
  readonly kind: "chapterExamples";
  readonly chapter: BookChapter;
  /** One row per check of every implemented example of the chapter. */
  readonly table: CellTable;
  /** How many examples and checks, and how many of the book's figures the library corrects. */
  readonly summary: string;
}

/**
 * Every implemented worked example of a chapter as one table: each figure the book
 * prints beside the library's recomputation. Chapter notebooks end with it.
 *
 * @param chapter - a chapter number (1–21) or `"complexity"`.
 * @throws InvalidParameterError for anything else.
 * @example
 * ```ts
 * show(chapterExamples(1));
 * chapterExamples(1).summary // "1 worked example, 5 figures: 2 as the book prints them, 3 corrected."
 * ```
 */
export function chapterExamples(chapter: BookChapter): ChapterExamplesTable {
  const examples = examplesForChapter(chapter);
  const rows: string[][] = [];
  let corrected = 0;
  let checks = 0;
  for (const example of examples) {
    for (const outcome of evaluateChecks(example)) {
      checks += 1;
      if (outcome.oracle === "recomputed") corrected += 1;
      rows.push([`${example.id} ${example.title}`, outcome.name, outcome.printed, recomputedText(outcome), verdictText(outcome)]);
    }
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const summary = `${plural(examples.length, "worked example")}, ${plural(checks, "figure")}: ${checks - corrected} as the book prints them, ${corrected} corrected.`;
  return Object.freeze({ kind: "chapterExamples" as const, chapter, table: { header: ["example", "figure", "book says", "recomputed", "verdict"], rows }, summary });
}

/**
 * True for the value {@link chapterExamples} returns.
 *
 * @example
 * ```ts
 * isChapterExamplesTable(chapterExamples(2)) // true
 * ```
 */
export function isChapterExamplesTable(value: unknown): value is ChapterExamplesTable {
  return value !== null && typeof value === "object" && (value as { kind?: unknown }).kind === "chapterExamples";
}

/**
 * The chapter table as Markdown and plain text.
 *
 * @example
 * ```ts
 * chapterExamplesReport(chapterExamples(1)).markdown.startsWith("**Chapter 1: the book's worked examples, recomputed**") // true
 * ```
 */
export function chapterExamplesReport(value: ChapterExamplesTable): { markdown: string; text: string } {
  const name = value.chapter === "complexity" ? "The complexity chapter" : `Chapter ${value.chapter}`;
  const heading = `${name}: the book's worked examples, recomputed`;
  return {
    markdown: [`**${heading}**`, markdownTable(value.table), value.summary].join("\n\n"),
    text: [heading, textTable(value.table), value.summary].join("\n"),
  };
}
