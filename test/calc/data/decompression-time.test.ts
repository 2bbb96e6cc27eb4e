import { describe, expect, it } from "vitest";
import { decompressionTime } from "../../../src/calc/data/decompression-time";
import { q } from "../../../src/units/quantity";
import { expectInvalid } from "../expect-errors";

describe("decompressionTime (Ch. 4, gzip vs Snappy)", () => {
  it("100 GB: gzip 13.9 min, Snappy 3.3 min; 50 epochs apart by 8.8 h", () => {
    const gzip = decompressionTime({ volume: q(100, "GB"), throughput: q(120, "MB/s"), epochs: 50, compressionRatio: 7 });
    const snappy = decompressionTime({ volume: q(100, "GB"), throughput: q(500, "MB/s"), epochs: 50 });
    expect(gzip.perEpoch.to("min")).toBeCloseTo(13.89, 2);
    expect(snappy.perEpoch.to("min")).toBeCloseTo(3.33, 2);
    expect(gzip.total.minus(snappy.total).to("h")).toBeCloseTo(8.796, 3);
    expect(gzip.storedVolume?.to("GB")).toBeCloseTo(100 / 7, 12);
  });

  it("rejects bad epochs and ratios", () => {
    expectInvalid(() => decompressionTime({ volume: 1, throughput: 1, epochs: 0 }), "decompressionTime", "epochs", "0");
    expectInvalid(() => decompressionTime({ volume: 1, throughput: 1, compressionRatio: 0.5 }), "decompressionTime", "compressionRatio", "0.5");
  });
});
