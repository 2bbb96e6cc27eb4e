import { describe, expect, it } from "vitest";
import { DimensionError, InvalidParameterError } from "../../src/util/errors";
import { Quantity, asQuantity, isQuantity, parseQuantity, q } from "../../src/units/quantity";

describe("q and conversions", () => {
  it("stores values in base units and converts back", () => {
    expect(q(312, "TFLOP/s").to("FLOP/s")).toBe(312e12);
    expect(q(2039, "GB/s").to("TB/s")).toBeCloseTo(2.039, 12);
    expect(q(1, "day").to("h")).toBe(24);
    expect(q(1, "month").to("day")).toBe(30);
    expect(q(1, "year").to("day")).toBe(365);
  });

  it("keeps decimal and binary bytes apart (80 GiB is 85.9 GB, the book's '86 GB' slip, L43498)", () => {
    expect(q(80, "GiB").to("GB")).toBeCloseTo(85.89934592, 10);
    expect(q(1, "GB").to("B")).toBe(1e9);
    expect(q(1, "KiB").to("B")).toBe(1024);
  });

  it("treats bits as 1/8 byte and Gbps as a data rate", () => {
    expect(q(400, "Gbps").to("GB/s")).toBeCloseTo(50, 12);
    expect(q(16, "bit").to("B")).toBe(2);
  });

  it("derives dimensions through arithmetic", () => {
    const time = q(3.14e23, "FLOP").div(q(1024 * 312 * 0.45, "TFLOP/s"));
    expect(time.dimensionName).toBe("time");
    expect(time.to("day")).toBeCloseTo(25.2784, 4);
    const ridge = q(312, "TFLOP/s").div(q(2039, "GB/s"));
    expect(ridge.dimensionName).toBe("arithmeticIntensity");
    expect(ridge.to("FLOP/B")).toBeCloseTo(153.02, 2);
    const energy = q(400, "W").times(q(1, "h"));
    expect(energy.dimensionName).toBe("energy");
    expect(energy.to("kWh")).toBeCloseTo(0.4, 12);
  });

  it("scales by plain numbers and keeps the dimension", () => {
    const perDevice = q(32_000, "B/s");
    expect(perDevice.times(1e9).to("TB/s")).toBeCloseTo(32, 12);
    expect(perDevice.div(2).to("B/s")).toBe(16_000);
  });

  it("ratio of like quantities is a plain number", () => {
    expect(q(4, "h").ratio(q(30, "min"))).toBe(8);
  });

  it("compares like quantities", () => {
    expect(q(1, "h").compare(q(59, "min"))).toBe(1);
    expect(q(60, "min").compare(q(1, "h"))).toBe(0);
  });

  it("is frozen", () => {
    expect(Object.isFrozen(q(1, "s"))).toBe(true);
  });

  it("serialises to the display unit", () => {
    expect(JSON.parse(JSON.stringify(q(2.5, "TB/s")))).toEqual({ value: 2.5, unit: "TB/s", dimension: "dataRate" });
  });
});

describe("dimension errors name both dimensions", () => {
  it("adding TFLOP/s to TB/s fails at run time", () => {
    const compute = q(312, "TFLOP/s") as Quantity<string>;
    const memory = q(2, "TB/s") as Quantity<string>;
    expect(() => compute.plus(memory)).toThrow(DimensionError);
    expect(() => compute.plus(memory)).toThrow(/flop rate \(flop\/s\).*data rate \(B\/s\)/);
  });

  it("converting to a unit of another dimension fails", () => {
    expect(() => q(312, "TFLOP/s").to("GB")).toThrow(/cannot convert flop rate \(flop\/s\) to "GB"/);
  });

  it("compile-time: mixing named dimensions does not type-check", () => {
    const compute = q(312, "TFLOP/s");
    const memory = q(2, "TB/s");
    // @ts-expect-error a data rate is not a flop rate
    expect(() => compute.plus(memory)).toThrow(DimensionError);
    // @ts-expect-error time and data differ
    expect(() => q(1, "s").minus(q(1, "GB"))).toThrow(DimensionError);
    const time: Quantity<"time"> = q(1, "FLOP").div(q(1, "FLOP/s"));
    expect(time.to("s")).toBe(1);
  });

  it("flop is its own dimension, not a plain count", () => {
    expect(() => (q(1, "FLOP") as Quantity<string>).plus(q(1, "param"))).toThrow(DimensionError);
    expect(() => (q(1, "token") as Quantity<string>).plus(q(1, "param"))).toThrow(/token.*param/);
  });
});

