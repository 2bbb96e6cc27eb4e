import { describe, expect, it } from "vitest";
import {
  diurnalConcentration, diurnalProfile, mmppArrivals, nonHomogeneousPoissonArrivals, philox, poissonArrivals,
} from "../../src/random";
import { InvalidParameterError } from "../../src/util/errors";
import { ksCritical, ksStatistic } from "./helpers";

describe("poissonArrivals", () => {
  const times = poissonArrivals(philox(10, { stream: 2 }), { rate: 5, duration: 20_000, start: 100 });
  it("count ≈ rate·duration within 5 sd (Poisson sd = √(λT))", () => {
    expect(Math.abs(times.length - 100_000)).toBeLessThan(5 * Math.sqrt(100_000));
  });
  it("times are sorted, inside [start, start + duration), with Exp(rate) gaps (KS)", () => {
    const gaps = new Float64Array(times.length - 1);
    for (let i = 1; i < times.length; i++) gaps[i - 1] = times[i] - times[i - 1];
    expect(gaps.every((g) => g >= 0)).toBe(true);
    expect(times[0]).toBeGreaterThanOrEqual(100);
    expect(times[times.length - 1]).toBeLessThan(20_100);
    expect(ksStatistic(gaps, (x) => 1 - Math.exp(-5 * x))).toBeLessThan(ksCritical(gaps.length));
  });
  it("is deterministic for a fixed (seed, stream)", () => {
    expect(poissonArrivals(philox(10, { stream: 2 }), { rate: 5, duration: 20_000, start: 100 })).toEqual(times);
  });
});

describe("diurnalProfile (von Mises shape)", () => {
  it.each([1, 1.5, 3, 10, 50])("peak / mean = %d exactly, mean over a day = meanRate", (r) => {
    const p = diurnalProfile({ meanRate: 7, peakToAverage: r });
    const steps = 86_400;
    let sum = 0;
    let max = 0;
    for (let i = 0; i < steps; i++) {
      const v = p.rate(i);
      sum += v;
      max = Math.max(max, v);
    }
    expect(sum / steps).toBeCloseTo(7, 9); // midpoint sum of a smooth periodic function: spectrally accurate
    expect(max / (sum / steps)).toBeCloseTo(r, 9);
    expect(p.rate(p.peakTime)).toBeCloseTo(p.maxRate, 9);
  });
  it("κ = 0 for a flat profile and grows with the ratio", () => {
    expect(diurnalConcentration(1)).toBe(0);
    expect(diurnalConcentration(3)).toBeGreaterThan(diurnalConcentration(2));
  });
});

describe("nonHomogeneousPoissonArrivals (thinning)", () => {
  const days = 30;
  const rate = 0.05;
  const r = 4;
  const times = nonHomogeneousPoissonArrivals(philox(3), { meanRate: rate, peakToAverage: r, duration: days * 86_400 });
  const p = diurnalProfile({ meanRate: rate, peakToAverage: r });
  const bins = 96; // 15-minute bins
  const width = 86_400 / bins;
  const observed = new Float64Array(bins);
  for (const t of times) observed[Math.floor((t % 86_400) / width)] += 1;
  const expected = new Float64Array(bins);
  for (let b = 0; b < bins; b++) {
    let s = 0;
    for (let i = 0; i < 100; i++) s += p.rate((b + (i + 0.5) / 100) * width);
    expected[b] = (s / 100) * width * days;
  }
  it("total count ≈ meanRate · duration within 5 sd", () => {
    expect(Math.abs(times.length - rate * days * 86_400)).toBeLessThan(5 * Math.sqrt(rate * days * 86_400));
  });
  it("every 15-minute bin within 5 sd of ∫λ; observed peak/average ≈ peakToAverage", () => {
    for (let b = 0; b < bins; b++) expect(Math.abs(observed[b] - expected[b])).toBeLessThan(5 * Math.sqrt(expected[b]) + 1);
    const mean = observed.reduce((a, b) => a + b) / bins;
    const peak = Math.max(...observed);
    // 15-minute bins smooth the instantaneous peak by < 1 %; the peak bin's noise is ~1.3 %.
    expect(peak / mean).toBeGreaterThan(r * 0.95);
    expect(peak / mean).toBeLessThan(r * 1.05);
  });
  it("accepts a custom rate function with maxRate", () => {
    const t = nonHomogeneousPoissonArrivals(philox(4), { rate: (x) => (x < 500 ? 2 : 0), maxRate: 2, duration: 1000 });
    expect(t.every((x) => x < 500)).toBe(true);
    expect(Math.abs(t.length - 1000)).toBeLessThan(5 * Math.sqrt(1000));
  });
});

