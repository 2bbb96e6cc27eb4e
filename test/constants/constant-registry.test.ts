import { describe, expect, it } from "vitest";
import {
  constantQuantity,
  constantRegistry,
  constantValue,
  getConstant,
  listConstants,
  registerConstant,
} from "../../src/constants/constant-registry";
import { userSource } from "../../src/constants/provenance";
import { Quantity, q } from "../../src/units/quantity";
import { DimensionError, InvalidParameterError } from "../../src/util/errors";
import { BOOK_CONSTANT_ROWS, COMPARE_UNIT, readBookLines } from "./book-constant-rows";

const relativeError = (got: number, want: number): number => (want === 0 ? Math.abs(got) : Math.abs(got / want - 1));

describe("book constants (oracles: printed value and unit, exact to rel 1e-12)", () => {
  it("the registry holds exactly the book's rows: none missing, none extra", () => {
    const sorted = (ids: string[]): string[] => [...ids].sort();
    expect(sorted(constantRegistry.list().map((c) => c.id))).toEqual(sorted(BOOK_CONSTANT_ROWS.map(([, id]) => id)));
    expect(BOOK_CONSTANT_ROWS).toHaveLength(101);
  });

  for (const [source, id, printedValue, printedUnit, line] of BOOK_CONSTANT_ROWS) {
    it(`${id} = ${printedValue} ${printedUnit} (${source}, L${line})`, () => {
      const spec = getConstant(id);
      expect(spec.id).toBe(id);
      expect(spec.printedUnit).toBe(printedUnit);
      expect(spec.provenance).toMatchObject({ seed: "004", source, line });
      expect(spec.description.length).toBeGreaterThan(10);
      const value = constantValue(id);
      if (printedUnit === "-") {
        expect(value).toBe(Number(printedValue));
      } else {
        expect(value).toBeInstanceOf(Quantity);
        const got = (value as Quantity).to(COMPARE_UNIT[printedUnit] ?? printedUnit);
        expect(relativeError(got, Number(printedValue))).toBeLessThan(1e-12);
      }
    });
  }

  const lines = readBookLines();
  describe.skipIf(lines === undefined)("cited lines match the seed text (seeds/004_*.txt)", () => {
    const at = (line: number): string => (lines as readonly string[])[line - 1].trim();
    it("Table 21.x rows: the cited line is the identifier, followed by value and unit", () => {
      const wrong = BOOK_CONSTANT_ROWS.filter(([source]) => source.startsWith("Table 21."))
        .filter(([, id, value, unit, line]) => at(line) !== id || at(line + 1) !== value || at(line + 2) !== unit);
      expect(wrong).toEqual([]);
    });
    it("Table 20.10 rows: the cited line prints the value and unit", () => {
      const wrong = BOOK_CONSTANT_ROWS.filter(([source]) => source === "Table 20.10")
        .filter(([, , value, unit, line]) => !at(line).includes(`${value} ${unit}`));
      expect(wrong).toEqual([]);
    });
    it("Listing 4.2 rows: the cited line assigns the value to the identifier", () => {
      const wrong = BOOK_CONSTANT_ROWS.filter(([source]) => source === "Listing 4.2")
        .filter(([, id, value, , line]) => at(line) !== `${id} = ${value}`);
      expect(wrong).toEqual([]);
    });
    it("each table's caption is on the line the records cite", () => {
      const captions: [number, string][] = [
        [43516, "Table 21.1:"], [43579, "Table 21.2:"], [43638, "Table 21.3:"], [43715, "Table 21.4:"],
        [43792, "Table 21.5:"], [43863, "Table 21.6:"], [43922, "Table 21.7:"], [43981, "Table 21.8:"],
        [44061, "Table 21.9:"], [44188, "Table 21.10:"], [44291, "Table 21.11:"], [44406, "Table 21.12:"],
        [44455, "Table 21.13:"], [44540, "Table 21.14:"], [43001, "Table 20.10:"], [6268, "Listing 4.2:"],
      ];
      for (const [line, caption] of captions) expect(at(line).replace(/\u00a0/g, " ")).toContain(caption);
    });
  });
});

