import { describe, expect, it } from "vitest";
import { formatEfficiency } from "../../../src/calc/data/format-efficiency";
import { expectInvalid } from "../expect-errors";

describe("formatEfficiency (Ch. 4, Eq. 4.7)", () => {
  it("20 of 100 columns: η = 0.2, 80 % wasted, a 5× effective bandwidth", () => {
    const r = formatEfficiency({ columnsRead: 20, totalColumns: 100, physicalBandwidth: 1e9 });
    expect([r.rowEfficiency, r.wastedShare, r.speedup]).toEqual([0.2, 0.8, 5]);
    expect(r.rowEffectiveBandwidth?.to("MB/s")).toBe(200);
    expect(formatEfficiency({ columnsRead: 3, totalColumns: 3 }).rowEffectiveBandwidth).toBeNull();
  });

  it("rejects more columns read than exist", () => {
    expectInvalid(() => formatEfficiency({ columnsRead: 5, totalColumns: 4 }), "formatEfficiency", "columnsRead", "5");
    expectInvalid(() => formatEfficiency({ columnsRead: 0, totalColumns: 4 }), "formatEfficiency", "columnsRead", "0");
  });
});
