/**
 * Formatting quantities in the unit a person would choose: "25.3 days", "32 TB/s",
 * "$1,638/month", "175B params". Numbers are grouped with commas and rounded to
 * significant digits; the output does not depend on the machine's locale.
 */
import type { Quantity } from "./quantity";
import { nameOfDimension, type DimensionName } from "./dimension";
import { parseUnit } from "./parse";

/** Options for {@link formatQuantity}. */
export interface FormatOptions {
  /** Show in this unit instead of choosing one, e.g. `"h"` or `"KiB/s"`. */
  unit?: string;
  /** Significant digits (default 3). Whole numbers of 10^digits or more are shown in full. */
  digits?: number;
  /** Use binary data units (KiB, MiB, …) when choosing a data unit. */
  binary?: boolean;
}

/** Display ladder: `[unit expression, label]` from the smallest to the largest unit. */
type Ladder = readonly (readonly [string, string])[];

const DECIMAL_DATA: Ladder = [["B", "B"], ["kB", "kB"], ["MB", "MB"], ["GB", "GB"], ["TB", "TB"], ["PB", "PB"], ["EB", "EB"]];
const BINARY_DATA: Ladder = [["B", "B"], ["KiB", "KiB"], ["MiB", "MiB"], ["GiB", "GiB"], ["TiB", "TiB"], ["PiB", "PiB"]];
const perSecond = (ladder: Ladder): Ladder => ladder.map(([u, l]) => [`${u}/s`, `${l}/s`] as const);

const LADDERS: Partial<Record<DimensionName, Ladder>> = {
  time: [["ns", "ns"], ["µs", "µs"], ["ms", "ms"], ["s", "s"], ["min", "min"], ["h", "h"], ["day", "days"], ["year", "years"]],
  data: DECIMAL_DATA,
  dataRate: perSecond(DECIMAL_DATA),
  flop: [["FLOP", "FLOP"], ["kFLOP", "kFLOP"], ["MFLOP", "MFLOP"], ["GFLOP", "GFLOP"], ["TFLOP", "TFLOP"], ["PFLOP", "PFLOP"], ["EFLOP", "EFLOP"], ["ZFLOP", "ZFLOP"]],
  flopRate: [["FLOP/s", "FLOP/s"], ["MFLOP/s", "MFLOP/s"], ["GFLOP/s", "GFLOP/s"], ["TFLOP/s", "TFLOP/s"], ["PFLOP/s", "PFLOP/s"], ["EFLOP/s", "EFLOP/s"]],
  energy: [["fJ", "fJ"], ["pJ", "pJ"], ["nJ", "nJ"], ["µJ", "µJ"], ["mJ", "mJ"], ["J", "J"], ["kJ", "kJ"], ["kWh", "kWh"], ["MWh", "MWh"], ["GWh", "GWh"], ["TWh", "TWh"]],
  power: [["µW", "µW"], ["mW", "mW"], ["W", "W"], ["kW", "kW"], ["MW", "MW"], ["GW", "GW"]],
  mass: [["mg", "mg"], ["g", "g"], ["kg", "kg"], ["t", "t"], ["kt", "kt"], ["Mt", "Mt"]],
  length: [["nm", "nm"], ["um", "µm"], ["mm", "mm"], ["m", "m"], ["km", "km"]],
  frequency: [["Hz", "Hz"], ["kHz", "kHz"], ["MHz", "MHz"], ["GHz", "GHz"]],
  param: [["param", "params"], ["Kparam", "K params"], ["Mparam", "M params"], ["Bparam", "B params"], ["Tparam", "T params"]],
  token: [["token", "tokens"], ["Ktoken", "K tokens"], ["Mtoken", "M tokens"], ["Btoken", "B tokens"], ["Ttoken", "T tokens"]],
  tokenRate: [["token/s", "tokens/s"], ["Ktoken/s", "K tokens/s"], ["Mtoken/s", "M tokens/s"]],
  arithmeticIntensity: [["FLOP/B", "FLOP/B"]],
  energyPerFlop: [["pJ/FLOP", "pJ/FLOP"]],
  energyPerData: [["pJ/B", "pJ/B"]],
  carbonIntensity: [["g/kWh", "g/kWh"]],
  speed: [["m/s", "m/s"], ["km/s", "km/s"]],
  dataPerParam: [["B/param", "B/param"]],
  flopPerToken: [["FLOP/token", "FLOP/token"]],
};

/** Prices per amount are shown as money per this unit: "$0.09/GB", "$23/TB/month". */
const PRICE_UNITS: Partial<Record<DimensionName, readonly string[]>> = {
  pricePerEnergy: ["kWh", "MWh"],
  pricePerData: ["GB", "TB", "PB"],
  pricePerFlop: ["PFLOP", "EFLOP"],
  storagePrice: ["TB/month", "PB/month"],
};