describe("unit conventions carried by the constants", () => {
  it("integer-op rates printed as TFLOPs/s are stored in the flop-rate dimension and say so", () => {
    for (const id of ["T4_FLOPS_INT8", "A100_FLOPS_INT8", "H100_FLOPS_INT8", "B200_FLOPS_INT4", "MOBILE_NPU_TOPS_INT8"]) {
      const spec = getConstant(id);
      expect((spec.value as Quantity).dimensionName).toBe("flopRate");
      expect(spec.provenance.note).toMatch(/TOPS/);
    }
    expect(getConstant("B200_FLOPS_INT4").provenance.note).toMatch(/FP4/);
  });

  it("capacities stay in GiB as printed: 80 GiB is 85.9 GB, the book's '86 GB' slip (L43498)", () => {
    const capacity = constantQuantity("A100_MEM_CAPACITY", "GiB");
    expect(capacity.to("GiB")).toBe(80);
    expect(capacity.to("GB")).toBeCloseTo(85.9, 1);
    expect(getConstant("H100_MEM_CAPACITY").provenance.note).toMatch(/86 GB/);
  });

  it("Gbps and GB/s convert exactly (Table 21.11 notes: NDR 50 GB/s, 10G 1.25 GB/s)", () => {
    expect(constantQuantity("INFINIBAND_NDR_BW", "GB/s").to("GB/s")).toBeCloseTo(50, 12);
    expect(constantQuantity("INFINIBAND_GXDR_BW", "GB/s").to("GB/s")).toBeCloseTo(200, 12);
    expect(constantQuantity("NETWORK_10G_BW", "GB/s").to("GB/s")).toBeCloseTo(1.25, 12);
  });

  it("book arithmetic that follows from the constants reproduces (appendix notes)", () => {
    // DRAM energy per byte = 640 pJ per 32-bit access / 4 B (Table 21.10).
    const perAccess = constantQuantity("ENERGY_DRAM_ACCESS_PJ", "pJ");
    expect(perAccess.div(q(4, "B")).to("pJ/B")).toBeCloseTo(constantQuantity("ENERGY_DRAM_PJ_PER_BYTE", "pJ/B").to("pJ/B"), 9);
    // Table 20.2's ~581× DRAM-vs-FP16 ratio = 640 / 1.1.
    expect(perAccess.div(constantQuantity("ENERGY_FLOP_FP16_PJ", "pJ/flop").times(q(1, "flop"))).to("1")).toBeCloseTo(581.8, 1);
    // 6·P·D with 300B tokens gives 3.15e23 ≈ GPT3_TRAINING_OPS (3.14e23).
    const sixPD = 6 * constantQuantity("GPT3_PARAMS", "param").to("param") * 300e9;
    expect(sixPD / constantQuantity("GPT3_TRAINING_OPS", "FLOP").to("FLOP")).toBeCloseTo(1.003, 3);
    // Egress of 1 PB at $0.09/GB = $90,000 (Table 21.12 notes).
    expect(constantQuantity("CLOUD_EGRESS_PER_GB", "USD/GB").times(q(1, "PB")).to("USD")).toBeCloseTo(90_000, 6);
    // Raw 1080p RGB at 30 fps = 186.6 MB/s (Table 21.13 notes).
    const pixels = (constantValue("VIDEO_1080P_WIDTH") as number) * (constantValue("VIDEO_1080P_HEIGHT") as number);
    const rate = constantQuantity("VIDEO_BYTES_PER_PIXEL_RGB", "B").times(pixels).times(constantQuantity("VIDEO_FPS_STANDARD", "Hz"));
    expect(rate.to("MB/s")).toBeCloseTo(186.624, 6);
  });

  it("GPT3_TRAINING_DAYS_REF is 25 wall-clock days and records the '$29' energy-example error (L43500)", () => {
    expect(constantQuantity("GPT3_TRAINING_DAYS_REF", "day").to("day")).toBe(25);
    expect(getConstant("GPT3_TRAINING_DAYS_REF").provenance.note).toMatch(/\$29/);
    expect(constantValue("GPT4_TRAINING_ACCELERATOR_DAYS")).toBe(2.5e6);
  });
});

