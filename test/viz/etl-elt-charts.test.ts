import { describe, expect, it } from "vitest";
import { etlVsEltBookInputs, etlVsEltBreakEven, etlVsEltCost } from "../../src/calc/data/etl-vs-elt";
import { etlVsEltExample } from "../../src/examples/ch04/etl-vs-elt";
import { renderSvg } from "../../src/display/svg";
import { q } from "../../src/units/quantity";
import { DimensionError, InvalidParameterError } from "../../src/util/errors";
import {
  etlEltBreakEvenVsRateChart,
  etlEltCostBreakdownChart,
  etlEltCostVsRetentionChart,
  etlEltCostVsSchemaChangesChart,
} from "../../src/viz/etl-elt-charts";
import { compiles, errorOf } from "./helpers";

type Row = Record<string, unknown>;
type Layer = { name?: string; data?: { values?: Row[] }; layer?: Layer[]; encoding?: Record<string, { datum?: number }> };

const book = { ...etlVsEltBookInputs, engineerHourlyRate: 150 };
const layersOf = (spec: unknown): Layer[] => (spec as { layer?: Layer[] }).layer ?? [];
/** Rows of the base chart (the layer, or the spec, whose rows carry `field`). */
function rowsWith(spec: unknown, field: string): Row[] {
  for (const s of [spec as Layer, ...layersOf(spec)]) {
    const values = s.data?.values;
    if (values?.length && field in values[0]) return values;
  }
  throw new Error(`no rows with ${field}`);
}
/** Positions of the rules on `channel` ("x" vertical, "y" horizontal). */
const rulesOn = (spec: unknown, channel: "x" | "y"): number[] =>
  layersOf(spec)
    .filter((l) => l.name?.startsWith("rule"))
    .map((l) => l.layer?.[0].encoding?.[channel]?.datum)
    .filter((v): v is number => typeof v === "number");
const pointsOf = (spec: unknown): Row[] => layersOf(spec).filter((l) => l.name?.startsWith("points")).flatMap((l) => l.data?.values ?? []);
const subtitleOf = (spec: unknown): string => ((spec as { title: { subtitle?: string } }).title.subtitle ?? "");

describe("etlEltCostVsSchemaChangesChart", () => {
  const spec = etlEltCostVsSchemaChangesChart(book);

  it("compiles with vega-lite 5 and renders", () => {
    compiles(spec);
    expect(renderSvg(spec)).toContain("<svg");
  });

  it("puts the rule at the calculator's break-even, 10.88 changes/month at $150/h (book claims ~1, L6330)", () => {
    const n = etlVsEltBreakEven(book).schemaChangesPerMonth as number;
    expect(n).toBeCloseTo(10.88, 9);
    expect(rulesOn(spec, "x")).toEqual([n]);
    expect(JSON.stringify(spec)).toContain("break-even 10.9 changes/month");
    // The point sits where both totals are equal: 1,638 + 10.88 × 4 h × $150 = $8,166.
    expect(pointsOf(spec)[0].y as number).toBeCloseTo(1638 + n * 600, 6);
    expect(pointsOf(spec)[0].label).toBe("$8,166/month each");
  });

  it("plots the calculator's totals: $1,638 and $7,350 at zero changes, 0–20 changes by default", () => {
    const rows = rowsWith(spec, "changes");
    expect(rows.length).toBe(82);
    expect(rows[0]).toEqual({ changes: 0, usdPerMonth: 1638, pipeline: "ETL" });
    expect(rows[1].usdPerMonth as number).toBeCloseTo(7350, 9);
    const last = rows[rows.length - 1];
    expect(last.changes).toBe(20);
    expect(last.usdPerMonth as number).toBeCloseTo(7350 + 20 * 0.5 * 150, 9);
  });

  it("titles axes with units and formats y as dollars", () => {
    const json = JSON.stringify(spec);
    expect(json).toContain("Monthly cost (USD/month)");
    expect(json).toContain("Schema changes (per month)");
    expect(json).toContain('"format":"$,.0f"');
  });

  it("moves the break-even off the chart into the subtitle when it lies beyond maxChangesPerMonth", () => {
    const cheap = etlEltCostVsSchemaChangesChart({ ...book, engineerHourlyRate: 50 });
    expect(rulesOn(cheap, "x")).toEqual([]);
    expect(subtitleOf(cheap)).toContain("break-even at 32.6 changes/month, beyond this chart");
    const wider = etlEltCostVsSchemaChangesChart({ ...book, engineerHourlyRate: 50, maxChangesPerMonth: 40 });
    expect(rulesOn(wider, "x")[0]).toBeCloseTo(5712 / (3.5 * 50), 9);
    compiles(wider);
  });

  it("says so in the subtitle when ELT always wins or never does", () => {
    const shortRetention = etlEltCostVsSchemaChangesChart({ ...book, retentionDays: 2 });
    expect(subtitleOf(shortRetention)).toContain("ELT is cheaper at every schema-change frequency");
    expect(rulesOn(shortRetention, "x")).toEqual([]);
    compiles(shortRetention);
    const noEngineer = etlEltCostVsSchemaChangesChart({ ...book, engineerHourlyRate: 0 });
    expect(subtitleOf(noEngineer)).toContain("ETL is never more expensive");
  });

  it("accepts quantities: $3,600/day is $150/h, 720 h is 30 days", () => {
    const withQuantities = etlEltCostVsSchemaChangesChart({ ...book, engineerHourlyRate: q(3600, "USD/day"), retentionDays: q(720, "h") });
    expect(rulesOn(withQuantities, "x")[0]).toBeCloseTo(10.88, 9);
  });

  it("rejects bad options naming the parameter", () => {
    const zero = errorOf(() => etlEltCostVsSchemaChangesChart({ ...book, maxChangesPerMonth: 0 }));
    expect(zero).toBeInstanceOf(InvalidParameterError);
    expect(zero.message).toMatch(/etlEltCostVsSchemaChangesChart: maxChangesPerMonth must be a finite number > 0; got 0/);
    expect(errorOf(() => etlEltCostVsSchemaChangesChart({ ...book, maxChangesPerMonth: Number.NaN })).message).toMatch(/maxChangesPerMonth.*NaN/);
    const rate = errorOf(() => etlEltCostVsSchemaChangesChart({ ...book, engineerHourlyRate: -5 }));
    expect(rate).toBeInstanceOf(InvalidParameterError);
    expect(rate.message).toMatch(/engineerHourlyRate must be .*; got -5/);
    expect(errorOf(() => etlEltCostVsSchemaChangesChart({ ...book, engineerHourlyRate: q(5, "GB") as never }))).toBeInstanceOf(DimensionError);
  });
});

