import { describe, expect, it } from "vitest";
import { q } from "../../src/units";

describe("smoke", () => {
  it("divides flop by a flop rate into time", () => {
    expect(q(3.14e23, "FLOP").div(q(1024 * 312 * 0.45, "TFLOP/s")).to("day")).toBeCloseTo(25.278, 3);
  });
});