describe("lookups", () => {
  it("ids are case-insensitive and return the same frozen record", () => {
    expect(getConstant("cloud_egress_per_gb")).toBe(getConstant("CLOUD_EGRESS_PER_GB"));
    expect(getConstant("S3_PER_TB_MO").id).toBe("s3_per_tb_mo");
    expect(Object.isFrozen(getConstant("CLOUD_EGRESS_PER_GB"))).toBe(true);
    expect(Object.isFrozen(getConstant("CLOUD_EGRESS_PER_GB").provenance)).toBe(true);
  });

  it("an unknown id throws naming the id and listing the known ones", () => {
    for (const lookup of [getConstant, constantValue]) {
      try {
        lookup("CLOUD_EGRESS_PER_TB");
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(InvalidParameterError);
        expect((e as Error).message).toMatch(/^(getConstant|constantValue): id must be one of .*"CLOUD_EGRESS_PER_GB".*; got "CLOUD_EGRESS_PER_TB"$/);
      }
    }
  });

  it("constantQuantity checks the dimension and refuses plain numbers", () => {
    expect(() => constantQuantity("A100_MEM_BW", "TFLOP/s")).toThrow(DimensionError);
    expect(() => constantQuantity("A100_MEM_BW", "TFLOP/s")).toThrow(/A100_MEM_BW must be a flop rate/);
    expect(() => constantQuantity("GPT2_LAYERS", "1")).toThrow(InvalidParameterError);
    expect(() => constantQuantity("GPT2_LAYERS", "1")).toThrow(/constantQuantity: id must be a constant with a unit .*; got "GPT2_LAYERS"/);
  });

  it("listConstants filters by group and rejects unknown groups", () => {
    expect(listConstants("economics").map((c) => c.id)).toEqual([
      "CLOUD_ELECTRICITY_PER_KWH", "CLOUD_EGRESS_PER_GB", "s3_per_tb_mo", "spark_per_tb", "query_cost_per",
    ]);
    const counts = Object.fromEntries(["hardware", "model", "energy", "interconnect", "economics", "scale"].map((g) => [g, listConstants(g).length]));
    expect(counts).toEqual({ hardware: 49, model: 15, energy: 11, interconnect: 13, economics: 5, scale: 8 });
    expect(() => listConstants("carbon")).toThrow(/listConstants: group must be one of "hardware", .*; got "carbon"/);
  });
});

describe("registerConstant", () => {
  const price = { id: "GPU_HOUR_PRICE", value: q(2.5, "USD/h"), printedUnit: "USD/h", group: "economics", description: "Rental price.", provenance: userSource() };

  it("adds a user constant, freezes it and refuses a duplicate id", () => {
    const stored = registerConstant(price);
    expect(Object.isFrozen(stored)).toBe(true);
    expect(constantQuantity("gpu_hour_price", "USD/h").to("USD/h")).toBeCloseTo(2.5, 12);
    expect(() => registerConstant(price)).toThrow(InvalidParameterError);
    expect(() => registerConstant(price)).toThrow(/register constant: id must be an id not yet registered .*; got "GPU_HOUR_PRICE"/);
    expect(registerConstant({ ...price, value: q(3, "USD/h") }, { replace: true }).value.toString()).toBe("$3/h");
  });

  it("rejects a non-finite or non-quantity value", () => {
    expect(() => registerConstant({ ...price, id: "X", value: Number.NaN })).toThrow(/registerConstant: value must be a finite number; got NaN/);
    expect(() => registerConstant({ ...price, id: "X", value: "12 GB" as unknown as number })).toThrow(/registerConstant: value must be a finite number or a Quantity; got "12 GB"/);
  });
});
