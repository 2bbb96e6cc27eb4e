import { describe, expect, it } from "vitest";
import { chapterExamples, chapterExamplesReport, isChapterExamplesTable, isWorkedExample, workedExampleReport } from "../../src/display/worked-example-report";
import { toMimeBundle } from "../../src/display/mime-bundle";
import { getWorkedExample, workedExamples } from "../../src/examples/worked-examples";

const gpt3 = getWorkedExample("WE-1.3");

describe("workedExampleReport", () => {
  const report = workedExampleReport(gpt3);

  it("heads the report with the catalogue id and title, and cites the chapter and section", () => {
    expect(report.markdown.split("\n")[0]).toBe(`### WE-1.3 · ${gpt3.title}`);
    expect(report.markdown).toContain(`*${gpt3.section}.*`);
  });

  it("lists each input with its value and its source, without seed lines", () => {
    expect(report.markdown).toContain("| Scale (N) | 1,024 | WE-1.3 GPT-3 training time (the Iron Law in practice) |");
    expect(report.markdown).toContain("| Efficiency (η) | 0.45 |");
    expect(report.markdown).toContain("| Peak (R_peak), A100 FP16 tensor core | 312 TFLOP/s | Table 21.3 |");
    expect(report.markdown).not.toMatch(/\bL\d{3,5}\b/);
  });

  it("puts every book figure beside its recomputation, and marks corrections", () => {
    const rows = report.markdown.split("\n").filter((l) => l.startsWith("| "));
    expect(rows.some((r) => r.includes("6.320 day") && r.includes("≠ book corrected"))).toBe(true);
    expect(rows.some((r) => r.includes("18.96 day") && r.includes("✓ book agrees"))).toBe(true);
  });

  it("renders every worked example with all checks agreeing, one row per check", () => {
    for (const example of workedExamples) {
      const { markdown, text } = workedExampleReport(example);
      expect(markdown).not.toContain("✗");
      expect(text).toContain(example.conclusion);
      expect(markdown.split("\n").filter((l) => /(✓ book agrees|≠ book corrected)/.test(l)).length).toBe(example.checks.length);
    }
  });
});

describe("chapterExamples", () => {
  it("tabulates every figure of a chapter's examples with a summary", () => {
    const table = chapterExamples(1);
    expect(isChapterExamplesTable(table)).toBe(true);
    const examples = workedExamples.filter((e) => e.chapter === 1);
    const figures = examples.reduce((n, e) => n + e.checks.length, 0);
    const corrected = examples.reduce((n, e) => n + e.checks.filter((c) => c.oracle === "recomputed").length, 0);
    expect(table.table.rows.length).toBe(figures);
    expect(table.summary).toBe(`${examples.length} worked examples, ${figures} figures: ${figures - corrected} as the book prints them, ${corrected} corrected.`);
    const { markdown } = chapterExamplesReport(table);
    expect(markdown.startsWith("**Chapter 1: the book's worked examples, recomputed**")).toBe(true);
    expect(toMimeBundle(table)["text/markdown"]).toBe(markdown);
  });
});

describe("show() of a worked example", () => {
  it("is detected and sent as markdown plus text", () => {
    expect(isWorkedExample(gpt3)).toBe(true);
    expect(isWorkedExample({ id: "x" })).toBe(false);
    const bundle = toMimeBundle(gpt3);
    expect(bundle["text/markdown"]).toBe(workedExampleReport(gpt3).markdown);
    expect(bundle["text/plain"]).toContain("WE-1.3");
  });
});
