import { describe, expect, it } from "vitest";
import { storageTierCost } from "../../../src/calc/data/storage-tier-cost";
import { q } from "../../../src/units/quantity";
import { expectInvalid } from "../expect-errors";

describe("storageTierCost (Ch. 4, Table 4.3 and the KWS corpus)", () => {
  it("736 GB: $16.93 a month on object storage, 7,360 s at 100 MB/s; 147.2 s on NVMe at 5 GB/s", () => {
    const object = storageTierCost({ volume: 736, pricePerTbMonth: 23, readBandwidth: q(100, "MB/s"), months: 12 });
    expect(object.monthlyCost.to("USD/month")).toBeCloseTo(16.928, 9);
    expect(object.totalCost.to("USD")).toBeCloseTo(12 * 16.928, 9);
    expect(object.loadTime.to("s")).toBeCloseTo(7360, 9);
    expect(storageTierCost({ volume: q(736, "GB"), pricePerTbMonth: 300, readBandwidth: q(5, "GB/s") }).loadTime.to("s")).toBeCloseTo(147.2, 12);
  });

  it("rejects a zero bandwidth", () => {
    expectInvalid(() => storageTierCost({ volume: 1, pricePerTbMonth: 1, readBandwidth: 0 }), "storageTierCost", "readBandwidth", "0");
  });
});
