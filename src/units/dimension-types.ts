/**
 * Compile-time dimension algebra for the common cases. A quantity's type carries its
 * dimension name, so `flopRate.plus(dataRate)` fails to compile and `flop.div(flopRate)`
 * is typed as time. Combinations not listed here are typed as `string` and are still
 * checked at run time.
 */
import type { DimensionName } from "./dimension";
import type { UNIT_TABLE, UnitSymbol } from "./unit-table";

interface ProductTable {
  "flopRate*time": "flop";
  "dataRate*time": "data";
  "power*time": "energy";
  "moneyRate*time": "money";
  "pricePerTime*time": "money";
  "tokenRate*time": "token";
  "frequency*time": "dimensionless";
  "speed*time": "length";
  "energyPerFlop*flop": "energy";
  "energyPerData*data": "energy";
  "pricePerEnergy*energy": "money";
  "pricePerData*data": "money";
  "pricePerFlop*flop": "money";
  "carbonIntensity*energy": "mass";
  "arithmeticIntensity*data": "flop";
  "arithmeticIntensity*dataRate": "flopRate";
  "dataPerParam*param": "data";
  "flopPerToken*token": "flop";
  "storagePrice*data": "moneyRate";
  "storagePrice*time": "pricePerData";
  "data*frequency": "dataRate";
  "flop*frequency": "flopRate";
  "energy*frequency": "power";
  "money*frequency": "moneyRate";
  "token*frequency": "tokenRate";
}

interface QuotientTable {
  "flop/time": "flopRate";
  "data/time": "dataRate";
  "energy/time": "power";
  "money/time": "moneyRate";
  "token/time": "tokenRate";
  "length/time": "speed";
  "dimensionless/time": "frequency";
  "flop/flopRate": "time";
  "data/dataRate": "time";
  "energy/power": "time";
  "money/moneyRate": "time";
  "token/tokenRate": "time";
  "length/speed": "time";
  "flop/data": "arithmeticIntensity";
  "flopRate/dataRate": "arithmeticIntensity";
  "energy/flop": "energyPerFlop";
  "energy/data": "energyPerData";
  "money/energy": "pricePerEnergy";
  "money/data": "pricePerData";
  "money/flop": "pricePerFlop";
  "mass/energy": "carbonIntensity";
  "data/param": "dataPerParam";
  "flop/token": "flopPerToken";
  "pricePerData/time": "storagePrice";
  "moneyRate/data": "storagePrice";
}

/** Dimension of `A × B`; `string` when the pair is not in the table. */
export type Product<A extends string, B extends string> = string extends A | B
  ? string
  : A extends "dimensionless"
  ? B
  : B extends "dimensionless"
  ? A
  : `${A}*${B}` extends keyof ProductTable
  ? ProductTable[`${A}*${B}`]
  : `${B}*${A}` extends keyof ProductTable
  ? ProductTable[`${B}*${A}`]
  : string;

/** Dimension of `A ÷ B`; `string` when the pair is not in the table. */
export type Quotient<A extends string, B extends string> = string extends A | B
  ? string
  : B extends "dimensionless"
  ? A
  : [A] extends [B]
  ? [B] extends [A]
    ? "dimensionless"
    : string
  : `${A}/${B}` extends keyof QuotientTable
  ? QuotientTable[`${A}/${B}`]
  : string;

/** Dimension of a unit symbol, or of a `"A/B"` expression of two symbols. */
export type DimensionOfUnit<U extends string> = U extends UnitSymbol
  ? (typeof UNIT_TABLE)[U][0]
  : U extends `${infer A}/${infer B}`
  ? B extends `${string}/${string}`
    ? string
    : A extends UnitSymbol
    ? B extends UnitSymbol
      ? Quotient<(typeof UNIT_TABLE)[A][0], (typeof UNIT_TABLE)[B][0]>
      : string
    : string
  : string;

/** Re-export for convenience in signatures. */
export type { DimensionName };
