import { validatorFor } from "../util/validate";
import { aliasTable } from "./alias-table";
import { GAMMA_WORDS, standardGammaFrom } from "./gamma";
import { standardNormalFrom } from "./normal";
import { PhiloxSource } from "./philox";
import { fillPerSample, SampleReader } from "./sample-reader";

/** A mixture component, as plain JSON so that it can be stored with a dataset's metadata. */
export type MixtureComponent =
  | { kind: "normal"; mean: number; sd: number }
  | { kind: "lognormal"; meanLog: number; sdLog: number }
  | { kind: "exponential"; rate: number }
  | { kind: "uniform"; low: number; high: number }
  | { kind: "gamma"; shape: number; scale: number }
  | { kind: "constant"; value: number };

/** Options of {@link mixture}. */
export interface MixtureOptions {
  /** Component probabilities, non-negative and summing to 1 (±1e-9). */
  weights: ArrayLike<number>;
  /** One component per weight. */
  components: readonly MixtureComponent[];
}

type Draw = (r: SampleReader) => number;

function compile(c: MixtureComponent, i: number): { words: number; draw: Draw } {
  const check = validatorFor("mixture");
  const at = `components[${i}]`;
  switch (c?.kind) {
    case "normal": {
      const mean = check.finite(`${at}.mean`, c.mean), sd = check.positive(`${at}.sd`, c.sd);
      return { words: 2, draw: (r) => mean + sd * standardNormalFrom(r) };
    }
    case "lognormal": {
      const mu = check.finite(`${at}.meanLog`, c.meanLog), sigma = check.positive(`${at}.sdLog`, c.sdLog);
      return { words: 2, draw: (r) => Math.exp(mu + sigma * standardNormalFrom(r)) };
    }
    case "exponential": {
      const rate = check.positive(`${at}.rate`, c.rate);
      return { words: 2, draw: (r) => -Math.log(r.openFloat64()) / rate };
    }
    case "uniform": {
      const low = check.finite(`${at}.low`, c.low), high = check.finite(`${at}.high`, c.high);
      if (!(high > low)) check.fail(`${at}.high`, high, `a finite number > low (${low})`);
      return { words: 2, draw: (r) => low + (high - low) * r.float64() };
    }
    case "gamma": {
      const shape = check.positive(`${at}.shape`, c.shape), scale = check.positive(`${at}.scale`, c.scale);
      return { words: GAMMA_WORDS, draw: (r) => scale * standardGammaFrom(r, shape) };
    }
    case "constant": {
      const value = check.finite(`${at}.value`, c.value);
      return { words: 0, draw: () => value };
    }
    default:
      return check.fail(`${at}.kind`, (c as { kind?: unknown })?.kind, 'one of "normal", "lognormal", "exponential", "uniform", "gamma", "constant"');
  }
}

/**
 * Fills `out` with draws from a finite mixture: component j is chosen with
 * probability weights[j] (alias method, 2 words), then a value is drawn from it. The
 * per-sample budget is 2 + the largest component budget (normal, lognormal,
 * exponential, uniform: 2; gamma: 6; constant: 0), so every sample uses the same
 * number of main words whichever component it picks.
 *
 * @param source - a {@link PhiloxSource}
 * @param out - array to fill (returned)
 * @param options - `weights` and `components` of equal length
 * @throws InvalidParameterError for bad weights, mismatched lengths or a bad component
 * @example
 * ```ts
 * mixture(philox(1), new Float64Array(3), {
 *   weights: [0.9, 0.1],
 *   components: [{ kind: "normal", mean: 20, sd: 2 }, { kind: "exponential", rate: 0.01 }],
 * });
 * // Float64Array [ 22.796071135626235, 20.570998688158205, 8.165665264208565 ]
 * ```
 */
export function mixture(source: PhiloxSource, out: Float64Array, options: MixtureOptions): Float64Array {
  const check = validatorFor("mixture");
  const components = options?.components;
  if (!Array.isArray(components) || components.length === 0) check.fail("components", components, "a non-empty array of components");
  const table = aliasTable(options.weights, "mixture");
  if (table.size !== components.length) check.fail("weights", options.weights, `an array of ${components.length} weights, one per component`);
  const compiled = components.map(compile);
  const draws = compiled.map((c) => c.draw);
  const words = 2 + Math.max(...compiled.map((c) => c.words));
  const k = table.size;
  return fillPerSample(source, out, words, (r) => {
    const t = r.float64() * k;
    const col = Math.floor(t);
    return draws[t - col < table.threshold[col] ? col : table.alias[col]](r);
  });
}
