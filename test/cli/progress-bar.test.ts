import { describe, expect, it } from "vitest";
import { formatProgressBar } from "../../src/cli";

describe("formatProgressBar", () => {
  it("shows the bar, percent, counts, rate = done/elapsed and ETA = (total − done)/rate", () => {
    // 6M of 10M rows in 5 s: 1.2M rows/s, 4M rows left → 3.33 s, shown rounded up as 4s.
    expect(formatProgressBar({ label: "clickstream", done: 6e6, total: 1e7, elapsedMs: 5000, width: 10 }))
      .toBe("clickstream [######....]  60% 6.0M/10.0M rows 1.2M rows/s ETA 4s");
  });

  it("says done at the end and handles minutes and a zero start", () => {
    expect(formatProgressBar({ label: "x", done: 500, total: 500, elapsedMs: 1000, width: 4 })).toBe("x [####] 100% 500/500 rows 500 rows/s done");
    expect(formatProgressBar({ label: "x", done: 1e6, total: 1e8, elapsedMs: 1000, width: 4 })).toMatch(/ETA 1m39s$/);
    expect(formatProgressBar({ label: "x", done: 0, total: 10, elapsedMs: 0, width: 4 })).toBe("x [....]   0% 0/10 rows 0 rows/s ETA ?");
  });
});
