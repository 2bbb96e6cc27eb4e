import { describe, expect, it } from "vitest";
import { cloudVsEdgeCost } from "../../../src/calc/workflow/cloud-vs-edge";
import { expectInvalid } from "../expect-errors";

const dr = { sites: 500, itemsPerSitePerDay: 50, cloudPricePerItem: 0.01, cloudNetworkPerYear: 45_000, edgeDevicePrice: 500, edgeMaintenancePerYear: 25_000 };

describe("cloudVsEdgeCost (Ch. 3, DR deployment economics)", () => {
  it("cloud $136,250/yr against $250,000 + $25,000/yr: payback 2.25 years", () => {
    const r = cloudVsEdgeCost(dr);
    expect(r.itemsPerYear).toBe(9_125_000);
    expect(r.cloud.processing.to("USD/yr")).toBeCloseTo(91_250, 6);
    expect(r.cloud.annual.to("USD/yr")).toBeCloseTo(136_250, 6);
    expect(r.edge.upfront.to("USD")).toBe(250_000);
    expect(r.paybackYears).toBeCloseTo(250_000 / 111_250, 12);
    expect(r.cheaperAtYears).toBe("cloud");
  });

  it("the $0.001/image electricity stretches the payback to 2.45 years; after 5 years edge is cheaper", () => {
    const r = cloudVsEdgeCost({ ...dr, edgePricePerItem: 0.001, years: 5 });
    expect(r.edge.processing.to("USD/yr")).toBeCloseTo(9125, 6);
    expect(r.paybackYears).toBeCloseTo(250_000 / 102_125, 12);
    expect(r.cheaperAtYears).toBe("edge");
    expect(r.edge.cumulative.to("USD")).toBeCloseTo(250_000 + 5 * 34_125, 6);
  });

  it("never pays back when the edge costs more to run", () => {
    expect(cloudVsEdgeCost({ ...dr, edgeMaintenancePerYear: 200_000 }).paybackYears).toBeNull();
  });

  it("rejects bad input", () => {
    expectInvalid(() => cloudVsEdgeCost({ ...dr, daysPerYear: 400 }), "cloudVsEdgeCost", "daysPerYear", "400");
    expectInvalid(() => cloudVsEdgeCost({ ...dr, sites: Number.NaN }), "cloudVsEdgeCost", "sites", "NaN");
  });
});
