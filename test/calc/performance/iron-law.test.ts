import { describe, expect, it } from "vitest";
import { ironLaw, ironLawEnergy, type IronLawInput } from "../../../src/calc/performance/iron-law";
import { q, type Quantity } from "../../../src/units/quantity";
import { expectDimension, expectInvalid } from "../expect-errors";

// ResNet-50 batch 1 on an A100 (WE-2.2, seed 004 L2657–L2704): 51.2 MB of FP16 weights
// over 2.04 TB/s, 4.1 GFLOP at 312 TFLOP/s.
const resnet: IronLawInput = {
  dataVolume: q(51.2, "MB"),
  bandwidth: q(2.04, "TB/s"),
  operations: q(4.1, "GFLOP"),
  peakFlops: q(312, "TFLOP/s"),
  efficiency: 1,
  latency: 0,
};

describe("ironLaw (Eq. 1.4 / 1.5, seed 004 L1288, L1306)", () => {
  it("splits time into data, compute and latency terms (WE-2.2: 0.025 ms vs 0.013 ms, L2681; rel. 1e-9)", () => {
    const r = ironLaw({ ...resnet, latency: q(10, "µs") });
    expect(r.dataTime.to("s")).toBeCloseTo(51.2e6 / 2.04e12, 15);
    expect(r.computeTime.to("s")).toBeCloseTo(4.1e9 / 312e12, 15);
    expect(r.latencyTime.to("µs")).toBeCloseTo(10, 9);
    expect(r.total.to("s")).toBeCloseTo(51.2e6 / 2.04e12 + 4.1e9 / 312e12 + 10e-6, 15);
    expect(r.dominant).toBe("data");
    expect(r.mode).toBe("sequential");
    expect(r.total.dimensionName).toBe("time");
  });

  it("takes plain numbers in B, B/s, FLOP, FLOP/s and s", () => {
    const r = ironLaw({ dataVolume: 51.2e6, bandwidth: 2.04e12, operations: 4.1e9, peakFlops: 312e12, efficiency: 1, latency: 0 });
    expect(r.total.to("s")).toBeCloseTo(ironLaw(resnet).total.to("s"), 18);
  });

  it("divides the compute term by η", () => {
    const full = ironLaw(resnet).computeTime.to("s");
    const half = ironLaw({ ...resnet, efficiency: 0.5 }).computeTime.to("s");
    expect(half / full).toBeCloseTo(2, 12);
  });

  it("pipelined mode replaces the sum of data and compute by their max (Eq. 1.5)", () => {
    const r = ironLaw({ ...resnet, latency: 0.001, overlap: true });
    expect(r.mode).toBe("pipelined");
    expect(r.total.to("s")).toBeCloseTo(Math.max(51.2e6 / 2.04e12, 4.1e9 / 312e12) + 0.001, 15);
    const computeBound = ironLaw({ ...resnet, operations: q(100, "GFLOP"), overlap: true });
    expect(computeBound.total.to("s")).toBeCloseTo(100e9 / 312e12, 15);
    expect(computeBound.dominant).toBe("compute");
  });

  it("doubling R_peak shrinks only the compute term (self-test, L1375)", () => {
    const base = ironLaw(resnet);
    const faster = ironLaw({ ...resnet, peakFlops: q(624, "TFLOP/s") });
    expect(faster.dataTime.to("s")).toBe(base.dataTime.to("s"));
    expect(faster.computeTime.to("s")).toBeCloseTo(base.computeTime.to("s") / 2, 18);
  });

  it("names the latency term when overhead dominates", () => {
    expect(ironLaw({ ...resnet, latency: q(5, "ms") }).dominant).toBe("latency");
  });

  it("resolves ties compute > data > latency, as documented", () => {
    const tie = { dataVolume: 1, bandwidth: 1, operations: 1, peakFlops: 1, efficiency: 1, latency: 1 };
    expect(ironLaw(tie).dominant).toBe("compute");
    expect(ironLaw({ ...tie, operations: 0.5 }).dominant).toBe("data");
    expect(ironLaw({ ...tie, operations: 0, dataVolume: 0, latency: 0 }).dominant).toBe("compute");
  });

  describe("rejects bad inputs with the parameter and value in the message", () => {
    it.each([
      ["dataVolume", Number.NaN, "NaN"],
      ["dataVolume", -1, "-1"],
      ["bandwidth", 0, "0"],
      ["bandwidth", Number.POSITIVE_INFINITY, "Infinity"],
      ["operations", -5, "-5"],
      ["peakFlops", 0, "0"],
      ["efficiency", 0, "0"],
      ["efficiency", 1.5, "1.5"],
      ["efficiency", Number.NaN, "NaN"],
      ["latency", -0.001, "-0.001"],
    ] as const)("%s = %s", (parameter, value, text) => {
      expectInvalid(() => ironLaw({ ...resnet, [parameter]: value }), "ironLaw", parameter, text);
    });

    it("a negative or zero quantity is reported in its own unit", () => {
      expectInvalid(() => ironLaw({ ...resnet, dataVolume: q(-1, "GB") }), "ironLaw", "dataVolume", '"-1 GB"');
      expectInvalid(() => ironLaw({ ...resnet, bandwidth: q(0, "TB/s") }), "ironLaw", "bandwidth", '"0 TB/s"');
    });

    it("a quantity of the wrong dimension is a DimensionError", () => {
      expectDimension(() => ironLaw({ ...resnet, bandwidth: q(312, "TFLOP/s") as unknown as Quantity<"dataRate"> }), "ironLaw", "bandwidth", "312 TFLOP/s");
      expectDimension(() => ironLaw({ ...resnet, latency: q(1, "GB") as unknown as Quantity<"time"> }), "ironLaw", "latency", "1 GB");
    });

    it("overlap must be a boolean", () => {
      expectInvalid(() => ironLaw({ ...resnet, overlap: "yes" as unknown as boolean }), "ironLaw", "overlap", '"yes"');
    });

    it("the types reject a quantity of the wrong dimension at compile time", () => {
      // @ts-expect-error a flop rate is not a bandwidth
      const call = () => ironLaw({ ...resnet, bandwidth: q(1, "TFLOP/s") });
      expect(call).toThrow();
    });
  });
});