/** The first per-unit in which the price reads at least one cent (or the last one). */
function pricePer(quantity: Quantity<string>, name: DimensionName | undefined): string | undefined {
  const ladder = name ? PRICE_UNITS[name] : undefined;
  if (!ladder) return undefined;
  return ladder.find((per) => Math.abs(quantity.to(`USD/${per}`)) >= 0.01) ?? ladder[ladder.length - 1];
}

/** Money rates are shown per month unless created per another period ("USD/year"). */

function moneyRatePeriod(quantity: Quantity<string>): string {
  const period = /^(?:USD|\$|dollars?)\/(\w+)$/.exec(quantity.unitHint ?? "")?.[1];
  return period && parseUnit(period).factor > 0 && nameOfDimension(parseUnit(period).dimension) === "time" ? period : "month";
}

function groupThousands(integerText: string): string {
  return integerText.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * Formats a plain number with `digits` significant digits, grouping thousands with
 * commas; numbers of 10^digits or more are rounded to whole numbers.
 *
 * @example
 * ```ts
 * formatNumber(25.2797)   // "25.3"
 * formatNumber(1111111.1) // "1,111,111"
 * formatNumber(0.0293)    // "0.0293"
 * ```
 */
export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return "0";
  const sign = value < 0 ? "-" : "";
  const magnitude = Math.abs(value);
  if (magnitude >= 10 ** digits) return sign + groupThousands(Math.round(magnitude).toString());
  if (magnitude < 1e-6 || magnitude >= 1e21) return sign + magnitude.toPrecision(digits).replace("e+", "e");
  // Whole numbers (to float noise) read as whole numbers: "16 bit", "80 GiB", not "16.0".
  const nearest = Math.round(magnitude);
  if (nearest !== 0 && Math.abs(magnitude - nearest) <= 1e-12 * magnitude) return sign + groupThousands(nearest.toString());
  const text = magnitude.toPrecision(digits);
  const [whole, fraction] = text.split(".");
  return sign + groupThousands(whole) + (fraction === undefined ? "" : `.${fraction}`);
}

/**
 * Formats a count compactly for chart labels: `20`, `10k`, `250M`, `1B`, `1.5T`
 * (up to 3 significant digits, trailing zeros dropped).
 *
 * @example
 * ```ts
 * formatCompact(1e9)   // "1B"
 * formatCompact(2.5e7) // "25M"
 * formatCompact(20)    // "20"
 * ```
 */
export function formatCompact(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return String(value);
  const sign = value < 0 ? "-" : "";
  const m = Math.abs(value);
  const trim = (t: string): string => (t.includes(".") && !t.includes("e") ? t.replace(/\.?0+$/, "") : t);
  for (const [size, suffix] of [[1e12, "T"], [1e9, "B"], [1e6, "M"], [1e3, "k"]] as const) {
    if (m >= size) return `${sign}${trim((m / size).toPrecision(digits))}${suffix}`;
  }
  return sign + trim(m === 0 ? "0" : m.toPrecision(digits));
}

/**
 * Formats an amount of money: `"$0.50"`, `"$138"`, `"$6,762"`, `"$4.35M"`, `"$500M"`.
 *
 * @example
 * ```ts
 * formatMoney(500e6) // "$500M"
 * formatMoney(-5712) // "-$5,712"
 * ```
 */
export function formatMoney(usd: number, digits = 3): string {
  const sign = usd < 0 ? "-" : "";
  const m = Math.abs(usd);
  const trim = (t: string): string => (t.includes(".") ? t.replace(/\.?0+$/, "") : t);
  if (m >= 1e12) return `${sign}$${trim((m / 1e12).toPrecision(digits))}T`;
  if (m >= 1e9) return `${sign}$${trim((m / 1e9).toPrecision(digits))}B`;
  if (m >= 1e6) return `${sign}$${trim((m / 1e6).toPrecision(digits))}M`;
  if (m >= 1000) return `${sign}$${groupThousands(Math.round(m).toString())}`;
  if (m >= 1) return `${sign}$${trim(m.toPrecision(Math.max(digits, 3)))}`;
  if (m === 0) return "$0";
  // Cents stay visible ("$0.50"), smaller prices keep their significant digits ("$0.023").
  let text = m.toPrecision(digits);
  while (/\.\d{3,}$/.test(text) && text.endsWith("0")) text = text.slice(0, -1);
  return `${sign}$${text}`;
}

