import { describe, expect, it } from "vitest";
import { displayUnit, formatCompact, formatMoney, formatNumber, formatQuantity } from "../../src/units/format";
import { q } from "../../src/units/quantity";

describe("formatNumber", () => {
  it.each([
    [25.2784, "25.3"],
    [18.96, "19.0"],
    [1_111_111.1, "1,111,111"],
    [4.6296, "4.63"],
    [0.0293, "0.0293"],
    [153.02, "153"],
    [-5712, "-5,712"],
    [0, "0"],
    [1e-9, "1.00e-9"],
  ])("%s → %s", (value, text) => expect(formatNumber(value)).toBe(text));
});

describe("formatMoney", () => {
  it.each([
    [0.5, "$0.50"],
    [138, "$138"],
    [50, "$50"],
    [6762, "$6,762"],
    [500e6, "$500M"],
    [4.35e6, "$4.35M"],
    [-5712, "-$5,712"],
    [0.004, "$0.004"],
    [0.023, "$0.023"],
    [0.125, "$0.125"],
  ])("%s → %s", (value, text) => expect(formatMoney(value)).toBe(text));
});

describe("formatQuantity picks a readable unit", () => {
  it.each([
    [q(2_184_000, "s"), "25.3 days"],
    [q(32_000, "B/s").times(1e9), "32 TB/s"],
    [q(312, "TFLOP/s"), "312 TFLOP/s"],
    [q(3.14e23, "FLOP"), "314 ZFLOP"],
    [q(80, "GiB"), "80 GiB"],
    [q(175e9, "param"), "175B params"],
    [q(300e9, "token"), "300B tokens"],
    [q(1638, "USD/month"), "$1,638/month"],
    [q(0.5, "USD/year"), "$0.50/year"],
    [q(1287, "MWh"), "1.29 GWh"],
    [q(400, "W"), "400 W"],
    [q(12.5, "us"), "12.5 µs"],
  ])("%s", (quantity, text) => expect(formatQuantity(quantity)).toBe(text));

  it("honours an explicit unit, so the book's 31 KB/s reads as KiB", () => {
    expect(formatQuantity(q(32_000, "B/s"), { unit: "KiB/s" })).toBe("31.3 KiB/s");
    expect(formatQuantity(q(1_111_111.1, "h"), { unit: "h" })).toBe("1,111,111 h");
  });

  it("honours digits and the binary option", () => {
    expect(formatQuantity(q(2_184_000, "s"), { digits: 4 })).toBe("25.28 days");
    expect(formatQuantity(q(80e9, "B"), { binary: true })).toBe("74.5 GiB");
  });

  it("displayUnit reports the chosen unit", () => {
    expect(displayUnit(q(2_184_000, "s"))).toEqual({ unit: "day", label: "days" });
  });
});

describe("prices read as money per unit", () => {
  it.each([
    [q(0.09, "USD/GB"), "$0.09/GB"],
    [q(23, "USD/TB/month"), "$23/TB/month"],
    [q(0.12, "USD/kWh"), "$0.12/kWh"],
  ])("%s", (quantity, text) => expect(formatQuantity(quantity)).toBe(text));
});

describe("formatCompact", () => {
  it.each([
    [1e9, "1B"],
    [2.5e7, "25M"],
    [1e4, "10k"],
    [20, "20"],
    [4.5, "4.5"],
    [1.5e12, "1.5T"],
    [-3e6, "-3M"],
    [0, "0"],
  ])("%s → %s", (value, text) => expect(formatCompact(value)).toBe(text));
});

describe("whole numbers and price units", () => {
  it("shows whole numbers without padding zeros", () => {
    expect(formatNumber(19)).toBe("19");
    expect(formatNumber(32.000000000000004)).toBe("32");
    expect(formatNumber(18.96)).toBe("19.0");
    expect(formatQuantity(q(16, "bit"))).toBe("16 bit");
  });

  it("moves a price to the unit where it reads at least a cent", () => {
    expect(formatQuantity(q(5, "USD/TB"))).toBe("$5/TB");
    expect(formatQuantity(q(0.023, "USD/GB/month"))).toBe("$23/TB/month");
    expect(formatQuantity(q(23, "USD/TB/month"))).toBe("$23/TB/month");
  });
});
