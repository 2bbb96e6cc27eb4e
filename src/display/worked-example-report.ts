/**
 * A worked example of the book as a readable report: the question, the inputs with
 * their sources, and every figure the book prints beside the library's recomputation.
 */
import type { Provenance } from "../constants/provenance";
import { evaluateChecks, type WorkedExample } from "../examples/worked-example";
import { isQuantity } from "../units/quantity";
import { formatNumber } from "../units/format";
import { markdownTable, textTable, type CellTable } from "./markdown-table";

/**
 * True for a {@link WorkedExample} record (has id, inputs, checks and compute).
 *
 * @example
 * ```ts
 * isWorkedExample(gpt3TrainingTimeExample) // true
 * isWorkedExample({ id: "x" })             // false
 * ```
 */
export function isWorkedExample(value: unknown): value is WorkedExample {
  if (value === null || typeof value !== "object") return false;
  const v = value as Partial<WorkedExample>;
  return typeof v.id === "string" && typeof v.compute === "function" && Array.isArray(v.checks) && typeof v.inputs === "object";
}

function sourceText(provenance: Provenance): string {
  const where = provenance.seed === "004" ? "book" : provenance.seed === "user" ? "user" : provenance.seed === "external" ? "external" : `seed ${provenance.seed}`;
  return `${provenance.source} (${where}${provenance.line === undefined ? "" : `, L${provenance.line}`})`;
}

/** A number as the book writes it: whole numbers grouped ("1,024"), others without padding ("0.45"). */
function plainNumber(value: number): string {
  return Number.isInteger(value) ? formatNumber(value) : String(Number(value.toPrecision(6)));
}

function inputTable(example: WorkedExample): CellTable {
  const rows = Object.values(example.inputs).map((input) => [
    input.label,
    isQuantity(input.value) ? input.value.format() : plainNumber(input.value as number),
    sourceText(input.provenance),
  ]);
  return { header: ["input", "value", "source"], rows };
}

function checkTable(example: WorkedExample): CellTable {
  const printed = new Map(example.checks.map((c) => [c.name, c.printed]));
  const rows = evaluateChecks(example).map((outcome) => {
    const recomputed = `${formatNumber(outcome.value, 4)} ${outcome.unit}`;
    const verdict = !outcome.passes
      ? "✗ recomputation disagrees"
      : outcome.oracle === "book"
        ? "✓ book agrees"
        : "≠ book corrected";
    return [outcome.name, printed.get(outcome.name) ?? formatNumber(outcome.book, 4), recomputed, verdict, `L${outcome.line}`, outcome.note ?? ""];
  });
  return { header: ["figure", "book says", "recomputed", "verdict", "line", "note"], rows };
}

/**
 * The report as Markdown (for notebooks) and plain text.
 *
 * @example
 * ```ts
 * workedExampleReport(gpt3TrainingTimeExample).markdown.split("\n")[0]
 * // "### WE-1.3 · GPT-3 training time"
 * ```
 */
export function workedExampleReport(example: WorkedExample): { markdown: string; text: string } {
  const heading = `${example.id} · ${example.title}`;
  const where = `Chapter ${example.chapter}, seed ${example.seed} lines ${example.lines[0]}–${example.lines[1]}`;
  const inputs = inputTable(example);
  const checks = checkTable(example);
  const markdown = [
    `### ${heading}`,
    `*${where}.* ${example.problem}`,
    "**Inputs**",
    markdownTable(inputs),
    "**The book's figures, recomputed**",
    markdownTable(checks),
    `**Conclusion.** ${example.conclusion}`,
  ].join("\n\n");
  const text = [heading, where, example.problem, "", "Inputs", textTable(inputs), "", "Checks", textTable(checks), "", example.conclusion].join("\n");
  return { markdown, text };
}
