/**
 * The error grammar of mlsys-lab. Every rejected input names the function, the
 * parameter, the value it received and what would have been accepted, so a student
 * can fix the call without reading the source.
 */

/**
 * Renders a rejected value for an error message: numbers in full, strings quoted.
 *
 * @example
 * ```ts
 * describeValue("GB")               // "\"GB\""
 * describeValue(new Float64Array(3)) // "Float64Array of length 3"
 * ```
 */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return `array of length ${value.length}`;
  if (ArrayBuffer.isView(value)) return `${value.constructor.name} of length ${(value as unknown as ArrayLike<unknown>).length}`;
  if (typeof value === "object" && typeof (value as { format?: unknown }).format === "function" && "dimensionName" in value) {
    return (value as unknown as { format(): string }).format(); // a Quantity, shown in its own units
  }
  if (typeof value === "object") {
    const name = (value as object).constructor?.name;
    return name && name !== "Object" ? `a ${name}` : "an object";
  }
  return String(value);
}

/**
 * Thrown when an argument is outside its valid range or of the wrong kind.
 *
 * @example
 * ```ts
 * try { trainingTime({ ..., efficiency: 1.5 }) } catch (e) {
 *   // e.message === "trainingTime: efficiency must be in (0, 1]; got 1.5"
 *   // e.parameter === "efficiency", e.value === 1.5, e.expected === "in (0, 1]"
 * }
 * ```
 */
export class InvalidParameterError extends RangeError {
  override readonly name = "InvalidParameterError";
  /** The public function that rejected the input. */
  readonly functionName: string;
  /** The parameter's name as the caller wrote it. */
  readonly parameter: string;
  /** The value received. */
  readonly value: unknown;
  /** The valid range or kind, e.g. `"in (0, 1]"` or `"a finite number > 0"`. */
  readonly expected: string;

  constructor(functionName: string, parameter: string, value: unknown, expected: string) {
    super(`${functionName}: ${parameter} must be ${expected}; got ${describeValue(value)}`);
    this.functionName = functionName;
    this.parameter = parameter;
    this.value = value;
    this.expected = expected;
  }
}

/**
 * Thrown when two quantities of different dimensions are combined where the same
 * dimension is required (adding TFLOP/s to TB/s), or converted to a unit of another
 * dimension.
 *
 * @example
 * ```ts
 * q(312, "TFLOP/s").plus(q(2, "TB/s") as any)
 * // DimensionError: plus: cannot combine flop rate (flop/s) with data rate (B/s)
 * ```
 */
export class DimensionError extends TypeError {
  override readonly name = "DimensionError";
  /** Description of the left-hand (or source) dimension. */
  readonly left: string;
  /** Description of the right-hand (or target) dimension. */
  readonly right: string;

  constructor(operation: string, left: string, right: string, verb = "combine", message?: string) {
    super(message ?? `${operation}: cannot ${verb} ${left} ${verb === "convert" ? "to" : "with"} ${right}`);
    this.left = left;
    this.right = right;
  }
}
