import { describe, expect, it } from "vitest";
import { renderSvg } from "../../src/display/svg";
import { dataDebtChart, dataGravityChart, feedingThroughputChart, storageTierChart } from "../../src/viz/data-charts";
import { q } from "../../src/units/quantity";
import { compiles, errorOf } from "./helpers";

describe("data-engineering charts (Ch. 4)", () => {
  it("dataGravityChart: log–log lines per link, 1 PB at 100 Gbps marked at 22.2 h", () => {
    const spec = dataGravityChart({ mark: q(1, "PB") });
    compiles(spec);
    expect(renderSvg(spec)).toContain("<svg");
    expect(JSON.stringify(spec)).toContain("1 PB at 100 Gbps: 22.2 h");
    expect(errorOf(() => dataGravityChart({ linkRates: [0] })).message).toMatch(/linkRates\[0\]/);
    expect(errorOf(() => dataGravityChart({ volumeRangeGb: [10, 1] })).message).toMatch(/volumeRangeGb\[1\]/);
  });

  it("feedingThroughputChart: the compute ceiling and SATA's 12.8 %", () => {
    const spec = feedingThroughputChart({ peakFlops: q(312, "TFLOP/s"), flopsPerSample: q(12, "GFLOP"), bytesPerSample: q(150, "KB"), options: [{ name: "SATA SSD", bandwidth: q(500, "MB/s") }] });
    compiles(spec);
    const json = JSON.stringify(spec);
    expect(json).toContain("SATA SSD: 12.8 %");
    expect(json).toContain("compute ceiling 26,000 samples/s");
  });

  it("storageTierChart: one point per tier from storageTierCost", () => {
    const spec = storageTierChart({ volume: 736, tiers: [{ name: "NVMe", pricePerTbMonth: 200, readBandwidth: q(5, "GB/s") }, { name: "object", pricePerTbMonth: 23, readBandwidth: q(100, "MB/s") }] });
    compiles(spec);
    const rows = (spec as { data: { values: Record<string, number>[] } }).data.values;
    expect(rows[1].seconds).toBeCloseTo(7360, 9);
    expect(rows[1].usd).toBeCloseTo(16.928, 9);
    expect(errorOf(() => storageTierChart({ volume: 1, tiers: [] })).message).toMatch(/tiers/);
  });

  it("dataDebtChart: (1 + r)^n with a 2× rule", () => {
    const spec = dataDebtChart({ rates: [0.2], periods: 4, periodName: "quarter" });
    compiles(spec);
    const rows = (spec.layer[0] as { data: { values: Record<string, number>[] } }).data.values;
    expect(rows[4].multiplier).toBeCloseTo(1.2 ** 4, 12);
    expect(errorOf(() => dataDebtChart({ periods: 500 })).message).toMatch(/periods/);
  });
});
