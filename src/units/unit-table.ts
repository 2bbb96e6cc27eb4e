/**
 * Every unit symbol the parser knows, with its dimension and its size in base units
 * (s, B, flop, USD, param, token, J, g, m). Data units are decimal (GB = 1e9 B) unless
 * a binary unit (GiB = 2^30 B) is written; bits are 1/8 B. A month is 30 days and a
 * year 365 days, as in the book's engine (DAYS_PER_MONTH, DAYS_PER_YEAR).
 */
import type { DimensionName } from "./dimension";

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;

/** Entry of the unit table: `[dimension, base units per unit]`. */
export type UnitEntry = readonly [DimensionName, number];

/**
 * The unit table. Keys are the symbols accepted by `q()` and `parseQuantity()`;
 * compound units are written with `/`, `*`, `·` and `^`, e.g. `"USD/TB/month"`.
 */
export const UNIT_TABLE = {
  // dimensionless
  "1": ["dimensionless", 1],
  "%": ["dimensionless", 0.01],
  x: ["dimensionless", 1],
  "×": ["dimensionless", 1],
  // time (NS, US, MS are the book engine's legacy upper-case spellings)
  fs: ["time", 1e-15],
  ps: ["time", 1e-12],
  ns: ["time", 1e-9],
  us: ["time", 1e-6],
  NS: ["time", 1e-9],
  US: ["time", 1e-6],
  MS: ["time", 1e-3],
  "µs": ["time", 1e-6],
  ms: ["time", 1e-3],
  s: ["time", 1],
  sec: ["time", 1],
  second: ["time", 1],
  seconds: ["time", 1],
  min: ["time", MINUTE],
  minute: ["time", MINUTE],
  minutes: ["time", MINUTE],
  h: ["time", HOUR],
  hr: ["time", HOUR],
  hour: ["time", HOUR],
  hours: ["time", HOUR],
  d: ["time", DAY],
  day: ["time", DAY],
  days: ["time", DAY],
  week: ["time", 7 * DAY],
  weeks: ["time", 7 * DAY],
  month: ["time", 30 * DAY],
  months: ["time", 30 * DAY],
  yr: ["time", 365 * DAY],
  year: ["time", 365 * DAY],
  years: ["time", 365 * DAY],
  // data, decimal
  B: ["data", 1],
  byte: ["data", 1],
  bytes: ["data", 1],
  kB: ["data", 1e3],
  KB: ["data", 1e3],
  MB: ["data", 1e6],
  GB: ["data", 1e9],
  TB: ["data", 1e12],
  PB: ["data", 1e15],
  EB: ["data", 1e18],
  ZB: ["data", 1e21],
  // data, binary
  KiB: ["data", 2 ** 10],
  MiB: ["data", 2 ** 20],
  GiB: ["data", 2 ** 30],
  TiB: ["data", 2 ** 40],
  PiB: ["data", 2 ** 50],
  EiB: ["data", 2 ** 60],
  // data, bits
  bit: ["data", 1 / 8],
  bits: ["data", 1 / 8],
  kbit: ["data", 1e3 / 8],
  Mbit: ["data", 1e6 / 8],
  Gbit: ["data", 1e9 / 8],
  Tbit: ["data", 1e12 / 8],
  // data rates written as one symbol
  bps: ["dataRate", 1 / 8],
  kbps: ["dataRate", 1e3 / 8],
  Kbps: ["dataRate", 1e3 / 8],
  Mbps: ["dataRate", 1e6 / 8],
  Gbps: ["dataRate", 1e9 / 8],
  Tbps: ["dataRate", 1e12 / 8],
  // floating-point (and integer) operations, counted
  flop: ["flop", 1],
  flops: ["flop", 1],
  FLOP: ["flop", 1],
  FLOPs: ["flop", 1],
  kFLOP: ["flop", 1e3],
  MFLOP: ["flop", 1e6],
  GFLOP: ["flop", 1e9],
  TFLOP: ["flop", 1e12],
  PFLOP: ["flop", 1e15],
  EFLOP: ["flop", 1e18],
  ZFLOP: ["flop", 1e21],
  kFLOPs: ["flop", 1e3],
  MFLOPs: ["flop", 1e6],
  GFLOPs: ["flop", 1e9],
  TFLOPs: ["flop", 1e12],
  PFLOPs: ["flop", 1e15],
  EFLOPs: ["flop", 1e18],
  ZFLOPs: ["flop", 1e21],
  op: ["flop", 1],
  ops: ["flop", 1],
  "PF-day": ["flop", 1e15 * DAY],
  "PF-days": ["flop", 1e15 * DAY],
  // operation rates written as one symbol ("FLOPS" with a capital S means per second)
  FLOPS: ["flopRate", 1],
  kFLOPS: ["flopRate", 1e3],
  MFLOPS: ["flopRate", 1e6],
  GFLOPS: ["flopRate", 1e9],
  TFLOPS: ["flopRate", 1e12],
  PFLOPS: ["flopRate", 1e15],
  EFLOPS: ["flopRate", 1e18],
  OPS: ["flopRate", 1],
  GOPS: ["flopRate", 1e9],
  TOPS: ["flopRate", 1e12],
  POPS: ["flopRate", 1e15],
  // money (one currency)
  USD: ["money", 1],
  $: ["money", 1],
  dollar: ["money", 1],
  dollars: ["money", 1],
  kUSD: ["money", 1e3],
  MUSD: ["money", 1e6],
  BUSD: ["money", 1e9],
  // parameters and tokens (named counts)
  param: ["param", 1],
  params: ["param", 1],
  Kparam: ["param", 1e3],
  Mparam: ["param", 1e6],
  Bparam: ["param", 1e9],
  Gparam: ["param", 1e9],
  Tparam: ["param", 1e12],
  token: ["token", 1],
  tokens: ["token", 1],
  Ktoken: ["token", 1e3],
  Mtoken: ["token", 1e6],
  Btoken: ["token", 1e9],
  Ttoken: ["token", 1e12],
  // energy
  fJ: ["energy", 1e-15],
  pJ: ["energy", 1e-12],
  nJ: ["energy", 1e-9],
  uJ: ["energy", 1e-6],
  "µJ": ["energy", 1e-6],
  mJ: ["energy", 1e-3],
  J: ["energy", 1],
  joule: ["energy", 1],
  joules: ["energy", 1],
  kJ: ["energy", 1e3],
  MJ: ["energy", 1e6],
  GJ: ["energy", 1e9],
  TJ: ["energy", 1e12],
  Wh: ["energy", HOUR],
  kWh: ["energy", 1e3 * HOUR],
  MWh: ["energy", 1e6 * HOUR],
  GWh: ["energy", 1e9 * HOUR],
  TWh: ["energy", 1e12 * HOUR],
  // power
  uW: ["power", 1e-6],
  "µW": ["power", 1e-6],
  mW: ["power", 1e-3],
  W: ["power", 1],
  watt: ["power", 1],
  watts: ["power", 1],
  kW: ["power", 1e3],
  MW: ["power", 1e6],
  GW: ["power", 1e9],
  // mass (carbon)
  mg: ["mass", 1e-3],
  g: ["mass", 1],
  kg: ["mass", 1e3],
  t: ["mass", 1e6],
  tonne: ["mass", 1e6],
  tonnes: ["mass", 1e6],
  kt: ["mass", 1e9],
  Mt: ["mass", 1e12],
  gCO2: ["mass", 1],
  kgCO2: ["mass", 1e3],
  tCO2: ["mass", 1e6],
  // length
  nm: ["length", 1e-9],
  um: ["length", 1e-6],
  mm: ["length", 1e-3],
  cm: ["length", 1e-2],
  m: ["length", 1],
  meter: ["length", 1],
  meters: ["length", 1],
  km: ["length", 1e3],
  // frequency
  Hz: ["frequency", 1],
  kHz: ["frequency", 1e3],
  MHz: ["frequency", 1e6],
  GHz: ["frequency", 1e9],
} as const satisfies Record<string, UnitEntry>;

/** A unit symbol from {@link UNIT_TABLE}. */
export type UnitSymbol = keyof typeof UNIT_TABLE;

/**
 * Looks up one symbol; `undefined` when unknown.
 *
 * @example
 * ```ts
 * lookupUnit("GiB")     // ["data", 1073741824]
 * lookupUnit("furlong") // undefined
 * ```
 */
export function lookupUnit(symbol: string): UnitEntry | undefined {
  return Object.prototype.hasOwnProperty.call(UNIT_TABLE, symbol)
    ? (UNIT_TABLE as Record<string, UnitEntry>)[symbol]
    : undefined;
}
