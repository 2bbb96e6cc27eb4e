import { describe, expect, it } from "vitest";
import { bookSource, externalSource, userSource } from "../../src/constants/provenance";

describe("provenance helpers", () => {
  it("bookSource cites seed 004 and omits absent fields", () => {
    expect(bookSource("Table 21.3", 43638)).toEqual({ seed: "004", source: "Table 21.3", line: 43638 });
    expect(bookSource("Table 21.3", undefined, "n")).toEqual({ seed: "004", source: "Table 21.3", note: "n" });
  });

  it("userSource and externalSource mark values the book does not print", () => {
    expect(userSource()).toEqual({ seed: "user", source: "registered by user" });
    expect(externalSource("Ultralytics", "n")).toEqual({ seed: "external", source: "Ultralytics", note: "n" });
    expect(Object.isFrozen(externalSource("x"))).toBe(true);
  });
});