describe("etlEltBreakEvenVsRateChart", () => {
  const { engineerHourlyRate: _rate, ...noRate } = book;
  const spec = etlEltBreakEvenVsRateChart({ ...noRate, markRate: 150 });

  it("compiles with vega-lite 5 and renders", () => {
    compiles(spec);
    expect(renderSvg(spec)).toContain("<svg");
  });

  it("follows n* = 5,712 / (3.5 h · rate) across the default $25–$2,000/h", () => {
    const rows = rowsWith(spec, "rate");
    expect(rows[0].rate).toBe(25);
    expect(rows[rows.length - 1].rate).toBe(2000);
    for (const r of rows) expect(r.changes as number).toBeCloseTo(5712 / (3.5 * (r.rate as number)), 9);
  });

  it("draws monthly and weekly rules and marks the rates that make the book's claims true (L6330)", () => {
    const [monthly, weekly] = rulesOn(spec, "y");
    expect(monthly).toBe(1);
    expect(weekly).toBeCloseTo(30 / 7, 12); // one a week in the library's 30-day month
    const result = etlVsEltExample.compute();
    const points = pointsOf(spec);
    expect(points[0].x as number).toBeCloseTo(result.rateForMonthlyBreakEven?.to("USD/h") as number, 9); // $1,632/h
    expect(points[0].label).toBe("$1,632/h");
    expect(points[1].x as number).toBeCloseTo(result.rateForWeeklyBreakEven?.to("USD/h") as number, 9); // $381/h
    expect(points[1].label).toBe("$381/h");
  });

  it("marks the assumed rate with its break-even", () => {
    expect(rulesOn(spec, "x")).toEqual([150]);
    expect(pointsOf(spec)[2]).toEqual({ x: 150, y: etlVsEltBreakEven(book).schemaChangesPerMonth, label: "10.9 changes/month" });
  });

  it("takes the marked rate as a quantity too", () => {
    expect(rulesOn(etlEltBreakEvenVsRateChart({ ...noRate, markRate: q(3600, "USD/day") }), "x")).toEqual([150]);
  });

  it("leaves out crossings outside the range", () => {
    const narrow = etlEltBreakEvenVsRateChart({ ...noRate, rateRange: [25, 400] });
    expect(pointsOf(narrow).map((p) => p.label)).toEqual(["$381/h"]);
    compiles(narrow);
  });

  it("explains, instead of plotting, when no break-even exists", () => {
    const spec2 = etlEltBreakEvenVsRateChart({ ...noRate, retentionDays: 2 });
    compiles(spec2);
    expect(renderSvg(spec2)).toContain("<svg");
    expect(JSON.stringify(spec2)).toContain("No break-even: ELT is cheaper at every rate");
  });

  it("rejects bad options naming the parameter", () => {
    const reversed = errorOf(() => etlEltBreakEvenVsRateChart({ ...noRate, rateRange: [400, 25] }));
    expect(reversed).toBeInstanceOf(InvalidParameterError);
    expect(reversed.message).toMatch(/rateRange\[1\] must be greater than rateRange\[0\] = 400; got 25/);
    expect(errorOf(() => etlEltBreakEvenVsRateChart({ ...noRate, rateRange: [0, 400] })).message).toMatch(/rateRange\[0\] must be a finite number > 0; got 0/);
    expect(errorOf(() => etlEltBreakEvenVsRateChart({ ...noRate, rateRange: [25] as never })).message).toMatch(/rateRange must be a \[min, max\] pair/);
    expect(errorOf(() => etlEltBreakEvenVsRateChart({ ...noRate, markRate: -1 })).message).toMatch(/markRate must be a finite number > 0; got -1/);
    expect(errorOf(() => etlEltBreakEvenVsRateChart({ ...noRate, models: 0 })).message).toMatch(/models/);
  });
});

