/**
 * Every check of every worked example. A check whose oracle is "book" reproduces the
 * book's printed figure within its tolerance; a check whose oracle is "recomputed"
 * reproduces the corrected literal, and then the book's figure really differs from it
 * and a note says why. The cited seed line prints the figure the check quotes.
 */
import { describe, expect, it } from "vitest";
import { workedExamples } from "../../src/examples/worked-examples";
import { evaluateCheck } from "../../src/examples/worked-example";
import { isQuantity } from "../../src/units/quantity";
import { linePrints, seedLines, seedsPresent } from "./seed-lines";

const finiteInput = (value: unknown): boolean => {
  if (isQuantity(value)) return Number.isFinite(value.baseValue);
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(finiteInput);
  return typeof value === "string" || typeof value === "boolean";
};

describe.each(workedExamples.map((e) => [e.id, e] as const))("%s", (_id, example) => {
  const result = example.compute();

  it.each(example.checks.map((c) => [`${c.name} [${c.oracle} oracle, L${c.line}${c.kind === "number" ? `, rel. tol. ${c.tolerance}` : ""}]`, c] as const))(
    "%s",
    (_name, check) => {
      const outcome = evaluateCheck(check, result);
      expect(outcome.passes, `${outcome.value} vs expected ${outcome.expected}`).toBe(true);
      if (check.oracle === "book") {
        expect(check.expected).toBe(check.book);
      } else if (check.kind === "number") {
        // The book's figure is off by more than the tolerance: the correction is real.
        const off = check.expected === 0 ? Math.abs(check.book) : Math.abs(check.book - check.expected) / Math.abs(check.expected);
        expect(off).toBeGreaterThan(check.tolerance);
        expect(check.note ?? "").not.toBe("");
      } else {
        expect(check.book).not.toBe(check.expected);
      }
    },
  );

  it("has a slug, a section, a seed range and at least one check", () => {
    expect(example.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(example.section).not.toMatch(/\bL\d{3,}|seed/);
    expect(example.lines[0]).toBeLessThanOrEqual(example.lines[1]);
    expect(example.checks.length).toBeGreaterThan(0);
  });

  it("student-facing text (problem, notes, conclusion) cites the book by chapter and section, not by seed line", () => {
    const texts = [example.problem, example.conclusion, ...example.checks.map((c) => c.note ?? "")];
    expect(texts.filter((t) => /\bL\d{3,}\b/.test(t))).toEqual([]);
  });

  it("every input has a label, a finite value and a provenance", () => {
    for (const [name, input] of Object.entries(example.inputs)) {
      expect(input.label, name).not.toBe("");
      expect(finiteInput(input.value), name).toBe(true);
      expect(input.provenance.source, name).not.toBe("");
    }
  });

  it("compute() is repeatable", () => {
    expect(JSON.stringify(example.compute())).toBe(JSON.stringify(result));
  });

  it.skipIf(!seedsPresent)("each check's line prints the figure it quotes", () => {
    const lines = seedLines(example.seed) as string[];
    for (const check of example.checks) {
      const line = lines[check.line - 1] ?? "";
      expect(linePrints(line, check.printed), `${check.name}: L${check.line} should print ${JSON.stringify(check.printed)}`).toBe(true);
    }
  });

  it.skipIf(!seedsPresent)("every input line is a non-empty line of the seed", () => {
    const lines = seedLines(example.seed) as string[];
    for (const input of Object.values(example.inputs)) {
      if (input.provenance.line === undefined || input.provenance.seed !== example.seed) continue;
      expect(lines[input.provenance.line - 1]?.trim() ?? "", `${input.label}: L${input.provenance.line}`).not.toBe("");
    }
  });
});

describe("the registry", () => {
  it("has unique ids and slugs, in book order", () => {
    expect(new Set(workedExamples.map((e) => e.id)).size).toBe(workedExamples.length);
    expect(new Set(workedExamples.map((e) => e.slug)).size).toBe(workedExamples.length);
    const order = workedExamples.map((e) => [e.chapter === "complexity" ? 1000 : e.chapter, e.lines[0]] as const);
    expect(order.every(([c, l], i) => i === 0 || c > order[i - 1][0] || (c === order[i - 1][0] && l >= order[i - 1][1]))).toBe(true);
  });

  it("WE-1.3 reads its inputs from the registries (A100 FP16 312 TFLOP/s, GPT-3 3.14e23 FLOP)", () => {
    const inputs = workedExamples.find((e) => e.id === "WE-1.3")!.inputs;
    expect(isQuantity(inputs.peakFlopsPerDevice.value) && inputs.peakFlopsPerDevice.value.to("TFLOP/s")).toBe(312);
    expect(isQuantity(inputs.operations.value) && inputs.operations.value.to("FLOP")).toBe(3.14e23);
    expect(inputs.operations.provenance.source).toBe("Table 21.9");
  });

  it("WE-4.9 records its engineer rate as an assumption, not a book value", () => {
    expect(workedExamples.find((e) => e.id === "WE-4.9")?.inputs.engineerHourlyRate.provenance.seed).toBe("user");
  });
});
