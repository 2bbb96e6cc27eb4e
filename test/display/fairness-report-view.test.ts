import { describe, expect, it } from "vitest";
import { fairnessReport } from "../../src/calc/fairness";
import { fairnessReportView, isFairnessReport } from "../../src/display/fairness-report-view";
import { toMimeBundle } from "../../src/display/mime-bundle";

const report = fairnessReport({ yTrue: [1, 1, 0, 0, 1, 1, 0, 0], yPred: [1, 1, 1, 0, 1, 0, 0, 0], group: ["A", "A", "A", "A", "B", "B", "B", "B"], resamples: 100, seed: 2 });

describe("fairnessReportView", () => {
  it("names the failed bounds, shows intervals per group, the gaps and the flags; show() uses it", () => {
    expect(isFairnessReport(report)).toBe(true);
    const view = fairnessReportView(report);
    expect(view["text/plain"]).toMatch(/^Fairness by group: \d of 5 bounds fail/);
    expect(view["text/html"]).toContain("mlsys-fairness-report");
    expect(view["text/markdown"]).toContain("| A | 4 |");
    expect(view["text/markdown"]).toContain("equalized odds");
    expect(view["text/plain"]).toContain("Book bounds (Chapter 15)");
    expect(toMimeBundle(report)["text/html"]).toBe(view["text/html"]);
  });
});
