import { InvalidParameterError } from "../util/errors";
import { validatorFor } from "../util/validate";
import { DRIFT, DriftDetector, DriftSignal, NO_DRIFT, WARNING } from "./drift-detector";

/** Parameters of {@link DDM}; the defaults are river's (`river.drift.binary.DDM`). */
export interface DdmOptions {
  /** Observations before a warning or change can be reported (integer ≥ 1). Default 30. */
  readonly warmStart?: number;
  /** Warning when p + s > p_min + warningThreshold·s_min (> 0). Default 2.0 (~95 %). */
  readonly warningThreshold?: number;
  /** Drift when p + s > p_min + driftThreshold·s_min (≥ warningThreshold). Default 3.0 (~99 %). */
  readonly driftThreshold?: number;
}

/**
 * DDM, the Drift Detection Method of Gama et al. (SBIA 2004), as implemented in
 * river (`river.drift.binary.DDM`). It watches a model's error stream: input 1 (or
 * true) = the prediction was wrong, 0 (false) = right. While the data is
 * stationary the running error rate pₜ should not rise; DDM alarms when it does.
 *
 * With pₜ the error rate so far and sₜ = √(pₜ(1 − pₜ)/t), it keeps (p_min, s_min)
 * at the smallest pₜ + sₜ seen after the warm start and reports
 * - warning when pₜ + sₜ > p_min + w·s_min (w = `warningThreshold`),
 * - drift when pₜ + sₜ > p_min + d·s_min (d = `driftThreshold`).
 * Defaults (river): warm_start 30, warning 2.0, drift 3.0. This is the
 * label-driven accuracy monitor of the book's chapter 14 (accuracy-drop triggers,
 * Listing 14.3) in streaming form. O(1) per update; after a drift the next update
 * starts afresh, as in river. river's documented example fires at index 1334 and
 * is reproduced in the tests.
 *
 * Caveat (river and the original method alike): at low error rates the warm start
 * of 30 is short. If no error occurs in the first 31 predictions, p = s = 0 becomes
 * the minimum and the first error fires a drift; early noisy minima also cause
 * false alarms. Use a warm start of several times 1/error rate (e.g. 300 at 95 %
 * accuracy). DDM reacts slowly to small drops: a z-test on a window
 * (`twoProportionZTest`) is the better tool for 95 % → 90 %.
 *
 * @example
 * ```ts
 * const ddm = new DDM();
 * const errors = [...Array(500).fill(0).map((_, i) => (i % 10 === 0 ? 1 : 0)),
 *                 ...Array(200).fill(0).map((_, i) => (i % 2 === 0 ? 1 : 0))];
 * detectChanges(ddm, errors); // [ 534 ]
 * ```
 */
export class DDM implements DriftDetector {
  readonly warmStart: number;
  readonly warningThreshold: number;
  readonly driftThreshold: number;
  private n = 0;
  private p = 0;
  private pMin = Infinity;
  private sMin = Infinity;
  private psMin = Infinity;
  private detected = false;
  private warning = false;

  /**
   * @param options - see {@link DdmOptions}
   * @throws InvalidParameterError for a parameter outside its range
   */
  constructor(options: DdmOptions = {}) {
    const check = validatorFor("DDM");
    this.warmStart = check.integer("warmStart", options.warmStart ?? 30, 1);
    this.warningThreshold = check.positive("warningThreshold", options.warningThreshold ?? 2);
    this.driftThreshold = check.positive("driftThreshold", options.driftThreshold ?? 3);
    if (this.driftThreshold < this.warningThreshold) {
      check.fail("driftThreshold", this.driftThreshold, `a number ≥ warningThreshold (${this.warningThreshold})`);
    }
  }

  /** Whether the last update detected a change. */
  get driftDetected(): boolean {
    return this.detected;
  }

  /** Whether the last update left the detector in its warning zone. */
  get warningDetected(): boolean {
    return this.warning;
  }

  /** Forgets everything seen so far. */
  reset(): void {
    this.n = 0;
    this.p = 0;
    this.pMin = Infinity;
    this.sMin = Infinity;
    this.psMin = Infinity;
    this.detected = false;
    this.warning = false;
  }

  /**
   * Adds one prediction outcome.
   * @param x - 1 or true for an error, 0 or false for a correct prediction
   * @returns `{ drift, warning }`
   * @throws InvalidParameterError for anything other than 0, 1, true or false
   */
  update(x: number | boolean): DriftSignal {
    let e: number;
    if (x === true || x === 1) e = 1;
    else if (x === false || x === 0) e = 0;
    else throw new InvalidParameterError("DDM.update", "x", x, "1/true (error) or 0/false (correct)");
    if (this.detected) this.reset();
    this.n += 1;
    this.p += (1 / this.n) * (e - this.p);
    const p = this.p;
    const s = Math.sqrt((p * (1 - p)) / this.n);
    if (this.n > this.warmStart) {
      if (p + s <= this.psMin) {
        this.pMin = p;
        this.sMin = s;
        this.psMin = p + s;
      }
      this.warning = p + s > this.pMin + this.warningThreshold * this.sMin;
      if (p + s > this.pMin + this.driftThreshold * this.sMin) {
        this.detected = true;
        this.warning = false;
      }
    }
    return this.detected ? DRIFT : this.warning ? WARNING : NO_DRIFT;
  }
}
