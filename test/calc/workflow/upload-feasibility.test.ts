import { describe, expect, it } from "vitest";
import { uploadFeasibility } from "../../../src/calc/workflow/upload-feasibility";
import { q } from "../../../src/units/quantity";
import { expectInvalid } from "../expect-errors";

const clinic = { itemsPerDay: 150, filesPerItem: 10, fileSize: 5, uplink: 2, operatingTime: 8 };

describe("uploadFeasibility (Ch. 3, the rural clinic)", () => {
  it("7,500 MB over 2 Mbps takes 30,000 s, 104 % of an 8-hour day; 10 KB summaries send 5,000× less", () => {
    const r = uploadFeasibility({ ...clinic, summaryPerItem: 10 });
    expect(r.dailyVolume.to("MB")).toBe(7500);
    expect(r.uploadTime.to("s")).toBeCloseTo(30_000, 9);
    expect(r.shareOfOperatingTime).toBeCloseTo(1.0417, 4);
    expect(r.fits).toBe(false);
    expect(r.reduction).toBeCloseTo(5000, 9);
  });

  it("takes quantities and works without a summary", () => {
    const r = uploadFeasibility({ ...clinic, fileSize: q(5, "MB"), uplink: q(100, "Mbps"), operatingTime: q(8, "h") });
    expect(r.fits).toBe(true);
    expect([r.summaryVolume, r.reduction]).toEqual([null, null]);
  });

  it("rejects a zero uplink and negative counts", () => {
    expectInvalid(() => uploadFeasibility({ ...clinic, uplink: 0 }), "uploadFeasibility", "uplink", "0");
    expectInvalid(() => uploadFeasibility({ ...clinic, itemsPerDay: -1 }), "uploadFeasibility", "itemsPerDay", "-1");
  });
});
