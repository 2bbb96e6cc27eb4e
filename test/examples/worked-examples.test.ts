/**
 * Every check of every worked example. A check whose oracle is "book" must reproduce
 * the book's printed figure within its tolerance; a check whose oracle is "recomputed"
 * must reproduce the corrected literal, and the book's figure must then really differ
 * from it (otherwise the correction would be noise) and carry a note saying why.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { workedExamples } from "../../src/examples/worked-examples";
import { evaluateCheck } from "../../src/examples/worked-example";
import { isQuantity } from "../../src/units/quantity";

const seedDir = path.resolve(__dirname, "../../../shared/seeds");
const seedFile = fs.existsSync(seedDir) ? fs.readdirSync(seedDir).find((f) => f.startsWith("004_")) : undefined;
const seedLines = seedFile ? fs.readFileSync(path.join(seedDir, seedFile), "utf8").split("\n") : undefined;

const relative = (value: number, reference: number): number =>
  reference === 0 ? Math.abs(value) : Math.abs(value - reference) / Math.abs(reference);

describe.each(workedExamples.map((e) => [e.id, e] as const))("%s", (_id, example) => {
  it.each(example.checks.map((c) => [`${c.name} [${c.oracle} oracle, L${c.line}, rel. tol. ${c.tolerance}]`, c] as const))(
    "%s",
    (_name, check) => {
      const value = check.recomputed();
      expect(Number.isFinite(value)).toBe(true);
      expect(relative(value, check.expected)).toBeLessThanOrEqual(check.tolerance);
      expect(evaluateCheck(check).passes).toBe(true);
      if (check.oracle === "book") {
        expect(check.expected).toBe(check.book);
      } else {
        // The book's figure is off by more than the tolerance: the correction is real.
        expect(relative(check.book, check.expected)).toBeGreaterThan(check.tolerance);
        expect(check.note ?? "").not.toBe("");
      }
      expect(check.line).toBeGreaterThanOrEqual(example.lines[0]);
      expect(check.line).toBeLessThanOrEqual(example.lines[1]);
    },
  );

  it("has an id, a slug, a seed range and at least one check", () => {
    expect(example.id).toMatch(/^WE-\d+\.\d+$/);
    expect(example.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(example.lines[0]).toBeLessThan(example.lines[1]);
    expect(example.checks.length).toBeGreaterThan(0);
  });

  it("every input has a label, a finite value and a provenance", () => {
    for (const [name, input] of Object.entries(example.inputs)) {
      expect(input.label, name).not.toBe("");
      const value = isQuantity(input.value) ? input.value.baseValue : input.value;
      expect(Number.isFinite(value), name).toBe(true);
      expect(["004", "user"], name).toContain(input.provenance.seed);
      expect(input.provenance.source, name).not.toBe("");
    }
  });

  it("compute() is repeatable", () => {
    expect(JSON.stringify(example.compute())).toBe(JSON.stringify(example.compute()));
  });

  it.skipIf(!seedLines)("every cited line is a non-empty line of the seed", () => {
    const lines = seedLines as string[];
    for (const line of [example.lines[0], example.lines[1], ...example.checks.map((c) => c.line)]) {
      expect(lines[line - 1]?.trim() ?? "", `L${line}`).not.toBe("");
    }
  });
});

describe("the cited seed lines say what the checks claim", () => {
  const expectations: [number, string][] = [
    [1324, "3.14"],
    [1330, "1024 GPUs"],
    [1345, "25 days"],
    [1347, "19 days"],
    [3061, "500,000,000"],
    [3074, "1,111,111"],
    [3076, "240,000"],
    [3078, "~5 dedicated"],
    [3080, "~21 data centers"],
    [3084, "31 KB/s"],
    [3084, "32 TB/s"],
    [6308, "USD 50/day"],
    [6310, "USD 138/month"],
    [6319, "USD 6,900/month"],
    [6321, "USD 450/month"],
    [6330, "USD 6,762/month"],
    [6330, "fewer than once per month"],
  ];
  it.skipIf(!seedLines).each(expectations)("L%s contains %s", (line, text) => {
    expect((seedLines as string[])[line - 1]).toContain(text);
  });
});

describe("the examples' headline results", () => {
  const byId = Object.fromEntries(workedExamples.map((e) => [e.id, e]));

  it("WE-1.3 reads its inputs from the registries (A100 FP16 312 TFLOP/s, GPT-3 3.14e23 FLOP)", () => {
    const inputs = byId["WE-1.3"].inputs;
    expect(isQuantity(inputs.peakFlopsPerDevice.value) && inputs.peakFlopsPerDevice.value.to("TFLOP/s")).toBe(312);
    expect(isQuantity(inputs.operations.value) && inputs.operations.value.to("FLOP")).toBe(3.14e23);
    expect(inputs.operations.provenance.source).toBe("Table 21.9");
  });

  it("WE-4.9 records its engineer rate as an assumption, not a book value", () => {
    expect(byId["WE-4.9"].inputs.engineerHourlyRate.provenance.seed).toBe("user");
  });

  it("lists the examples in book order", () => {
    expect(workedExamples.map((e) => e.id)).toEqual(["WE-1.3", "WE-2.5", "WE-4.9"]);
  });
});
