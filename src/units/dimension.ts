/**
 * Dimensions as exponent vectors over mlsys-lab's base dimensions. `flop` is a base
 * dimension of its own, so a compute rate can never be added to a bandwidth; money,
 * params and tokens are named counts for the same reason.
 */

/** The base dimensions, in the order of a {@link DimensionVector}. */
export const BASE_DIMENSIONS = ["time", "data", "flop", "money", "param", "token", "energy", "mass", "length"] as const;

/** One base dimension. */
export type BaseDimension = (typeof BASE_DIMENSIONS)[number];

/** The base unit each base dimension is stored in. */
export const BASE_UNITS: Readonly<Record<BaseDimension, string>> = Object.freeze({
  time: "s",
  data: "B",
  flop: "flop",
  money: "USD",
  param: "param",
  token: "token",
  energy: "J",
  mass: "g",
  length: "m",
});

/** Exponents of the base dimensions, in {@link BASE_DIMENSIONS} order. */
export type DimensionVector = readonly number[];

/**
 * Builds a vector from the exponents that are not zero, e.g. `{ flop: 1, time: -1 }`.
 *
 * @example
 * ```ts
 * dimensionVector({ flop: 1, time: -1 }) // the flop-rate vector [-1, 0, 1, 0, 0, 0, 0, 0, 0]
 * ```
 */
export function dimensionVector(exponents: Partial<Record<BaseDimension, number>>): DimensionVector {
  return Object.freeze(BASE_DIMENSIONS.map((d) => exponents[d] ?? 0));
}

/**
 * Product of two dimensions (exponents add).
 *
 * @example
 * ```ts
 * nameOfDimension(multiplyDimensions(NAMED_DIMENSIONS.power, NAMED_DIMENSIONS.time)) // "energy"
 * ```
 */
export function multiplyDimensions(a: DimensionVector, b: DimensionVector): DimensionVector {
  return Object.freeze(a.map((e, i) => e + b[i]));
}

/**
 * Quotient of two dimensions (exponents subtract).
 *
 * @example
 * ```ts
 * nameOfDimension(divideDimensions(NAMED_DIMENSIONS.flop, NAMED_DIMENSIONS.time)) // "flopRate"
 * ```
 */
export function divideDimensions(a: DimensionVector, b: DimensionVector): DimensionVector {
  return Object.freeze(a.map((e, i) => e - b[i]));
}

/**
 * Raises a dimension to an integer power.
 *
 * @example
 * ```ts
 * baseUnitExpression(powerDimension(NAMED_DIMENSIONS.length, 2)) // "m^2"
 * ```
 */
export function powerDimension(a: DimensionVector, exponent: number): DimensionVector {
  return Object.freeze(a.map((e) => e * exponent));
}

/**
 * True when both vectors have the same exponents.
 *
 * @example
 * ```ts
 * sameDimension(NAMED_DIMENSIONS.time, dimensionVector({ time: 1 })) // true
 * ```
 */
export function sameDimension(a: DimensionVector, b: DimensionVector): boolean {
  return a.every((e, i) => e === b[i]);
}

/**
 * The named dimensions. Results of arithmetic that land on one of these vectors get
 * its name; anything else is described by its base-unit expression.
 */
export const NAMED_DIMENSIONS = {
  dimensionless: dimensionVector({}),
  time: dimensionVector({ time: 1 }),
  data: dimensionVector({ data: 1 }),
  flop: dimensionVector({ flop: 1 }),
  money: dimensionVector({ money: 1 }),
  param: dimensionVector({ param: 1 }),
  token: dimensionVector({ token: 1 }),
  energy: dimensionVector({ energy: 1 }),
  mass: dimensionVector({ mass: 1 }),
  length: dimensionVector({ length: 1 }),
  frequency: dimensionVector({ time: -1 }),
  flopRate: dimensionVector({ flop: 1, time: -1 }),
  dataRate: dimensionVector({ data: 1, time: -1 }),
  power: dimensionVector({ energy: 1, time: -1 }),
  moneyRate: dimensionVector({ money: 1, time: -1 }),
  tokenRate: dimensionVector({ token: 1, time: -1 }),
  speed: dimensionVector({ length: 1, time: -1 }),
  arithmeticIntensity: dimensionVector({ flop: 1, data: -1 }),
  energyPerFlop: dimensionVector({ energy: 1, flop: -1 }),
  energyPerData: dimensionVector({ energy: 1, data: -1 }),
  pricePerEnergy: dimensionVector({ money: 1, energy: -1 }),
  pricePerData: dimensionVector({ money: 1, data: -1 }),
  pricePerTime: dimensionVector({ money: 1, time: -1 }),
  pricePerFlop: dimensionVector({ money: 1, flop: -1 }),
  storagePrice: dimensionVector({ money: 1, data: -1, time: -1 }),
  carbonIntensity: dimensionVector({ mass: 1, energy: -1 }),
  dataPerParam: dimensionVector({ data: 1, param: -1 }),
  flopPerToken: dimensionVector({ flop: 1, token: -1 }),
  flopPerParamToken: dimensionVector({ flop: 1, param: -1, token: -1 }),
} as const;

