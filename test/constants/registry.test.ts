import { describe, expect, it } from "vitest";
import { createRegistry } from "../../src/constants/registry";
import { InvalidParameterError } from "../../src/util/errors";

describe("createRegistry", () => {
  const make = () => createRegistry("colour", [{ id: "red", hex: "#f00" }]);

  it("looks ids up case-insensitively and reports membership", () => {
    const colours = make();
    expect(colours.get("RED").hex).toBe("#f00");
    expect(colours.has("Red")).toBe(true);
    expect(colours.has("blue")).toBe(false);
    expect(colours.has(42 as never)).toBe(false);
  });

  it("names the caller in lookup errors when given one, else the registry kind", () => {
    const colours = make();
    expect(() => colours.get("blue")).toThrow(/^colour: id must be one of "red" \(or register your own\); got "blue"$/);
    expect(() => colours.get("blue", "paint", "colour")).toThrow(/^paint: colour must be one of "red" .*; got "blue"$/);
    expect(() => colours.resolve("blue", "paint", "colour")).toThrow(/^paint: colour must be one of "red" .*; got "blue"$/);
    expect(() => colours.resolve(7 as never, "paint", "colour")).toThrow(InvalidParameterError);
  });

  it("resolve passes user records through unchanged", () => {
    const mine = { id: "teal", hex: "#088" };
    expect(make().resolve(mine)).toBe(mine);
  });
});
