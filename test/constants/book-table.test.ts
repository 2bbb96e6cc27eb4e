import { describe, expect, it } from "vitest";
import { bookTable } from "../../src/constants/book-table";
import { q } from "../../src/units/quantity";
import { InvalidParameterError } from "../../src/util/errors";

describe("bookTable", () => {
  const row = bookTable("Table 21.12", "economics");
  const egress = { id: "CLOUD_EGRESS_PER_GB", value: q(0.09, "USD/GB"), printedUnit: "dollar/GB", line: 44431, description: "Egress price." };

  it("builds a frozen constant citing the table and the row's line (Table 21.12, L44431)", () => {
    const spec = row({ ...egress, note: "n" });
    expect(spec).toMatchObject({ id: "CLOUD_EGRESS_PER_GB", printedUnit: "dollar/GB", group: "economics", description: "Egress price." });
    expect(spec.provenance).toEqual({ seed: "004", source: "Table 21.12", line: 44431, note: "n" });
    expect(Object.isFrozen(spec)).toBe(true);
    expect(Object.isFrozen(spec.provenance)).toBe(true);
    expect(row({ ...egress, value: 3 }).value).toBe(3);
  });

  it("rejects an empty id, a non-finite number, a non-quantity value and a bad line, naming them", () => {
    expect(() => row({ ...egress, id: "" })).toThrow(InvalidParameterError);
    expect(() => row({ ...egress, id: "" })).toThrow(/bookTable\("Table 21.12"\): id must be a non-empty string; got ""/);
    expect(() => row({ ...egress, value: Number.POSITIVE_INFINITY })).toThrow(/CLOUD_EGRESS_PER_GB\.value must be a finite number; got Infinity/);
    expect(() => row({ ...egress, value: "0.09" as never })).toThrow(/CLOUD_EGRESS_PER_GB\.value must be a finite number or a Quantity; got "0\.09"/);
    expect(() => row({ ...egress, line: 0 })).toThrow(/CLOUD_EGRESS_PER_GB\.line must be an integer ≥ 1; got 0/);
  });
});
