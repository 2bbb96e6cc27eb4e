import { describe, expect, it } from "vitest";
import {
  etlVsEltBookInputs,
  etlVsEltBreakEven,
  etlVsEltBreakEvenHourlyRate,
  etlVsEltCost,
  type EtlVsEltInput,
} from "../../../src/calc/data/etl-vs-elt";
import { q, type Quantity } from "../../../src/units/quantity";
import { expectDimension, expectInvalid } from "../expect-errors";

// Listing 4.2 and the worked problem (seed 004 L6268–L6330); the engineer rate is an
// assumption (the book states none).
const book: EtlVsEltInput = { ...etlVsEltBookInputs, engineerHourlyRate: 150, schemaChangesPerMonth: 1 };
const usd = (x: Quantity<"moneyRate">): number => x.to("USD/month");

describe("etlVsEltCost (WE-4.9, seed 004 L6268–L6330; money to 1e-9 USD)", () => {
  const r = etlVsEltCost(book);

  it("ETL: Spark $50/day (L6308) = $1,500/month; storage 6 TB → $138/month (L6310)", () => {
    expect(r.etlTransformComputePerDay.to("USD/day")).toBeCloseTo(50, 9);
    expect(r.etlTransformComputePerDay.format()).toBe("$50/day");
    expect(usd(r.etl.transformCompute)).toBeCloseTo(1500, 9);
    expect(r.etl.storedData.to("TB")).toBeCloseTo(6, 12);
    expect(usd(r.etl.storage)).toBeCloseTo(138, 9);
    expect(usd(r.etl.queries)).toBe(0);
  });

  it("ELT: storage 300 TB → $6,900/month (L6319); queries $450/month (L6321)", () => {
    expect(r.elt.storedData.to("TB")).toBeCloseTo(300, 9);
    expect(usd(r.elt.storage)).toBeCloseTo(6900, 9);
    expect(usd(r.elt.queries)).toBeCloseTo(450, 9);
    expect(usd(r.elt.transformCompute)).toBe(0);
  });

  it("storage saving $6,762/month and 8× engineering time per change (L6330)", () => {
    expect(usd(r.storageSaving)).toBeCloseTo(6762, 9);
    expect(r.storageSaving.format()).toBe("$6,762/month");
    expect(r.engineeringTimeRatio).toBeCloseTo(8, 12);
  });

  it("full totals before engineering: ETL $1,638 vs ELT $7,350 — ETL cheaper by $5,712 (the book compares storage only)", () => {
    expect(usd(r.etl.totalBeforeEngineering)).toBeCloseTo(1638, 9);
    expect(usd(r.elt.totalBeforeEngineering)).toBeCloseTo(7350, 9);
    expect(usd(r.breakEven.monthlyGapBeforeEngineering)).toBeCloseTo(5712, 9);
  });

  it("engineering at 1 change/month and $150/h: ETL $600, ELT $75; totals $2,238 vs $7,425", () => {
    expect(usd(r.etl.engineering)).toBeCloseTo(600, 9);
    expect(usd(r.elt.engineering)).toBeCloseTo(75, 9);
    expect(usd(r.etl.total)).toBeCloseTo(2238, 9);
    expect(usd(r.elt.total)).toBeCloseTo(7425, 9);
    expect(usd(r.totalDifference)).toBeCloseTo(5187, 9);
    expect(r.cheaper).toBe("etl");
  });

  it("break-even at $150/h is 10.88 changes/month, not the book's 'once per month' (L6330)", () => {
    expect(r.breakEvenSchemaChangesPerMonth).toBeCloseTo(10.88, 9);
    expect(r.breakEven.eltWins).toBe("aboveBreakEven");
    expect(r.breakEven.engineeringSavingPerChange.to("USD")).toBeCloseTo(525, 9);
    // the book's claim, recorded beside it: 1 change/month would be the break-even
    expect(r.breakEvenSchemaChangesPerMonth).not.toBeCloseTo(1, 1);
  });

  it("at the break-even frequency both totals are equal; above it ELT is cheaper", () => {
    const at = etlVsEltCost({ ...book, schemaChangesPerMonth: 10.88 });
    expect(usd(at.totalDifference)).toBeCloseTo(0, 6);
    expect(etlVsEltCost({ ...book, schemaChangesPerMonth: 12 }).cheaper).toBe("elt");
    expect(etlVsEltCost({ ...book, schemaChangesPerMonth: q(1, "1/week") }).cheaper).toBe("etl");
  });

  it("accepts quantities (TB/day, USD/TB/month, minutes, USD/h, per week)", () => {
    const s = etlVsEltCost({
      ...book,
      dailyRawTb: q(10_000, "GB/day"),
      storagePricePerTbMonth: q(0.023, "USD/GB/month"),
      retentionDays: q(720, "h"),
      eltSchemaChangeHours: q(30, "min"),
      engineerHourlyRate: q(150, "USD/h"),
    });
    expect(usd(s.elt.storage)).toBeCloseTo(6900, 6);
    expect(s.engineeringTimeRatio).toBeCloseTo(8, 12);
    expect(s.breakEvenSchemaChangesPerMonth).toBeCloseTo(10.88, 6);
  });

  it("daysPerMonth scales the daily items only", () => {
    const s = etlVsEltCost({ ...book, daysPerMonth: 31 });
    expect(usd(s.etl.transformCompute)).toBeCloseTo(1550, 9);
    expect(usd(s.elt.queries)).toBeCloseTo(465, 9);
    expect(usd(s.elt.storage)).toBeCloseTo(6900, 9);
  });

  it("queriesPerModelPerDay multiplies the query bill", () => {
    expect(usd(etlVsEltCost({ ...book, queriesPerModelPerDay: 2 }).elt.queries)).toBeCloseTo(900, 9);
  });

  it("engineering time ratio is null when ELT's change time is zero", () => {
    expect(etlVsEltCost({ ...book, eltSchemaChangeHours: 0 }).engineeringTimeRatio).toBeNull();
  });

  describe("rejects bad inputs", () => {
    it.each([
      ["dailyRawTb", Number.NaN, "NaN"],
      ["dailyRawTb", -10, "-10"],
      ["storagePricePerTbMonth", -23, "-23"],
      ["sparkPricePerTb", Number.POSITIVE_INFINITY, "Infinity"],
      ["models", 0, "0"],
      ["models", 2.5, "2.5"],
      ["retentionDays", -1, "-1"],
      ["queryPricePerQuery", Number.NaN, "NaN"],
      ["queriesPerModelPerDay", -1, "-1"],
      ["etlDatasets", 1.5, "1.5"],
      ["etlDatasets", -1, "-1"],
      ["etlTbPerDataset", -2, "-2"],
      ["etlSchemaChangeHours", Number.NaN, "NaN"],
      ["eltSchemaChangeHours", -0.5, "-0.5"],
      ["engineerHourlyRate", -150, "-150"],
      ["schemaChangesPerMonth", -1, "-1"],
      ["daysPerMonth", 0, "0"],
    ] as const)("%s = %s", (parameter, value, text) => {
      expectInvalid(() => etlVsEltCost({ ...book, [parameter]: value }), "etlVsEltCost", parameter, text);
    });

    it("a storage price without a time (USD/TB) is a DimensionError", () => {
      expectDimension(() => etlVsEltCost({ ...book, storagePricePerTbMonth: q(23, "USD/TB") }), "etlVsEltCost", "storagePricePerTbMonth", "$0.023/GB");
    });

    it("an engineer rate given as money (not per hour) is a DimensionError", () => {
      expectDimension(
        () => etlVsEltCost({ ...book, engineerHourlyRate: q(150, "USD") as unknown as Quantity<"moneyRate"> }),
        "etlVsEltCost",
        "engineerHourlyRate",
        "$150",
      );
    });
  });
});

