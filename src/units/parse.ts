/**
 * Parses unit expressions ("TFLOP/s", "USD/TB/month", "kg/kWh", "m^2") into a
 * dimension vector and a scale factor to base units.
 */
import { InvalidParameterError } from "../util/errors";
import {
  NAMED_DIMENSIONS,
  divideDimensions,
  dimensionVector,
  multiplyDimensions,
  powerDimension,
  type DimensionVector,
} from "./dimension";
import { lookupUnit } from "./unit-table";

/** A parsed unit: its dimension and how many base units one of it is. */
export interface ParsedUnit {
  /** The expression as written. */
  readonly expression: string;
  /** The dimension vector. */
  readonly dimension: DimensionVector;
  /** Base units per one of this unit, e.g. 1e12 for "TFLOP/s". */
  readonly factor: number;
}

const SUPERSCRIPTS: Record<string, string> = { "⁻": "-", "¹": "1", "²": "2", "³": "3", "⁴": "4" };
const cache = new Map<string, ParsedUnit>();

function parseFactor(term: string, expression: string, functionName: string): { dimension: DimensionVector; factor: number } {
  const normalized = term.replace(/[⁻¹²³⁴]+$/, (sup) => `^${[...sup].map((c) => SUPERSCRIPTS[c]).join("")}`);
  const [symbol, exponentText] = normalized.split("^");
  const exponent = exponentText === undefined ? 1 : Number(exponentText);
  const entry = lookupUnit(symbol);
  if (!entry || !Number.isInteger(exponent)) {
    throw new InvalidParameterError(functionName, "unit", expression, `a known unit expression (unknown symbol ${JSON.stringify(term)})`);
  }
  const [name, factor] = entry;
  return { dimension: powerDimension(NAMED_DIMENSIONS[name], exponent), factor: factor ** exponent };
}

/**
 * Parses a unit expression. Terms are joined by `*`, `·` or a space (multiply) and `/`
 * (divide, left to right, so `"USD/TB/month"` is USD per TB per month); a term may
 * carry an integer power, `"m^2"`.
 *
 * @throws InvalidParameterError naming the unknown symbol.
 * @example
 * ```ts
 * parseUnit("TFLOP/s") // { expression: "TFLOP/s", dimension: [-1,0,1,0,0,0,0,0,0], factor: 1e12 }
 * ```
 */
export function parseUnit(expression: string, functionName = "parseUnit"): ParsedUnit {
  const cached = cache.get(expression);
  if (cached) return cached;
  if (typeof expression !== "string") {
    throw new InvalidParameterError(functionName, "unit", expression, "a unit expression string");
  }
  const trimmed = expression.trim();
  let dimension = dimensionVector({});
  let factor = 1;
  if (trimmed !== "") {
    const tokens = trimmed.split(/\s*(\/|\*|·)\s*|\s+/).filter((t) => t !== undefined && t !== "");
    let op = "*";
    let expectTerm = true;
    for (const token of tokens) {
      if (token === "/" || token === "*" || token === "·") {
        if (expectTerm) throw new InvalidParameterError(functionName, "unit", expression, "a well-formed unit expression");
        op = token;
        expectTerm = true;
        continue;
      }
      if (!expectTerm) op = "*"; // juxtaposition multiplies: "h W"
      const term = parseFactor(token, expression, functionName);
      dimension = op === "/" ? divideDimensions(dimension, term.dimension) : multiplyDimensions(dimension, term.dimension);
      factor = op === "/" ? factor / term.factor : factor * term.factor;
      expectTerm = false;
    }
    if (expectTerm) throw new InvalidParameterError(functionName, "unit", expression, "a well-formed unit expression");
  }
  const parsed = Object.freeze({ expression, dimension, factor });
  cache.set(expression, parsed);
  return parsed;
}

const NUMBER_PREFIX = /^\s*(\$)?\s*([-+]?(?:\d[\d,_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*(.*?)\s*$/;

/**
 * Splits `"312 TFLOP/s"`, `"1,024 GPUs"`-style text or `"$0.50"` into a number and a
 * unit expression. Thousands separators (`,` and `_`) are accepted.
 *
 * @example
 * ```ts
 * splitQuantityText("3.14e23 FLOP") // { value: 3.14e23, unit: "FLOP" }
 * splitQuantityText("$0.50")        // { value: 0.5, unit: "USD" }
 * ```
 */
export function splitQuantityText(text: string, functionName = "parseQuantity"): { value: number; unit: string } {
  const match = typeof text === "string" ? NUMBER_PREFIX.exec(text) : null;
  if (!match) {
    throw new InvalidParameterError(functionName, "text", text, 'a number followed by a unit, e.g. "312 TFLOP/s"');
  }
  const [, dollar, numberText, rest] = match;
  const value = Number(numberText.replace(/[,_]/g, ""));
  if (!Number.isFinite(value)) {
    throw new InvalidParameterError(functionName, "text", text, "a finite number followed by a unit");
  }
  const unit = dollar ? (rest ? `USD${rest.startsWith("/") ? "" : " "}${rest}` : "USD") : rest;
  return { value, unit };
}