describe("mmppArrivals (bursty)", () => {
  const opts = { rates: [1, 20], switchRates: [[0, 0.05], [0.2, 0]], duration: 200_000 };
  const res = mmppArrivals(philox(6), opts);
  it("count ≈ duration · Σ πᵢλᵢ with stationary π = (0.8, 0.2), within 3 %", () => {
    const expected = opts.duration * (0.8 * 1 + 0.2 * 20);
    expect(Math.abs(res.times.length - expected) / expected).toBeLessThan(0.03);
  });
  it("records the hidden state: share of arrivals in the burst state ≈ 0.2·20 / 4.8", () => {
    const burst = res.states.reduce((a, s) => a + s, 0) / res.states.length;
    expect(burst).toBeCloseTo(4 / 4.8, 1);
    expect(res.switchTimes.length).toBe(res.switchStates.length);
  });
  it("is over-dispersed: counts in 10-unit windows have variance / mean > 2", () => {
    const w = new Float64Array(opts.duration / 10);
    for (const t of res.times) w[Math.floor(t / 10)] += 1;
    const mean = w.reduce((a, b) => a + b) / w.length;
    const v = w.reduce((a, b) => a + (b - mean) ** 2, 0) / (w.length - 1);
    expect(v / mean).toBeGreaterThan(2);
  });
});

describe("bad parameters throw InvalidParameterError naming the parameter and value", () => {
  const s = () => philox(1);
  const cases: [string, () => unknown, string, string][] = [
    ["negative rate", () => poissonArrivals(s(), { rate: -1, duration: 10 }), "rate", "-1"],
    ["NaN duration", () => poissonArrivals(s(), { rate: 1, duration: NaN }), "duration", "NaN"],
    ["peakToAverage < 1", () => nonHomogeneousPoissonArrivals(s(), { meanRate: 1, peakToAverage: 0.5, duration: 10 }), "peakToAverage", "0.5"],
    ["peakToAverage > 50", () => diurnalProfile({ meanRate: 1, peakToAverage: 60 }), "peakToAverage", "60"],
    ["zero meanRate", () => diurnalProfile({ meanRate: 0, peakToAverage: 2 }), "meanRate", "0"],
    ["custom rate above maxRate", () => nonHomogeneousPoissonArrivals(s(), { rate: () => 3, maxRate: 2, duration: 100 }), "rate", "3"],
    ["MMPP negative rate", () => mmppArrivals(s(), { rates: [1, -2], switchRates: [[0, 1], [1, 0]], duration: 10 }), "rates\\[1\\]", "-2"],
    ["MMPP ragged matrix", () => mmppArrivals(s(), { rates: [1, 2], switchRates: [[0, 1], [1]], duration: 10 }), "switchRates\\[1\\]", "array of length 1"],
    ["MMPP bad initial state", () => mmppArrivals(s(), { rates: [1, 2], switchRates: [[0, 1], [1, 0]], duration: 10, initialState: 2 }), "initialState", "2"],
  ];
  it.each(cases)("%s", (_, f, param, value) => {
    expect(f).toThrow(InvalidParameterError);
    expect(f).toThrow(new RegExp(`^\\w+: ${param} must be .*; got ${value}`));
  });
});
