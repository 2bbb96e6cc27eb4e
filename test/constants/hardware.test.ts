import { describe, expect, it } from "vitest";
import { getConstant } from "../../src/constants/constant-registry";
import { getHardware, hardwareRegistry, listHardware, registerHardware } from "../../src/constants/hardware";
import { userSource } from "../../src/constants/provenance";
import type { HardwareSpec, Precision } from "../../src/constants/types";
import { q } from "../../src/units/quantity";
import { DimensionError, InvalidParameterError } from "../../src/util/errors";

const BOOK_IDS = ["V100", "T4", "A100", "H100", "B200", "MI300X", "TPUv4", "TPUv5p", "TPUv6", "CPU", "MobileNPU"];

/**
 * Oracles: the Table 21.x values per device, in the units printed
 * (`[id, table caption line, { precision: TFLOP/s }, GB/s, GiB or GB, W]`). Exact to rel 1e-12.
 */
const DEVICES: readonly [string, string, number, Partial<Record<Precision, number>>, number, [number, string] | undefined, number | undefined][] = [
  ["V100", "Table 21.1", 43516, { fp16: 125, fp32: 15.7 }, 900, [32, "GiB"], 300],
  ["T4", "Table 21.2", 43579, { fp16: 65, int8: 130 }, 320, undefined, 70],
  ["A100", "Table 21.3", 43638, { fp16: 312, bf16: 312, fp32: 19.5, tf32: 156, int8: 624 }, 2039, [80, "GiB"], 400],
  ["H100", "Table 21.4", 43715, { fp16: 989, bf16: 989, fp8: 1979, tf32: 494, int8: 1979 }, 3350, [80, "GiB"], 700],
  ["B200", "Table 21.5", 43792, { fp16: 2250, fp8: 4500, int4: 9000 }, 8000, [192, "GiB"], 1000],
  ["MI300X", "Table 21.6", 43863, { fp16: 1307 }, 5300, [192, "GiB"], 750],
  ["TPUv4", "Table 21.7", 43922, { bf16: 275 }, 1200, undefined, undefined],
  ["TPUv5p", "Table 20.10", 43001, { bf16: 459 }, 2760, [95, "GB"], undefined],
  ["TPUv6", "Table 21.7", 43922, { bf16: 2150 }, 4500, undefined, undefined],
  ["CPU", "Table 21.8", 43981, { fp32: 1 }, 50, undefined, undefined],
  ["MobileNPU", "Table 21.8", 43981, { int8: 50 }, 100, undefined, 3],
];

const close = (got: number | undefined, want: number): void => {
  expect(got).toBeDefined();
  expect(Math.abs((got as number) / want - 1)).toBeLessThan(1e-12);
};

describe("book devices", () => {
  it("has exactly the book's ids, in order", () => {
    expect(listHardware().map((h) => h.id)).toEqual(BOOK_IDS);
  });

  for (const [id, source, line, peaks, bandwidthGBs, capacity, tdpW] of DEVICES) {
    it(`${id}: values as printed in ${source} (L${line})`, () => {
      const hw = getHardware(id);
      expect(hw.provenance).toMatchObject({ seed: "004", source, line });
      expect(Object.keys(hw.peakFlops).sort()).toEqual(Object.keys(peaks).sort());
      for (const [precision, tflops] of Object.entries(peaks)) close(hw.peakFlops[precision as Precision]?.to("TFLOP/s"), tflops);
      close(hw.memoryBandwidth?.to("GB/s"), bandwidthGBs);
      if (capacity) close(hw.memoryCapacity?.to(capacity[1]), capacity[0]);
      else expect(hw.memoryCapacity).toBeUndefined();
      if (tdpW !== undefined) close(hw.tdp?.to("W"), tdpW);
      else expect(hw.tdp).toBeUndefined();
    });
  }

  it("every field cites a seed-004 line; Table 21.x fields cite their constant's row", () => {
    for (const hw of listHardware()) {
      expect(hw.provenance.seed).toBe("004");
      expect(hw.provenance.line).toBeGreaterThan(0);
      const cited = Object.keys(hw.fieldProvenance ?? {}).sort();
      const present = [
        ...Object.keys(hw.peakFlops).map((p) => `peakFlops.${p}`),
        ...(["memoryBandwidth", "memoryCapacity", "tdp"] as const).filter((f) => hw[f] !== undefined),
      ].sort();
      expect(cited).toEqual(present);
      for (const p of Object.values(hw.fieldProvenance ?? {})) {
        expect(p.seed).toBe("004");
        expect(p.line).toBeGreaterThan(0);
      }
    }
    expect(getHardware("A100").fieldProvenance?.memoryBandwidth).toEqual(getConstant("A100_MEM_BW").provenance);
    expect(getHardware("H100").fieldProvenance?.["peakFlops.fp8"]?.line).toBe(43740);
    expect(getHardware("A100").fieldProvenance?.["peakFlops.bf16"]).toMatchObject({ source: "Table 20.7", line: 42603 });
  });

  it("records the book's contradictions in notes", () => {
    expect(getHardware("A100").provenance.note).toMatch(/86 GB.*85\.9 GB/);
    expect(getHardware("H100").provenance.note).toMatch(/86 GB/);
    expect(getHardware("H100").provenance.note).toMatch(/60 TFLOPS/);
    expect(getHardware("H100").peakFlops.fp32).toBeUndefined();
    expect(getHardware("B200").provenance.note).toMatch(/FP4/);
    expect(getHardware("TPUv6").provenance.note).toMatch(/Trillium/);
    expect(getHardware("TPUv5p").provenance.note).toMatch(/4,800 Gbps/);
  });
});

