import { InvalidParameterError } from "../util/errors";

/** What one {@link DriftDetector.update} call reports. */
export interface DriftSignal {
  /** True when this observation completed a detected change. */
  readonly drift: boolean;
  /** True while the detector is in its warning zone (detectors that have one, e.g. DDM). */
  readonly warning?: boolean;
}

/**
 * A streaming change detector: feed one observation at a time with `update`.
 * Like river's `DriftDetector`, a detector that reported a drift resets itself at
 * the start of the next `update`, so `driftDetected` is true for exactly one step.
 */
export interface DriftDetector {
  /** Adds one observation and reports whether a change was detected at it. */
  update(x: number | boolean): DriftSignal;
  /** Whether the last update detected a change. */
  readonly driftDetected: boolean;
  /** Forgets everything seen so far (same state as a new detector with the same parameters). */
  reset(): void;
}

/** @internal frozen signals shared by every detector, so updates allocate nothing. */
export const NO_DRIFT: DriftSignal = Object.freeze({ drift: false, warning: false });
/** @internal */
export const DRIFT: DriftSignal = Object.freeze({ drift: true, warning: false });
/** @internal */
export const WARNING: DriftSignal = Object.freeze({ drift: false, warning: true });

/** @internal rejects non-finite stream values with the detector's name. */
export function finiteObservation(fn: string, x: unknown): number {
  if (typeof x === "number" && Number.isFinite(x)) return x;
  throw new InvalidParameterError(fn, "x", x, "a finite number");
}

/**
 * Runs a detector over a whole stream and returns the 0-based indices at which it
 * reported a drift — river's usual `for i, x in enumerate(stream): …; if
 * detector.drift_detected: …` loop in one call. The detector continues from its
 * current state (call `reset()` first to start fresh) and keeps its final state.
 *
 * @param detector - any {@link DriftDetector} (ADWIN, PageHinkley, DDM, CUSUM)
 * @param stream - observations in arrival order (numbers; booleans or 0/1 for DDM),
 *   an array, typed array or iterable
 * @returns ascending indices into `stream` where `update` returned `drift: true`
 * @throws InvalidParameterError from the detector for a bad observation (the
 *   message names `stream[i]`), or when `detector` has no `update` method
 * @example
 * ```ts
 * detectChanges(new PageHinkley({ threshold: 20 }), [...Array(100).fill(0), ...Array(50).fill(1)]);
 * // [ 122 ]
 * ```
 */
export function detectChanges(
  detector: DriftDetector,
  stream: ArrayLike<number | boolean> | Iterable<number | boolean>,
): number[] {
  if (!detector || typeof (detector as { update?: unknown }).update !== "function") {
    throw new InvalidParameterError("detectChanges", "detector", detector, "a drift detector with an update(x) method");
  }
  if (stream === null || typeof stream !== "object") {
    throw new InvalidParameterError("detectChanges", "stream", stream, "an array, typed array or iterable of observations");
  }
  const values: ArrayLike<number | boolean> =
    typeof (stream as ArrayLike<number>).length === "number" ? (stream as ArrayLike<number | boolean>) : Array.from(stream as Iterable<number | boolean>);
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    let signal: DriftSignal;
    try {
      signal = detector.update(values[i]);
    } catch (e) {
      if (e instanceof InvalidParameterError && e.parameter === "x") {
        throw new InvalidParameterError(e.functionName, `stream[${i}]`, e.value, e.expected);
      }
      throw e;
    }
    if (signal.drift) out.push(i);
  }
  return out;
}