describe("etlVsEltBreakEven (as a function of the engineer's hourly rate)", () => {
  const { schemaChangesPerMonth: _unused, ...costs } = book;

  it.each([
    [150, 10.88],
    [300, 5.44],
    [1632, 1],
  ])("at $%s/h ELT wins above %s changes/month", (rate, changes) => {
    const b = etlVsEltBreakEven({ ...costs, engineerHourlyRate: rate });
    expect(b.schemaChangesPerMonth).toBeCloseTo(changes, 9);
    expect(b.eltWins).toBe("aboveBreakEven");
  });

  it("ELT never wins when engineering is free or ELT changes take as long as ETL's", () => {
    expect(etlVsEltBreakEven({ ...costs, engineerHourlyRate: 0 })).toMatchObject({ schemaChangesPerMonth: null, eltWins: "never" });
    expect(etlVsEltBreakEven({ ...costs, eltSchemaChangeHours: 4 })).toMatchObject({ schemaChangesPerMonth: null, eltWins: "never" });
  });

  it("ELT always wins when it is already cheaper to run (e.g. 1-day retention, no Spark)", () => {
    const b = etlVsEltBreakEven({ ...costs, retentionDays: 1, sparkPricePerTb: 5 });
    // ELT: 10 TB × $23 + $450 = $680 < ETL $1,638
    expect(usd(b.monthlyGapBeforeEngineering)).toBeCloseTo(680 - 1638, 9);
    expect(b).toMatchObject({ schemaChangesPerMonth: null, eltWins: "always" });
  });

  it("ELT wins only below the break-even when its changes cost more and it runs cheaper", () => {
    const b = etlVsEltBreakEven({ ...costs, retentionDays: 1, eltSchemaChangeHours: 8 });
    // gap −958, saving per change (4 − 8) × 150 = −600 → n* = 1.5967
    expect(b.schemaChangesPerMonth).toBeCloseTo(958 / 600, 9);
    expect(b.eltWins).toBe("belowBreakEven");
  });

  it("reports errors under its own name", () => {
    expectInvalid(() => etlVsEltBreakEven({ ...costs, engineerHourlyRate: Number.NaN }), "etlVsEltBreakEven", "engineerHourlyRate", "NaN");
  });
});

describe("etlVsEltBreakEvenHourlyRate", () => {
  const { engineerHourlyRate: _unused, ...costs } = book;

  it("the book's once-a-month break-even needs $1,632 per engineer-hour; weekly needs $380.80", () => {
    expect(etlVsEltBreakEvenHourlyRate({ ...costs, schemaChangesPerMonth: 1 })?.to("USD/h")).toBeCloseTo(1632, 9);
    expect(etlVsEltBreakEvenHourlyRate({ ...costs, schemaChangesPerMonth: q(1, "1/week") })?.to("USD/h")).toBeCloseTo(380.8, 9);
  });

  it("is null when no rate makes the totals equal", () => {
    expect(etlVsEltBreakEvenHourlyRate({ ...costs, schemaChangesPerMonth: 0 })).toBeNull();
    expect(etlVsEltBreakEvenHourlyRate({ ...costs, schemaChangesPerMonth: 1, retentionDays: 1 })).toBeNull();
  });

  it("rejects a negative frequency under its own name", () => {
    expectInvalid(() => etlVsEltBreakEvenHourlyRate({ ...costs, schemaChangesPerMonth: -2 }), "etlVsEltBreakEvenHourlyRate", "schemaChangesPerMonth", "-2");
  });
});
