import { describe, expect, it } from "vitest";
import { isWorkedExample, workedExampleReport } from "../../src/display/worked-example-report";
import { toMimeBundle } from "../../src/display/mime-bundle";
import { workedExamples } from "../../src/examples/worked-examples";
import { gpt3TrainingTimeExample } from "../../src/examples/gpt3-training-time";

describe("workedExampleReport", () => {
  const report = workedExampleReport(gpt3TrainingTimeExample);

  it("heads the report with the catalogue id and title", () => {
    expect(report.markdown.split("\n")[0]).toBe(`### WE-1.3 · ${gpt3TrainingTimeExample.title}`);
  });

  it("lists each input with its value and its seed line", () => {
    expect(report.markdown).toContain("| Scale (N) | 1,024 | WE-1.3 GPT-3 training time (book, L1330) |");
    expect(report.markdown).toContain("| Efficiency (η) | 0.45 |");
    expect(report.markdown).toMatch(/\| Peak \(R_peak\), A100 FP16 tensor core \| 312 TFLOP\/s \| Table 21\.3 \(book, L\d+\) \|/);
  });

  it("puts every book figure beside its recomputation, and marks corrections", () => {
    const rows = report.markdown.split("\n").filter((l) => l.startsWith("| ") && l.includes("L1347"));
    expect(rows.some((r) => r.includes("6.320 day") && r.includes("≠ book corrected"))).toBe(true);
    expect(rows.some((r) => r.includes("18.96 day") && r.includes("✓ book agrees"))).toBe(true);
  });

  it("renders every worked example with all checks agreeing", () => {
    for (const example of workedExamples) {
      const { markdown, text } = workedExampleReport(example);
      expect(markdown).not.toContain("✗");
      expect(text).toContain(example.conclusion);
      expect(markdown.split("\n").filter((l) => /^\| .* \| L\d+ \|/.test(l)).length).toBe(example.checks.length);
    }
  });
});

describe("show() of a worked example", () => {
  it("is detected and sent as markdown plus text", () => {
    expect(isWorkedExample(gpt3TrainingTimeExample)).toBe(true);
    expect(isWorkedExample({ id: "x" })).toBe(false);
    const bundle = toMimeBundle(gpt3TrainingTimeExample);
    expect(bundle["text/markdown"]).toBe(workedExampleReport(gpt3TrainingTimeExample).markdown);
    expect(bundle["text/plain"]).toContain("WE-1.3");
  });
});
