import { describe, expect, it } from "vitest";
import { peakFlopsOf } from "../../../src/calc/device/hardware-rates";
import { distributedTrainingTime } from "../../../src/calc/training/training-time";
import { userSource } from "../../../src/constants/provenance";
import type { HardwareSpec, Precision } from "../../../src/constants/types";
import { q, type Quantity } from "../../../src/units/quantity";
import { InvalidParameterError } from "../../../src/util/errors";
import { expectDimension, expectInvalid } from "../expect-errors";

const myDevice: HardwareSpec = {
  id: "MyNPU",
  name: "A user's own accelerator",
  kind: "npu",
  peakFlops: { fp16: q(100, "TFLOP/s"), int8: q(200, "TOPS") },
  provenance: userSource("test device"),
};

describe("peakFlopsOf", () => {
  it("reads the A100's FP16 tensor-core peak from the hardware registry (Table 21.3: 312 TFLOP/s)", () => {
    const rate = peakFlopsOf("A100", "fp16");
    expect(rate.dimensionName).toBe("flopRate");
    expect(rate.to("TFLOP/s")).toBe(312);
  });

  it("looks ids up case-insensitively", () => {
    expect(peakFlopsOf("a100", "fp32").to("TFLOP/s")).toBeCloseTo(19.5, 12);
    expect(peakFlopsOf("h100", "fp16").to("TFLOP/s")).toBeCloseTo(989, 12);
  });

  it("accepts a user's own record, which then works in every calculator", () => {
    expect(peakFlopsOf(myDevice, "int8").to("TOPS")).toBe(200);
    const t = distributedTrainingTime({ operations: 3.14e23, devices: 1024, peakFlopsPerDevice: peakFlopsOf(myDevice, "fp16"), efficiency: 0.45 });
    expect(t.time.to("day")).toBeCloseTo(25.278357 * 3.12, 4);
  });

  it("an unknown precision names the device and lists its precisions", () => {
    const e = expectInvalid(() => peakFlopsOf("A100", "fp8"), "peakFlopsOf", "precision", '"fp8"');
    expect(e.message).toContain('hardware "A100"');
    for (const p of ["fp16", "fp32", "tf32", "int8"]) expect(e.message).toContain(`"${p}"`);
    const own = expectInvalid(() => peakFlopsOf(myDevice, "bf16"), "peakFlopsOf", "precision", '"bf16"');
    expect(own.message).toContain('hardware "MyNPU" lists: "fp16", "int8"');
    expectInvalid(() => peakFlopsOf("A100", "fp64" as Precision), "peakFlopsOf", "precision", '"fp64"');
  });

  it("an unknown id lists the known ids", () => {
    const error = (() => {
      try {
        peakFlopsOf("A200", "fp16");
      } catch (e) {
        return e as InvalidParameterError;
      }
      throw new Error("expected a throw");
    })();
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error.message).toContain('got "A200"');
    expect(error.message).toContain('"A100"');
  });

  it("rejects something that is neither an id nor a record", () => {
    expectInvalid(() => peakFlopsOf(42 as unknown as string, "fp16"), "peakFlopsOf", "hardware", "42");
  });

  it("rejects a user record whose peak rate has the wrong dimension", () => {
    const broken = { ...myDevice, peakFlops: { fp16: q(2, "TB/s") as unknown as Quantity<"flopRate"> } };
    expectDimension(() => peakFlopsOf(broken, "fp16"), "peakFlopsOf", "peakFlops.fp16", "2 TB/s");
  });
});
