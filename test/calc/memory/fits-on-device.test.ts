import { describe, expect, it } from "vitest";
import { fitsOnDevice } from "../../../src/calc/memory/fits-on-device";
import { q } from "../../../src/units/quantity";
import { expectInvalid } from "../expect-errors";

describe("fitsOnDevice", () => {
  it("a 51.2 GB table fills 60 % of an A100 (80 GiB, the book's '86 GB', L12076); two do not fit", () => {
    const one = fitsOnDevice({ required: q(51.2, "GB"), device: "A100" });
    expect(one.fits).toBe(true);
    expect(one.utilisation).toBeCloseTo(0.596, 3);
    const two = fitsOnDevice({ required: q(102.4, "GB"), device: "A100" });
    expect(two.fits).toBe(false);
    expect(two.margin.to("GB")).toBeLessThan(0);
    expect(two.devicesNeeded).toBe(2);
  });
  it("a capacity and a reserve instead of a device", () => {
    const f = fitsOnDevice({ required: q(15.05, "MB"), capacity: q(512, "MB"), reserve: q(50, "MB") });
    expect(f.usable.to("MB")).toBe(462);
    expect(f.margin.to("MB")).toBeCloseTo(446.95, 9);
  });
  it("rejects neither or both of device and capacity, a device without capacity, a reserve ≥ capacity", () => {
    expectInvalid(() => fitsOnDevice({ required: 1 }), "fitsOnDevice", "device", "undefined");
    expectInvalid(() => fitsOnDevice({ required: 1, device: "A100", capacity: 1 }), "fitsOnDevice", "device", '"A100"');
    expectInvalid(() => fitsOnDevice({ required: 1, device: "T4" }), "fitsOnDevice", "device", '"T4"');
    expectInvalid(() => fitsOnDevice({ required: 1, capacity: 10, reserve: 10 }), "fitsOnDevice", "reserve", '"10 B"');
    expectInvalid(() => fitsOnDevice({ required: 1e300, capacity: 1 }), "fitsOnDevice", "required", '"1e+282 EB"');
  });
});
