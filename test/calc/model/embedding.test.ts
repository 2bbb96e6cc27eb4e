import { describe, expect, it } from "vitest";
import { embeddingTable } from "../../../src/calc/model/embedding";
import { expectInvalid } from "../expect-errors";

describe("embeddingTable", () => {
  it("1e9 users × 128 × 4 B ≈ 512 GB (L11967); 1e8 items ≈ 51.2 GB (L12072)", () => {
    expect(embeddingTable({ entries: 1e9, dimension: 128, precision: "fp32" }).memory.to("GB")).toBe(512);
    const items = embeddingTable({ entries: 100e6, dimension: 128, precision: "fp32" });
    expect(items.params).toBe(12.8e9);
    expect(items.memory.to("GB")).toBe(51.2);
  });
  it("rejects a fractional entry count", () => {
    expectInvalid(() => embeddingTable({ entries: 1.5, dimension: 8, precision: "fp32" }), "embeddingTable", "entries", "1.5");
  });
});