describe("bad input", () => {
  it.each([NaN, Infinity, -Infinity])("rejects non-finite value %s naming the parameter", (value) => {
    expect(() => q(value, "s")).toThrow(InvalidParameterError);
    expect(() => q(value, "s")).toThrow(new RegExp(`q: value must be a finite number.*got ${value}`));
  });

  it("rejects unknown units naming the symbol", () => {
    expect(() => q(1, "furlong")).toThrow(/unknown symbol "furlong"/);
    expect(() => q(1, "GB//s")).toThrow(InvalidParameterError);
  });

  it("rejects division by zero", () => {
    expect(() => q(1, "FLOP").div(0)).toThrow(/divisor must be a finite non-zero/);
    expect(() => q(1, "FLOP").div(q(0, "FLOP/s"))).toThrow(InvalidParameterError);
  });
});

describe("parseQuantity", () => {
  it.each([
    ["312 TFLOP/s", 312e12, "flopRate"],
    ["3.14e23 FLOP", 3.14e23, "flop"],
    ["1,024 s", 1024, "time"],
    ["$0.50", 0.5, "money"],
    ["16 kHz", 16_000, "frequency"],
    ["23 USD/TB/month", 23 / 1e12 / (30 * 86_400), "storagePrice"],
    ["160 pJ/B", 160e-12, "energyPerData"],
    ["0.12 USD/kWh", 0.12 / 3.6e6, "pricePerEnergy"],
    ["15 h·W", 15 * 3600, "energy"],
    ["2 m^2", 2, "length^2"],
  ])("%s", (text, base, dimension) => {
    const parsed = parseQuantity(text);
    expect(parsed.baseValue).toBeCloseTo(base as number, 20);
    expect(parsed.baseValue / (base as number)).toBeCloseTo(1, 12);
    if (dimension !== "length^2") expect(parsed.dimensionName).toBe(dimension);
    else expect(parsed.dimensionName).toBe("[m^2]");
  });

  it("rejects text without a number", () => {
    expect(() => parseQuantity("fast")).toThrow(/parseQuantity: text must be a number followed by a unit/);
  });
});

describe("asQuantity", () => {
  it("accepts a number in the default unit or a quantity of the right dimension", () => {
    expect(asQuantity("f", "rate", 312e12, "FLOP/s").to("TFLOP/s")).toBe(312);
    expect(asQuantity("f", "rate", q(312, "TFLOP/s"), "FLOP/s").to("TFLOP/s")).toBe(312);
  });

  it("names the function, parameter and both dimensions on mismatch", () => {
    expect(() => asQuantity("trainingTime", "peakFlops", q(2, "TB/s"), "FLOP/s")).toThrow(
      "trainingTime: peakFlops must be a flop rate (flop/s); got 2 TB/s, a data rate (B/s)",
    );
  });

  it("rejects non-finite numbers", () => {
    expect(() => asQuantity("f", "bandwidth", NaN, "B/s")).toThrow(/f: bandwidth must be a finite number \(in B\/s\) or a quantity; got NaN/);
  });

  it("isQuantity checks kind and dimension", () => {
    expect(isQuantity(q(1, "s"))).toBe(true);
    expect(isQuantity(q(1, "s"), "time")).toBe(true);
    expect(isQuantity(q(1, "s"), "data")).toBe(false);
    expect(isQuantity(1)).toBe(false);
  });
});