function chooseFromLadder(baseValue: number, ladder: Ladder): readonly [string, string] {
  const magnitude = Math.abs(baseValue);
  let chosen = ladder[0];
  for (const step of ladder) {
    if (magnitude >= parseUnit(step[0]).factor * (1 - 1e-12)) chosen = step;
  }
  return chosen;
}

/** Labels for hint units that read better another way: "us" → "µs", "1/day" → "/day". */
function hintLabel(unit: string, ladder: Ladder | undefined): string {
  const step = ladder?.find(([u]) => u === unit);
  if (step) return step[1];
  if (unit === "us") return "µs";
  return unit.startsWith("1/") ? unit.slice(1) : unit;
}

/**
 * The unit a quantity was created in, when it still reads well: the magnitude in it
 * lies in [1, 1000). So `q(16, "bit")` stays "16 bit" and `q(20, "1/day")` "20/day",
 * while `q(2184000, "s")` moves to days.
 */
function hintedUnit(quantity: Quantity<string>, options: FormatOptions): { unit: string; label: string } | undefined {
  const hint = quantity.unitHint;
  if (!hint || options.binary) return undefined;
  const magnitude = Math.abs(quantity.baseValue / parseUnit(hint).factor);
  const name = nameOfDimension(quantity.dimension);
  const ladder = name ? LADDERS[name] : undefined;
  return magnitude >= 1 && magnitude < 1000 ? { unit: hint, label: hintLabel(hint, ladder) } : undefined;
}

/**
 * The unit {@link formatQuantity} would show a quantity in, and its label.
 *
 * @example
 * ```ts
 * displayUnit(q(2.184e6, "s")) // { unit: "day", label: "days" }
 * ```
 */
export function displayUnit(quantity: Quantity<string>, options: FormatOptions = {}): { unit: string; label: string } {
  if (options.unit) return { unit: options.unit, label: options.unit };
  const name = nameOfDimension(quantity.dimension);
  if (name === "dimensionless") return { unit: "", label: "" };
  if (name === "money") return { unit: "USD", label: "$" };
  if (name === "moneyRate" || name === "pricePerTime") {
    const period = moneyRatePeriod(quantity);
    return { unit: `USD/${period}`, label: `$/${period}` };
  }
  const per = pricePer(quantity, name);
  if (per) return { unit: `USD/${per}`, label: `$/${per}` };
  const hinted = hintedUnit(quantity, options);
  if (hinted) return hinted;
  const binaryHint = quantity.unitHint !== undefined && /i[B]/.test(quantity.unitHint);
  let ladder = name ? LADDERS[name] : undefined;
  if (name === "data" && (options.binary || binaryHint)) ladder = BINARY_DATA;
  if (name === "dataRate" && (options.binary || binaryHint)) ladder = perSecond(BINARY_DATA);
  if (!ladder) {
    const hint = quantity.unitHint ?? "";
    return { unit: hint, label: hint };
  }
  const [unit, label] = chooseFromLadder(quantity.baseValue, ladder);
  return { unit, label };
}

/**
 * Formats a quantity in readable units: the largest unit of its dimension's ladder in
 * which the magnitude is at least 1, with `digits` significant digits.
 *
 * @example
 * ```ts
 * formatQuantity(q(2184000, "s"))          // "25.3 days"
 * formatQuantity(q(32000, "B/s").times(1e9)) // "32 TB/s"
 * formatQuantity(q(32000, "B/s"), { unit: "KiB/s" }) // "31.3 KiB/s"
 * formatQuantity(q(1638, "USD/month"))     // "$1,638/month"
 * ```
 */
export function formatQuantity(quantity: Quantity<string>, options: FormatOptions = {}): string {
  const digits = options.digits ?? 3;
  const { unit, label } = displayUnit(quantity, options);
  const name = nameOfDimension(quantity.dimension);
  if (!options.unit && name === "money") return formatMoney(quantity.baseValue, digits);
  if (!options.unit && (name === "moneyRate" || name === "pricePerTime")) {
    const perUnit = moneyRatePeriod(quantity);
    return `${formatMoney(quantity.to(`USD/${perUnit}`), digits)}/${perUnit}`;
  }
  const per = pricePer(quantity, name);
  if (!options.unit && per) return `${formatMoney(quantity.to(`USD/${per}`), digits)}/${per}`;
  const value = unit === "" ? quantity.baseValue : quantity.to(unit);
  const number = formatNumber(value, digits);
  if (label === "") return number;
  // "175B params", "300B tokens", "20/day": a magnitude letter or a "per" binds to the number.
  return /^[KMBT] /.test(label) || label.startsWith("/") ? `${number}${label}` : `${number} ${label}`;
}
