import { describe, expect, it } from "vitest";
import { driftReport } from "../../src/drift/drift-report";
import { driftReportView, isDriftReport } from "../../src/display/drift-report-view";
import { toMimeBundle } from "../../src/display/mime-bundle";

const ref = { x: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], g: ["a", "b", "a", "b", "a", "b", "a", "b", "a", "b"] };
const cur = { x: [8, 9, 10, 11, 12, 13, 14, 15, 16, 17], g: ["a", "b", "b", "b", "a", "b", "b", "b", "b", "b"] };
const report = driftReport(ref, cur);

describe("driftReportView", () => {
  it("recognises a drift report, also after a JSON round trip, and nothing else", () => {
    expect(isDriftReport(report)).toBe(true);
    expect(isDriftReport(JSON.parse(JSON.stringify(report)))).toBe(true);
    expect(isDriftReport({ columns: [], driftedShare: 0 })).toBe(false);
    expect(isDriftReport(null)).toBe(false);
  });

  it("text: verdict line, details, one row per column", () => {
    const text = driftReportView(report)["text/plain"].split("\n");
    expect(text[0]).toBe("Dataset drift: yes (1 of 2 columns drifted, 50 % ≥ 50 %)");
    expect(text[1]).toBe("policy: evidently · correction: none · rows: reference 10, current 10");
    expect(text.some((l) => /x\s+numeric\s+ks\s+0\.7\s+0\.01234\s+α 0\.05\s+yes/.test(l))).toBe(true);
  });

  it("HTML: a table with a header, drifted rows tinted, cells escaped", () => {
    const html = driftReportView(driftReport({ "<b>": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }, { "<b>": [8, 9, 10, 11, 12, 13, 14, 15, 16, 17] }))["text/html"] as string;
    expect(html).toContain("<th style=\"text-align:left\">column</th>");
    expect(html).toContain("&lt;b&gt;");
    expect(html).not.toContain("<b>");
    expect(html.match(/<tr style="background:#fde0d0">/g)).toHaveLength(1);
  });

  it("Markdown: the verdict in bold and a table", () => {
    const md = driftReportView(report)["text/markdown"] as string;
    expect(md.startsWith("**Dataset drift: yes")).toBe(true);
    expect(md).toContain("| column | kind | test | statistic | p-value |");
  });

  it("shows the corrected p-value first when a correction changed it", () => {
    const r = driftReport(ref, cur, { correction: "bonferroni" });
    expect(driftReportView(r)["text/plain"]).toContain("0.02468 (raw 0.01234)");
  });

  it("toMimeBundle (show) renders a drift report with text/html and no chart types", () => {
    const bundle = toMimeBundle(report);
    expect(bundle).toEqual(driftReportView(report));
    expect(Object.keys(bundle).sort()).toEqual(["text/html", "text/markdown", "text/plain"]);
    expect(toMimeBundle(report, { title: "Week 12" })["text/plain"].startsWith("Week 12\nDataset drift")).toBe(true);
  });
});