describe("etlEltCostBreakdownChart", () => {
  const result = etlVsEltCost({ ...book, schemaChangesPerMonth: 1 });
  const spec = etlEltCostBreakdownChart(result);

  it("compiles with vega-lite 5 and renders", () => {
    compiles(spec);
    expect(renderSvg(spec)).toContain("<svg");
  });

  it("stacks the calculator's components: ETL 138 + 1,500 + 0 + 600, ELT 6,900 + 0 + 450 + 75 (L6308–L6321)", () => {
    const rows = rowsWith(spec, "component");
    const of = (pipeline: string) => rows.filter((r) => r.pipeline === pipeline).map((r) => r.usdPerMonth as number);
    expect(of("ETL").map((v) => Math.round(v * 1e6) / 1e6)).toEqual([138, 1500, 0, 600]);
    expect(of("ELT").map((v) => Math.round(v * 1e6) / 1e6)).toEqual([6900, 0, 450, 75]);
    const json = JSON.stringify(spec);
    expect(json).toContain("$2,238/month");
    expect(json).toContain("$7,425/month");
    expect(subtitleOf(spec)).toBe("ETL is cheaper by $5,187/month");
  });

  it("rejects anything but a calculator result", () => {
    const error = errorOf(() => etlEltCostBreakdownChart({ etl: {} } as never));
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error.message).toMatch(/etlEltCostBreakdownChart: result must be a result of etlVsEltCost/);
  });
});

describe("etlEltCostVsRetentionChart", () => {
  const spec = etlEltCostVsRetentionChart({ ...book, schemaChangesPerMonth: 1 });

  it("compiles with vega-lite 5 and renders", () => {
    compiles(spec);
    expect(renderSvg(spec)).toContain("<svg");
  });

  it("grows ELT's total by $230/month per retention day, ETL's stays flat, and marks 30 days (L6319)", () => {
    const rows = rowsWith(spec, "days");
    const elt = rows.filter((r) => r.pipeline === "ELT");
    const etl = rows.filter((r) => r.pipeline === "ETL");
    expect(elt[0].days).toBe(7);
    expect(elt[elt.length - 1].days).toBe(365);
    for (const r of elt) expect(r.usdPerMonth as number).toBeCloseTo(230 * (r.days as number) + 450 + 75, 6);
    for (const r of etl) expect(r.usdPerMonth as number).toBeCloseTo(2238, 9);
    expect(rulesOn(spec, "x")[0]).toBe(30);
    expect(pointsOf(spec)[0]).toMatchObject({ x: 30, label: "ELT $7,425/month" });
  });

  it("marks the retention below which ELT is cheaper: a rule in range, the subtitle otherwise", () => {
    // ETL 2,238 = ELT 230·d + 450 + 75 → d = 7.448 days.
    expect(rulesOn(spec, "x")[1]).toBeCloseTo((2238 - 525) / 230, 9);
    expect(subtitleOf(spec)).toContain("ELT is cheaper below 7.45 days of retention");
    const later = etlEltCostVsRetentionChart({ ...book, schemaChangesPerMonth: 1, retentionRange: [60, 365] });
    expect(rulesOn(later, "x")).toEqual([]);
    expect(subtitleOf(later)).toContain("ELT is cheaper below 7.45 days of retention");
  });

  it("rejects bad ranges naming the parameter", () => {
    expect(errorOf(() => etlEltCostVsRetentionChart({ ...book, schemaChangesPerMonth: 1, retentionRange: [30, 7] })).message).toMatch(
      /retentionRange\[1\] must be greater than retentionRange\[0\] = 30/,
    );
    expect(errorOf(() => etlEltCostVsRetentionChart({ ...book, schemaChangesPerMonth: 1, retentionRange: [-1, 7] }))).toBeInstanceOf(InvalidParameterError);
  });
});