describe("derived metrics computed from the registry", () => {
  /**
   * Ridge point I* = peak / bandwidth, 16-bit peak (INT8 for the NPU, FP32 for the CPU).
   * Book: H100 ≈ 295 (L43496, Table 20.8 L42632), A100 153 (Table 20.8); the rest are
   * the appendix catalog's recomputation. Tolerance 0.05 FLOP/B (one decimal).
   */
  const RIDGES: [string, Precision, number][] = [
    ["V100", "fp16", 138.9], ["T4", "fp16", 203.1], ["A100", "fp16", 153.0], ["H100", "fp16", 295.2],
    ["B200", "fp16", 281.25], ["MI300X", "fp16", 246.6], ["TPUv4", "bf16", 229.2], ["TPUv5p", "bf16", 166.3],
    ["TPUv6", "bf16", 477.8], ["CPU", "fp32", 20.0], ["MobileNPU", "int8", 500.0],
  ];
  for (const [id, precision, ridge] of RIDGES) {
    it(`${id} ridge point ≈ ${ridge} FLOP/B (${precision} peak ÷ memory bandwidth, to 0.1)`, () => {
      const hw = getHardware(id);
      const intensity = hw.peakFlops[precision]!.div(hw.memoryBandwidth!);
      expect(intensity.dimensionName).toBe("arithmeticIntensity");
      expect(Math.abs(intensity.to("FLOP/B") - ridge)).toBeLessThan(0.05);
    });
  }

  it("80 GiB of HBM is 85.9 GB: the book's '86 GB' (L43498) is the GiB figure in decimal units", () => {
    expect(getHardware("A100").memoryCapacity!.to("GB")).toBeCloseTo(85.9, 1);
    expect(getHardware("H100").memoryCapacity!.to("GiB")).toBe(80);
  });

  it("time to read all of HBM once (capacity ÷ bandwidth): H100 26 ms, A100 42 ms", () => {
    const readAll = (id: string): number => getHardware(id).memoryCapacity!.div(getHardware(id).memoryBandwidth!).to("ms");
    expect(readAll("H100")).toBeCloseTo(25.6, 1);
    expect(readAll("A100")).toBeCloseTo(42.1, 1);
  });
});

describe("registry behaviour", () => {
  const l4: HardwareSpec = {
    id: "L4", name: "NVIDIA L4", kind: "gpu", peakFlops: { fp16: q(121, "TFLOP/s") },
    memoryBandwidth: q(300, "GB/s"), memoryCapacity: q(24, "GB"), tdp: q(72, "W"), provenance: userSource("datasheet"),
  };

  it("registers a user device and gets it back by id, case-insensitively", () => {
    const stored = registerHardware(l4);
    expect(getHardware("l4")).toBe(stored);
    expect(stored.peakFlops.fp16!.to("TFLOP/s")).toBe(121);
    expect(stored.provenance).toEqual({ seed: "user", source: "registered by user", note: "datasheet" });
    expect(listHardware().map((h) => h.id)).toContain("L4");
    expect(hardwareRegistry.resolve("L4")).toBe(stored);
  });

  it("refuses a duplicate id unless asked to replace", () => {
    expect(() => registerHardware({ ...l4, id: "A100" })).toThrow(InvalidParameterError);
    expect(() => registerHardware({ ...l4, id: "a100" })).toThrow(/register hardware: id must be an id not yet registered .*; got "a100"/);
    const replaced = registerHardware({ ...l4, id: "L4", name: "L4 (edited)" }, { replace: true });
    expect(getHardware("L4").name).toBe("L4 (edited)");
    expect(replaced).toBe(getHardware("L4"));
  });

  it("an unknown id throws naming the id and listing the known ids", () => {
    try {
      getHardware("A200");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidParameterError);
      const message = (e as Error).message;
      expect(message).toMatch(/^getHardware: id must be one of /);
      expect(message).toMatch(/; got "A200"$/);
      for (const id of BOOK_IDS) expect(message).toContain(`"${id}"`);
    }
    expect(() => hardwareRegistry.resolve("A200", "trainingTime", "hardware")).toThrow(/^trainingTime: hardware must be one of .*; got "A200"$/);
  });

  it("records are deeply frozen", () => {
    const a100 = getHardware("A100");
    expect(Object.isFrozen(a100)).toBe(true);
    expect(Object.isFrozen(a100.peakFlops)).toBe(true);
    expect(Object.isFrozen(a100.fieldProvenance)).toBe(true);
    expect(Object.isFrozen(a100.peakFlops.fp16)).toBe(true);
    expect(() => {
      (a100 as { name: string }).name = "changed";
    }).toThrow(TypeError);
    expect(getHardware("A100").name).toBe("NVIDIA A100 (Ampere, SXM 80 GB)");
  });

  it("rejects bad user records, naming the field and value", () => {
    expect(() => registerHardware({ ...l4, id: "X1", peakFlops: {} })).toThrow(/registerHardware: peakFlops must be a record with at least one precision/);
    expect(() => registerHardware({ ...l4, id: "X2", memoryBandwidth: q(300, "TFLOP/s") as never })).toThrow(DimensionError);
    expect(() => registerHardware({ ...l4, id: "X2", memoryBandwidth: q(300, "TFLOP/s") as never })).toThrow(/memoryBandwidth must be a data rate/);
    expect(() => registerHardware({ ...l4, id: "X3", tdp: 72 as never })).toThrow(/registerHardware: tdp must be a quantity in W, e\.g\. q\(…, "W"\); got 72/);
    expect(() => registerHardware({ ...l4, id: " " })).toThrow(/register hardware: id must be a non-empty string; got " "/);
    expect(hardwareRegistry.has("X1") || hardwareRegistry.has("X2") || hardwareRegistry.has("X3")).toBe(false);
  });
});
