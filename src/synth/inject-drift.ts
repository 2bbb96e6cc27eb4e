import { validatorFor, Validator } from "../util/validate";
import { injectConceptDrift } from "./inject-concept-drift";
import { injectCovariateShift } from "./inject-covariate-shift";
import { injectDuplicates } from "./inject-duplicates";
import { injectLabelShift } from "./inject-label-shift";
import { injectNullBurst } from "./inject-null-burst";
import { injectOutOfRange } from "./inject-out-of-range";
import { injectDateFormat, injectZipToInteger } from "./inject-schema-faults";
import { GroundTruth, InjectionSpec } from "./injection-types";
import { InjectContext } from "./row-selection";
import { Columns } from "./scenario";

/** Data accepted by {@link injectDrift}: columns of equal length. */
export interface InjectableData {
  columns: Columns;
  rowCount: number;
}

/** Result of {@link injectDrift}. */
export interface InjectedData {
  /** New columns (the input is never modified; untouched columns are shared). */
  columns: Columns;
  /** Row count after the injections (duplicates add rows). */
  rowCount: number;
  /** One record per spec, in order; JSON-serialisable. */
  groundTruth: GroundTruth[];
}

/** A validator whose parameter names are prefixed with `specs[i].`. */
function specValidator(index: number): Validator {
  const base = validatorFor("injectDrift");
  const p = (name: string) => `specs[${index}].${name}`;
  return {
    fail: (n, v, e) => base.fail(p(n), v, e),
    finite: (n, v) => base.finite(p(n), v),
    positive: (n, v) => base.positive(p(n), v),
    nonNegative: (n, v) => base.nonNegative(p(n), v),
    fraction: (n, v) => base.fraction(p(n), v),
    probability: (n, v) => base.probability(p(n), v),
    integer: (n, v, min) => base.integer(p(n), v, min),
    atLeast: (n, v, min) => base.atLeast(p(n), v, min),
    oneOf: (n, v, options) => base.oneOf(p(n), v, options),
    options: (n, v, allowed, optional) => base.options(p(n), v, allowed, optional),
  };
}

function stripUndefined(g: GroundTruth): GroundTruth {
  return JSON.parse(JSON.stringify(g)) as GroundTruth;
}

/**
 * Applies drift and fault injections to generated columns, in order, and records what
 * each one changed: covariate shift (mean, scale, mixture; sudden or gradual), label
 * shift, concept drift, null bursts, duplicate events, the zip-code integer cast
 * (seed 004 L5361), the "YYYY-MM-DD" → "MM/DD/YYYY" date change (L6156) and
 * out-of-range values (L6088). Randomness comes from the Philox streams
 * "inject/<index>/<kind>…" of `seed`, keyed by row, so the result is deterministic.
 *
 * @param data - `{ columns, rowCount }`, e.g. a {@link GeneratedColumns}
 * @param specs - the {@link InjectionSpec} list
 * @param options - `seed` for the injection streams (integer in [0, 2^53), default 0)
 * @returns new columns, the new row count and one {@link GroundTruth} per spec
 * @throws InvalidParameterError naming the bad field of a spec, e.g. `injectDrift: specs[0].column must be one of the columns …`
 * @example
 * ```ts
 * const data = generateColumns(creditApplications, { rows: 1000, seed: 1 });
 * const out = injectDrift(data, [{ kind: "outOfRange", column: "age", value: 150, rows: [0, 10] }]);
 * out.groundTruth[0].affectedRows; // 10
 * ```
 */
export function injectDrift(data: InjectableData, specs: readonly InjectionSpec[], options: { seed?: number } = {}): InjectedData {
  const top = validatorFor("injectDrift");
  if (data === null || typeof data !== "object" || data.columns === null || typeof data.columns !== "object") {
    top.fail("data", data, "an object with columns and rowCount");
  }
  top.integer("data.rowCount", data.rowCount, 0);
  if (!Array.isArray(specs)) top.fail("specs", specs, "an array of injection specs");
  const seed = options.seed ?? 0;
  if (!Number.isSafeInteger(seed) || seed < 0) top.fail("seed", seed, "an integer in [0, 2^53)");
  const ctx: InjectContext = { columns: data.columns, rowCount: data.rowCount, seed, v: top };
  const groundTruth: GroundTruth[] = [];
  specs.forEach((spec, index) => {
    if (spec === null || typeof spec !== "object") top.fail(`specs[${index}]`, spec, "an injection spec object");
    ctx.v = specValidator(index);
    let g: GroundTruth;
    switch (spec.kind) {
      case "covariateShift": g = injectCovariateShift(ctx, spec, index); break;
      case "labelShift": g = injectLabelShift(ctx, spec, index); break;
      case "conceptDrift": g = injectConceptDrift(ctx, spec, index); break;
      case "nullBurst": g = injectNullBurst(ctx, spec, index); break;
      case "duplicates": g = injectDuplicates(ctx, spec, index); break;
      case "zipToInteger": g = injectZipToInteger(ctx, spec, index); break;
      case "dateFormat": g = injectDateFormat(ctx, spec, index); break;
      case "outOfRange": g = injectOutOfRange(ctx, spec, index); break;
      default:
        return ctx.v.fail("kind", (spec as { kind?: unknown }).kind,
          'one of "covariateShift", "labelShift", "conceptDrift", "nullBurst", "duplicates", "zipToInteger", "dateFormat", "outOfRange"');
    }
    groundTruth.push(stripUndefined(g));
  });
  return { columns: ctx.columns, rowCount: ctx.rowCount, groundTruth };
}
