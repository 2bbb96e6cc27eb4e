import { describe, expect, it } from "vitest";
import { NAMED_DIMENSIONS, baseUnitExpression, describeDimension, nameOfDimension } from "../../src/units/dimension";
import { parseUnit, splitQuantityText } from "../../src/units/parse";

describe("parseUnit", () => {
  it("divides left to right: USD/TB/month is USD per TB per month", () => {
    const unit = parseUnit("USD/TB/month");
    expect(nameOfDimension(unit.dimension)).toBe("storagePrice");
    expect(unit.factor).toBeCloseTo(1 / 1e12 / 2_592_000, 30);
  });

  it("multiplies with *, · or a space, and takes integer powers", () => {
    expect(parseUnit("h·W").factor).toBe(3600);
    expect(parseUnit("h W").factor).toBe(3600);
    expect(parseUnit("W*h").factor).toBe(3600);
    expect(baseUnitExpression(parseUnit("m^2").dimension)).toBe("m^2");
    expect(baseUnitExpression(parseUnit("s⁻¹").dimension)).toBe("1/s");
  });

  it("the empty expression is dimensionless", () => {
    expect(nameOfDimension(parseUnit("").dimension)).toBe("dimensionless");
    expect(parseUnit("%").factor).toBe(0.01);
  });

  it.each(["GB//s", "/s", "GB/", "furlong"])("rejects %j", (expression) => {
    expect(() => parseUnit(expression)).toThrow(/parseUnit: unit must be/);
  });
});

describe("splitQuantityText", () => {
  it("reads thousands separators, exponents and a leading dollar", () => {
    expect(splitQuantityText("1,111,111 h")).toEqual({ value: 1_111_111, unit: "h" });
    expect(splitQuantityText("3.14e23 FLOP")).toEqual({ value: 3.14e23, unit: "FLOP" });
    expect(splitQuantityText("$0.50/year")).toEqual({ value: 0.5, unit: "USD/year" });
  });
});

describe("dimension descriptions", () => {
  it("names known dimensions and spells out unknown ones", () => {
    expect(describeDimension(NAMED_DIMENSIONS.flopRate)).toBe("flop rate (flop/s)");
    expect(describeDimension(parseUnit("B·s").dimension)).toBe("[s·B]");
    expect(describeDimension(NAMED_DIMENSIONS.dimensionless)).toBe("a dimensionless number");
  });
});
