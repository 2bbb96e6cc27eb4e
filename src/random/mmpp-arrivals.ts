import { validatorFor } from "../util/validate";
import { PhiloxSource } from "./philox";
import { TimeList } from "./poisson-arrivals";

/** Options of {@link mmppArrivals}. */
export interface MmppOptions {
  /** Arrival rate in each hidden state (events per time unit), ≥ 0, at least one > 0. */
  rates: readonly number[];
  /** switchRates[i][j] = rate of jumping from state i to j (i ≠ j), ≥ 0; diagonal ignored. */
  switchRates: readonly (readonly number[])[];
  /** Length of the window, > 0. */
  duration: number;
  /** State at time `start`; default 0. */
  initialState?: number;
  /** Start of the window; default 0. */
  start?: number;
}

/** Result of {@link mmppArrivals}. */
export interface MmppArrivals {
  /** Sorted event times. */
  times: Float64Array;
  /** Hidden state at each event (ground truth for burst detection). */
  states: Int32Array;
  /** Times at which the hidden state changed. */
  switchTimes: Float64Array;
  /** State entered at each switch time. */
  switchStates: Int32Array;
}

/**
 * A Markov-modulated Poisson process (MMPP): a hidden continuous-time Markov chain
 * with switching rates qᵢⱼ selects the current arrival rate λᵢ, which makes traffic
 * bursty (Fischer and Meier-Hellstern, "The MMPP cookbook", 1993). Simulated exactly
 * by competing exponentials: in state i the next event comes after Exp(λᵢ + qᵢ),
 * qᵢ = Σⱼ qᵢⱼ, and is an arrival with probability λᵢ/(λᵢ + qᵢ), otherwise a jump to j
 * with probability qᵢⱼ/qᵢ. Two doubles (4 words) per event.
 *
 * @param source - a {@link PhiloxSource}
 * @param options - {@link MmppOptions}
 * @throws InvalidParameterError for negative or NaN rates, a non-square switch matrix, all-zero rates, or a bad initial state
 * @example
 * ```ts
 * const r = mmppArrivals(philox(1), { rates: [1, 20], switchRates: [[0, 0.1], [1, 0]], duration: 100 });
 * r.times.length; // 301
 * ```
 */
export function mmppArrivals(source: PhiloxSource, options: MmppOptions): MmppArrivals {
  const check = validatorFor("mmppArrivals");
  const rates = options?.rates;
  if (!Array.isArray(rates) || rates.length === 0) check.fail("rates", rates, "a non-empty array of rates");
  const k = rates.length;
  rates.forEach((r, i) => check.nonNegative(`rates[${i}]`, r));
  if (!rates.some((r) => r > 0)) check.fail("rates", rates, "rates with at least one value > 0");
  const q = options.switchRates;
  if (!Array.isArray(q) || q.length !== k) check.fail("switchRates", q, `a ${k}×${k} matrix`);
  const out: number[][] = q.map((row: readonly number[], i: number) => {
    if (!Array.isArray(row) || row.length !== k) check.fail(`switchRates[${i}]`, row, `an array of ${k} rates`);
    return row.map((v: number, j: number) => (i === j ? 0 : check.nonNegative(`switchRates[${i}][${j}]`, v)));
  });
  const leave = out.map((row) => row.reduce((a: number, b: number) => a + b, 0));
  const duration = check.positive("duration", options.duration);
  const start = check.finite("start", options.start ?? 0);
  let state = options.initialState ?? 0;
  if (!Number.isInteger(state) || state < 0 || state >= k) check.fail("initialState", state, `an integer in [0, ${k - 1}]`);
  const end = start + duration;
  const times = new TimeList(64);
  const states: number[] = [];
  const switchTimes: number[] = [];
  const switchStates: number[] = [];
  let t = start;
  for (;;) {
    const total = rates[state] + leave[state];
    if (total === 0) break; // absorbing silent state
    t += -Math.log(1 - source.nextFloat64()) / total;
    if (t >= end) break;
    let u = source.nextFloat64() * total;
    if (u < rates[state]) {
      times.push(t);
      states.push(state);
      continue;
    }
    u -= rates[state];
    let next = state;
    for (let j = 0; j < k; j++) {
      if (j === state || out[state][j] === 0) continue;
      next = j;
      if (u < out[state][j]) break;
      u -= out[state][j];
    }
    state = next;
    switchTimes.push(t);
    switchStates.push(state);
  }
  return {
    times: times.toArray(),
    states: Int32Array.from(states),
    switchTimes: Float64Array.from(switchTimes),
    switchStates: Int32Array.from(switchStates),
  };
}
