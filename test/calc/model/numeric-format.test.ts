import { describe, expect, it } from "vitest";
import { bytesPerElement, parameterMemory } from "../../../src/calc/model/numeric-format";
import { q } from "../../../src/units/quantity";
import { expectInvalid } from "../expect-errors";

describe("bytesPerElement", () => {
  it("gives the book's bytes per format (Notation L500–L508)", () => {
    expect(["fp32", "tf32", "fp16", "bf16", "fp8", "int8", "int4"].map((p) => bytesPerElement(p as never))).toEqual([4, 4, 2, 2, 1, 1, 0.5]);
  });
  it("rejects an unknown format", () => {
    expectInvalid(() => bytesPerElement("fp64" as never), "bytesPerElement", "precision", '"fp64"');
  });
});

describe("parameterMemory", () => {
  it("reproduces Table 20.4: 7B at FP16 is 14 GB, at INT8 7 GB", () => {
    expect(parameterMemory({ params: 7e9, precision: "fp16" }).to("GB")).toBe(14);
    expect(parameterMemory({ params: q(7, "Bparam"), precision: "int8" }).to("GB")).toBe(7);
  });
  it("rejects bad input with the contract's errors", () => {
    expectInvalid(() => parameterMemory({ params: -1, precision: "fp16" }), "parameterMemory", "params", "-1");
    expectInvalid(() => parameterMemory(undefined as never), "parameterMemory", "input", "undefined");
    expectInvalid(() => parameterMemory({ params: 1, precision: "fp16", precison: "fp8" } as never), "parameterMemory", "input.precison", '"fp8"');
  });
});
