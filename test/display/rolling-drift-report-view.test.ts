import { describe, expect, it } from "vitest";
import { driftReport } from "../../src/drift/drift-report";
import { rollingDriftReport } from "../../src/drift/drift-report-rolling";
import { isRollingDriftReport, rollingDriftReportView } from "../../src/display/rolling-drift-report-view";
import { toMimeBundle } from "../../src/display/mime-bundle";
import { htmlTable } from "../../src/display/markdown-table";

const H = 3_600_000;
const T0 = Date.parse("2024-03-01T00:00:00Z");

// Three hourly windows of ten rows: the first like the reference, the second shifted in x,
// the third shifted in both x and y; then two empty hours and one row at 05:30 with a missing timestamp beside it.
const reference = { x: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], y: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] };
const hour = (k: number) => Array.from({ length: 10 }, (_, i) => T0 + k * H + i * 60_000);
const current = {
  ts: [...hour(0), ...hour(1), ...hour(2), T0 + 5.5 * H, null],
  x: [...reference.x, ...reference.x.map((v) => v + 20), ...reference.x.map((v) => v + 20), 3, 4],
  y: [...reference.y, ...reference.y, ...reference.y.map((v) => v + 20), 3, 4],
};
const rolling = rollingDriftReport(reference, current, { timestampColumn: "ts", window: "1h", minRows: 2 });

describe("rollingDriftReportView", () => {
  it("recognises a rolling report, also after a JSON round trip, and not a single drift report", () => {
    expect(isRollingDriftReport(rolling)).toBe(true);
    expect(isRollingDriftReport(JSON.parse(JSON.stringify(rolling)))).toBe(true);
    expect(isRollingDriftReport(driftReport(reference, reference))).toBe(false);
    expect(isRollingDriftReport(null)).toBe(false);
  });

  it("text: the verdict counts windows with drifted columns, names the first, and counts dataset drift; one row per window", () => {
    const lines = rollingDriftReportView(rolling)["text/plain"].split("\n");
    expect(lines[0]).toBe("Rolling drift, 1 h windows: drifted columns in 2 of 3 windows (first 2024-03-01 01:00 UTC); dataset drift in 2");
    expect(lines[1]).toBe("timestamps: ts · 3 windows skipped (too few rows) · 1 row without a timestamp · chart: show(psiOverTimeChart({ series: report }))");
    expect(lines[2]).toMatch(/^window start \(UTC\)\s+rows\s+dataset drift\s+drifted columns\s+largest PSI$/);
    expect(lines[4]).toMatch(/^2024-03-01 00:00\s+10\s+no \(0 of 2\)\s+—\s+/);
    expect(lines[5]).toMatch(/^2024-03-01 01:00\s+10\s+yes \(1 of 2\)\s+x\s+[\d.]+ x \(significant\)$/);
    expect(lines[6]).toMatch(/^2024-03-01 02:00\s+10\s+yes \(2 of 2\)\s+x, y\s+/);
    expect(lines).toHaveLength(7);
  });

  it("the largest-PSI cell is the column with the largest PSI in that window", () => {
    const w = rolling.windows[1].report.columns;
    const top = w.reduce((a, b) => ((b.psi ?? -1) > (a.psi ?? -1) ? b : a));
    expect(rollingDriftReportView(rolling)["text/plain"].split("\n")[5]).toContain(`${Number(top.psi!.toPrecision(3))} ${top.name} (${top.psiBand})`);
  });

  it("HTML tints the windows where a column drifted; Markdown has the verdict in bold", () => {
    const bundle = rollingDriftReportView(rolling);
    const html = bundle["text/html"] as string;
    expect(html.match(/<tr style="background:#fde0d0">/g)).toHaveLength(2);
    expect(html).toContain("<th style=\"text-align:left\">window start (UTC)</th>");
    expect(bundle["text/markdown"]).toMatch(/^\*\*Rolling drift, 1 h windows: drifted columns in 2 of 3 windows/);
  });

  it("with more windows than maxRows, lists the first and the last and counts the ones between", () => {
    const text = rollingDriftReportView(rolling, 2)["text/plain"].split("\n");
    expect(text).toHaveLength(8);
    expect(text[4]).toMatch(/^2024-03-01 00:00 /);
    expect(text[5]).toMatch(/^…\s+… 1 more window\s*$/);
    expect(text[6]).toMatch(/^2024-03-01 02:00 /);
    expect(text[7]).toBe("show(report, { maxRows: 3 }) lists all 3 windows");
  });

  it("names 24 h and 7 d windows in their own units", () => {
    expect(rollingDriftReportView(rollingDriftReport(reference, current, { timestampColumn: "ts", window: "24h" }))["text/plain"]).toMatch(/^Rolling drift, 24 h windows/);
    expect(rollingDriftReportView(rollingDriftReport(reference, current, { timestampColumn: "ts", window: "7d" }))["text/plain"]).toMatch(/^Rolling drift, 7 d windows/);
    expect(rollingDriftReportView(rollingDriftReport(reference, current, { timestampColumn: "ts", window: 15 * 60_000 }))["text/plain"]).toMatch(/^Rolling drift, 15 min windows/);
  });

  it("toMimeBundle (show) uses this view, honouring maxRows (at least 2), instead of flattening the report", () => {
    const bundle = toMimeBundle(rolling, { maxRows: 1 });
    expect(Object.keys(bundle).sort()).toEqual(["text/html", "text/markdown", "text/plain"]);
    expect(bundle["text/plain"]).toContain("… 1 more window");
  });
});

describe("htmlTable", () => {
  it("escapes cells, right-aligns numeric columns and tints the highlighted rows", () => {
    const html = htmlTable({ header: ["name", "n"], rows: [["<a>", "1"], ["b", "2"]], numeric: [false, true] }, [false, true]);
    expect(html).toBe(
      '<table><thead><tr><th style="text-align:left">name</th><th style="text-align:right">n</th></tr></thead><tbody>' +
        '<tr><td style="text-align:left">&lt;a&gt;</td><td style="text-align:right">1</td></tr>' +
        '<tr style="background:#fde0d0"><td style="text-align:left">b</td><td style="text-align:right">2</td></tr></tbody></table>',
    );
  });
});