describe("ironLawEnergy (Eq. 1.6, seed 004 L1357)", () => {
  it("sums movement and compute energy in joules", () => {
    const e = ironLawEnergy({ dataVolume: q(1, "GB"), energyPerByte: q(160, "pJ/B"), operations: q(1, "TFLOP"), energyPerFlop: q(1.1, "pJ/FLOP") });
    expect(e.movementEnergy.to("J")).toBeCloseTo(0.16, 12);
    expect(e.computeEnergy.to("J")).toBeCloseTo(1.1, 12);
    expect(e.total.to("J")).toBeCloseTo(1.26, 12);
    expect(e.dominant).toBe("compute");
  });

  it("movement dominates when a byte costs 100× a FLOP and bytes ≈ FLOPs (L1359)", () => {
    const e = ironLawEnergy({ dataVolume: 1e9, energyPerByte: 100e-12, operations: 1e9, energyPerFlop: 1e-12 });
    expect(e.dominant).toBe("movement");
    expect(e.movementEnergy.ratio(e.computeEnergy)).toBeCloseTo(100, 9);
  });

  it("a tie goes to movement", () => {
    expect(ironLawEnergy({ dataVolume: 0, energyPerByte: 0, operations: 0, energyPerFlop: 0 }).dominant).toBe("movement");
  });

  it.each([
    ["dataVolume", -1, "-1"],
    ["energyPerByte", Number.NaN, "NaN"],
    ["operations", Number.NEGATIVE_INFINITY, "-Infinity"],
    ["energyPerFlop", -1e-12, "-1e-12"],
  ] as const)("rejects %s = %s", (parameter, value, text) => {
    const good = { dataVolume: 1, energyPerByte: 1, operations: 1, energyPerFlop: 1 };
    expectInvalid(() => ironLawEnergy({ ...good, [parameter]: value }), "ironLawEnergy", parameter, text);
  });

  it("rejects an energy per FLOP given as energy per byte", () => {
    const good = { dataVolume: 1, energyPerByte: 1, operations: 1 };
    expectDimension(
      () => ironLawEnergy({ ...good, energyPerFlop: q(1, "pJ/B") as unknown as Quantity<"energyPerFlop"> }),
      "ironLawEnergy",
      "energyPerFlop",
      "1 pJ/B",
    );
  });
});