/** The name of a named dimension, e.g. `"flopRate"`. */
export type DimensionName = keyof typeof NAMED_DIMENSIONS;

/** Human-readable labels used in messages and tables. */
const LABELS: Partial<Record<DimensionName, string>> = {
  data: "data size",
  flop: "flop count",
  param: "parameter count",
  token: "token count",
  flopRate: "flop rate",
  dataRate: "data rate",
  moneyRate: "money rate",
  tokenRate: "token rate",
  arithmeticIntensity: "arithmetic intensity",
  energyPerFlop: "energy per flop",
  energyPerData: "energy per byte",
  pricePerEnergy: "price per energy",
  pricePerData: "price per byte",
  pricePerTime: "price per time",
  pricePerFlop: "price per flop",
  storagePrice: "storage price",
  carbonIntensity: "carbon intensity",
  dataPerParam: "bytes per param",
  flopPerToken: "flop per token",
  flopPerParamToken: "flop per param-token",
};

/**
 * The name of a vector's dimension, or `undefined` when it has none.
 *
 * @example
 * ```ts
 * nameOfDimension(dimensionVector({ data: 1, time: -1 })) // "dataRate"
 * nameOfDimension(dimensionVector({ data: 2 }))           // undefined
 * ```
 */
export function nameOfDimension(vector: DimensionVector): DimensionName | undefined {
  for (const [name, v] of Object.entries(NAMED_DIMENSIONS)) {
    if (sameDimension(v, vector)) return name as DimensionName;
  }
  return undefined;
}

/**
 * The vector's expression in base units, e.g. `"flop/s"` or `"USD/(B·s)"`.
 *
 * @example
 * ```ts
 * baseUnitExpression(NAMED_DIMENSIONS.storagePrice) // "USD/(s·B)"
 * ```
 */
export function baseUnitExpression(vector: DimensionVector): string {
  const term = (d: BaseDimension, e: number): string => (e === 1 ? BASE_UNITS[d] : `${BASE_UNITS[d]}^${e}`);
  const numerator: string[] = [];
  const denominator: string[] = [];
  BASE_DIMENSIONS.forEach((d, i) => {
    const e = vector[i];
    if (e > 0) numerator.push(term(d, e));
    if (e < 0) denominator.push(term(d, -e));
  });
  const top = numerator.length ? numerator.join("·") : "1";
  if (!denominator.length) return numerator.length ? top : "1";
  const bottom = denominator.length > 1 ? `(${denominator.join("·")})` : denominator[0];
  return `${top}/${bottom}`;
}

/**
 * "a" or "an" before a description: "an energy (J)", "a time (s)".
 *
 * @example
 * ```ts
 * withArticle("energy (J)") // "an energy (J)"
 * ```
 */
export function withArticle(description: string): string {
  return `${/^[aeiou]/i.test(description) ? "an" : "a"} ${description}`;
}

/**
 * Describes a dimension for messages: `"flop rate (flop/s)"`, `"time (s)"`.
 *
 * @example
 * ```ts
 * describeDimension(NAMED_DIMENSIONS.flopRate) // "flop rate (flop/s)"
 * ```
 */
export function describeDimension(vector: DimensionVector): string {
  const name = nameOfDimension(vector);
  const expression = baseUnitExpression(vector);
  if (name === "dimensionless") return "a dimensionless number";
  if (!name) return `[${expression}]`;
  return `${LABELS[name] ?? name} (${expression})`;
}
