import { describe, expect, it } from "vitest";
import { dataGravityTransfer } from "../../../src/calc/data/data-gravity";
import { q } from "../../../src/units/quantity";
import { expectDimension, expectInvalid } from "../expect-errors";

describe("dataGravityTransfer (Ch. 4, the physics of data gravity)", () => {
  it("1 PB over 100 Gbps: 80,000 s ≈ 22 h and $90,000 at $0.09/GB; over 10 Gbps ≈ 9 days", () => {
    const r = dataGravityTransfer({ volume: q(1, "PB"), linkRate: q(100, "Gbps"), egressPrice: q(0.09, "USD/GB") });
    expect(r.effectiveRate.to("GB/s")).toBe(12.5);
    expect(r.time.to("s")).toBeCloseTo(80_000, 9);
    expect(r.egressCost.to("USD")).toBeCloseTo(90_000, 6);
    expect(dataGravityTransfer({ volume: q(1, "PB"), linkRate: q(10, "Gbps") }).time.to("day")).toBeCloseTo(9.259, 3);
  });

  it("a link efficiency stretches the time; no egress price costs nothing", () => {
    const r = dataGravityTransfer({ volume: 1e12, linkRate: 1e9, linkEfficiency: 0.5 });
    expect(r.time.to("s")).toBe(2000);
    expect(r.egressCost.to("USD")).toBe(0);
  });

  it("rejects bad input", () => {
    expectInvalid(() => dataGravityTransfer({ volume: 1, linkRate: 0 }), "dataGravityTransfer", "linkRate", "0");
    expectInvalid(() => dataGravityTransfer({ volume: 1, linkRate: 1, linkEfficiency: 1.5 }), "dataGravityTransfer", "linkEfficiency", "1.5");
    expectInvalid(() => dataGravityTransfer({ volume: -1, linkRate: 1 }), "dataGravityTransfer", "volume", "-1");
    expectDimension(() => dataGravityTransfer({ volume: q(1, "s") as never, linkRate: 1 }), "dataGravityTransfer", "volume", "1 s");
  });
});
