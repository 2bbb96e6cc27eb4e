import { describe, expect, it } from "vitest";
import { annualRoi, breakEvenUtilization, costBreakdown, costPerThousandInferences, inferenceGpuDemand, paybackPeriod } from "../../../src/calc/economics";
import { q } from "../../../src/units/quantity";
import { DimensionError } from "../../../src/util/errors";
import { expectInvalid } from "../expect-errors";

describe("costBreakdown", () => {
  it("edge TCO of Chapter 2: $21,610/year, labour 69 %", () => {
    const e = costBreakdown({ unit: "USD/year", items: { hardware: 5000, power: 315.36, cooling: 94.61, network: 1200, devops: 15000 } });
    expect(e.total.to("USD/year")).toBeCloseTo(21609.97, 6);
    expect(e.largest).toBe("devops");
    expect(e.shares.devops).toBeCloseTo(0.6941, 4);
    expect(Object.values(e.shares).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
  it("accepts quantities of the unit's dimension and refuses others", () => {
    expect(costBreakdown({ unit: "USD/year", items: { a: q(100, "USD/month"), b: 1200 } }).total.to("USD/year")).toBeCloseTo(2416.67, 1);
    expect(() => costBreakdown({ unit: "USD/year", items: { a: q(1, "USD") } })).toThrow(DimensionError);
    expectInvalid(() => costBreakdown({ items: {} }), "costBreakdown", "items", "\"0 entries\"");
    expectInvalid(() => costBreakdown({ items: { a: -1 } }), "costBreakdown", "items.a", "-1");
  });
});

describe("break-even, payback, ROI", () => {
  it("Eq. 2.7: 61.5 % of 1M/day; payback of 80 h at 4 h/week is 20 weeks", () => {
    const b = breakEvenUtilization({ fixedCost: 21610, costPerUnit: 35136 / 365e6, capacity: q(1e6, "1/day") });
    expect(b.utilization).toBeCloseTo(0.615, 3);
    expect(b.payPerUseAtCapacity.to("USD/year")).toBeCloseTo(35136, 6);
    expect(paybackPeriod({ investment: q(80, "h"), savingsRate: q(4, "h/week") }).to("week")).toBeCloseTo(20, 12);
    expect(() => paybackPeriod({ investment: q(80, "h"), savingsRate: q(4, "USD/week") })).toThrow(DimensionError);
    expectInvalid(() => paybackPeriod({ investment: 0, savingsRate: 1 }), "paybackPeriod", "investment", "0");
  });
  it("Eq. 14.15 and 14.16: 5× and 4.5×", () => {
    expect(annualRoi({ benefits: { incidents: 5 * 50000 }, annualCost: 50000 }).ratio).toBe(5);
    const r = annualRoi({ benefits: { incidents: 4 * 25000, time: 20 * 150 * 12 }, annualCost: 30000 });
    expect(r.ratio).toBeCloseTo(4.5333, 4);
    expect(r.netBenefit.to("USD/year")).toBeCloseTo(106000, 6);
    expectInvalid(() => annualRoi({ benefits: { a: 1 }, annualCost: 0 }), "annualRoi", "annualCost", "0");
  });
});

describe("inference demand and cost per 1K", () => {
  it("Chapter 15: 200M requests/day × 10 ms = 555.6 GPU-h/day = 23.1 GPUs; Eq. 14.10: $0.06", () => {
    const d = inferenceGpuDemand({ requestRate: q(200e6, "1/day"), gpuTimePerRequest: q(10, "ms") });
    expect(d.gpuHoursPerDay).toBeCloseTo(555.556, 3);
    expect(d.gpusContinuous).toBeCloseTo(23.148, 3);
    expect(d.gpuTimePerYear.to("h")).toBeCloseTo(555.556 * 365, 0);
    expect(costPerThousandInferences({ hourlyCost: 3, inferenceRate: 50000 }).to("USD")).toBeCloseTo(0.06, 12);
    expectInvalid(() => costPerThousandInferences({ hourlyCost: 3, inferenceRate: 0 }), "costPerThousandInferences", "inferenceRate", "0");
  });
});
