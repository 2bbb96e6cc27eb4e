import { afterEach, describe, expect, it } from "vitest";
import {
  aliasTable, bernoulli, binomial, categorical, exponential, EXPONENTIAL_WORDS, gamma, integers, INTEGERS_WORDS, lognormal,
  mixture, normal, philox, PhiloxSource, poisson, uniform, zipf, ZIPF_ALIAS_MAX_N, ZIPF_WORDS, zipfProbabilities,
} from "../../src/random";
import { setPhiloxJsOnly } from "../../src/random/philox-kernel";
import { InvalidParameterError } from "../../src/util/errors";
import {
  counts, hashBytes, ksCritical, ksStatistic, logGammaRef, meanAndVariance, normalCdf, regularizedGammaP, worstFrequencyZ,
} from "./helpers";

afterEach(() => setPhiloxJsOnly(false));

type Fill = (src: PhiloxSource, n: number) => ArrayLike<number> & ArrayBufferView;
interface Case { name: string; words: number; fill: Fill; golden: string }

const mix = {
  weights: [0.6, 0.3, 0.1],
  components: [
    { kind: "normal", mean: 0, sd: 1 },
    { kind: "gamma", shape: 0.7, scale: 2 },
    { kind: "constant", value: 42 },
  ],
} as const;

// Golden FNV-1a hashes of the first 1,000 values for philox(2024, { stream: 5 }): produced by
// this implementation and pinned so that any change of the generated values is caught.
const CASES: Case[] = [
  { name: "uniform", words: 2, fill: (s, n) => uniform(s, new Float64Array(n), { low: -1, high: 3 }), golden: "c7b61223" },
  { name: "normal", words: 2, fill: (s, n) => normal(s, new Float64Array(n), { mean: 1, sd: 2 }), golden: "af594bdd" },
  // Was "45b624f2" with Math.exp; fastExp (engine-independent, within 1 ulp of Math.exp) changes some last bits.
  { name: "lognormal", words: 2, fill: (s, n) => lognormal(s, new Float64Array(n), { meanLog: 0.5, sdLog: 0.8 }), golden: "afca19b1" },
  // Was "2a8c44a1" with inversion (−ln V); the ziggurat (faster, as NumPy) maps the words to other values.
  { name: "exponential", words: EXPONENTIAL_WORDS, fill: (s, n) => exponential(s, new Float64Array(n), { rate: 3 }), golden: "37d568cd" },
  { name: "gamma(0.4)", words: 6, fill: (s, n) => gamma(s, new Float64Array(n), { shape: 0.4, scale: 2 }), golden: "7152f309" },
  { name: "gamma(5)", words: 6, fill: (s, n) => gamma(s, new Float64Array(n), { shape: 5 }), golden: "21dedbf0" },
  { name: "poisson(3.5)", words: 4, fill: (s, n) => poisson(s, new Int32Array(n), { lambda: 3.5 }), golden: "1247343f" },
  { name: "poisson(250)", words: 4, fill: (s, n) => poisson(s, new Int32Array(n), { lambda: 250 }), golden: "e025cfe4" },
  { name: "binomial(30, 0.1)", words: 4, fill: (s, n) => binomial(s, new Int32Array(n), { n: 30, p: 0.1 }), golden: "8cc05a3c" },
  { name: "binomial(1000, 0.7)", words: 4, fill: (s, n) => binomial(s, new Int32Array(n), { n: 1000, p: 0.7 }), golden: "61a5b551" },
  { name: "bernoulli", words: 1, fill: (s, n) => bernoulli(s, new Uint8Array(n), { p: 0.3 }), golden: "d3e38a80" },
  { name: "categorical", words: 2, fill: (s, n) => categorical(s, new Uint16Array(n), { probabilities: [0.1, 0.2, 0.3, 0.4] }), golden: "07b6f87e" },
  // Was "97e10d0c" with rejection-inversion at 4 words/sample; the default is now the alias method (2 words).
  { name: "zipf", words: ZIPF_WORDS, fill: (s, n) => zipf(s, new Int32Array(n), { n: 500, s: 1.2 }), golden: "9191137c" },
  { name: "zipf rejection-inversion", words: ZIPF_WORDS, fill: (s, n) => zipf(s, new Int32Array(n), { n: 500, s: 1.2, method: "rejection-inversion" }), golden: "04ac6564" },
  { name: "zipf(1e6, 1.1) rejection-inversion into Float64Array", words: ZIPF_WORDS, fill: (s, n) => zipf(s, new Float64Array(n), { n: 1e6, s: 1.1, method: "rejection-inversion" }), golden: "3bf0d109" },
  { name: "integers [0, 1e6)", words: INTEGERS_WORDS, fill: (s, n) => integers(s, new Int32Array(n), { high: 1e6 }), golden: "61af7895" },
  { name: "integers [-3, 3·2^30) with 25 % rejections, Float64Array", words: INTEGERS_WORDS, fill: (s, n) => integers(s, new Float64Array(n), { low: -3, high: 3 * 2 ** 30 - 3 }), golden: "5248ac27" },
  { name: "integers [0, 2^32) into Uint32Array", words: INTEGERS_WORDS, fill: (s, n) => integers(s, new Uint32Array(n), { high: 2 ** 32 }), golden: "9eebc13b" },
  { name: "integers dice into Uint8Array", words: INTEGERS_WORDS, fill: (s, n) => integers(s, new Uint8Array(n), { low: 1, high: 7 }), golden: "4d8955d0" },
  { name: "mixture", words: 8, fill: (s, n) => mixture(s, new Float64Array(n), mix as never), golden: "e73c9184" },
];

describe("determinism", () => {
  it.each(CASES)("$name: golden hash of the first 1,000 values, same on the JS and WebAssembly paths", (c) => {
    const wasm = hashBytes(c.fill(philox(2024, { stream: 5 }), 1000));
    setPhiloxJsOnly(true);
    const js = hashBytes(c.fill(philox(2024, { stream: 5 }), 1000));
    expect(js).toBe(wasm);
    expect(wasm).toBe(c.golden);
  });
});

describe("partition equivalence: rows [a, b) from a fresh source at words·a equal the slice of one run", () => {
  it.each(CASES)("$name (budget $words words/sample)", (c) => {
    const n = 6001;
    const full = c.fill(philox(77, { stream: 3 }), n);
    const cuts = [0, 1, 998, 2047, 4095, 4999, n];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [a, b] = [cuts[i], cuts[i + 1]];
      const part = c.fill(philox(77, { stream: 3, position: c.words * a }), b - a);
      expect(Array.from(part)).toEqual(Array.from(full).slice(a, b));
    }
    // One source used in several consecutive calls advances by exactly words·n.
    const src = philox(77, { stream: 3 });
    const first = c.fill(src, 1234);
    expect(src.position).toBe(c.words * 1234);
    const rest = c.fill(src, n - 1234);
    expect([...Array.from(first), ...Array.from(rest)]).toEqual(Array.from(full));
  });
});

const N = 200_000;
const sample = (c: Fill, seed = 11) => Array.from(c(philox(seed, { stream: 1 }), N));

describe("moments (mean and variance within 5 standard errors, n = 200,000)", () => {
  const within = (xs: number[], mean: number, variance: number, fourthCentral?: number) => {
    const m = meanAndVariance(xs);
    expect(Math.abs(m.mean - mean)).toBeLessThan(5 * Math.sqrt(variance / xs.length));
    // sd of the sample variance ≈ sqrt((μ4 − σ⁴)/n); μ4 defaults to the normal's 3σ⁴.
    const mu4 = fourthCentral ?? 3 * variance * variance;
    expect(Math.abs(m.variance - variance)).toBeLessThan(5 * Math.sqrt((mu4 - variance * variance) / xs.length));
  };
  it("uniform(-1, 3)", () => within(sample(CASES[0].fill), 1, 16 / 12, 256 / 80));
  it("normal(1, 2)", () => within(sample(CASES[1].fill), 1, 4));
  it("exponential(rate 3)", () => within(sample(CASES[3].fill), 1 / 3, 1 / 9, 9 / 81));
  it("gamma(0.4, scale 2)", () => within(sample(CASES[4].fill), 0.8, 1.6, (3 * 0.4 * 0.4 + 6 * 0.4) * 16));
  it("gamma(5, scale 1)", () => within(sample(CASES[5].fill), 5, 5, 3 * 25 + 30));
  it("poisson(3.5)", () => within(sample(CASES[6].fill), 3.5, 3.5, 3.5 + 3 * 3.5 * 3.5));
  it("poisson(250)", () => within(sample(CASES[7].fill), 250, 250, 250 + 3 * 250 * 250));
  it("binomial(30, 0.1)", () => within(sample(CASES[8].fill), 3, 2.7, 2.7 * (1 + 3 * 2.7 - 6 * 0.09)));
  it("binomial(1000, 0.7)", () => within(sample(CASES[9].fill), 700, 210, 210 * (1 + 3 * 210 - 6 * 0.21)));
  it("bernoulli(0.3)", () => within(sample(CASES[10].fill), 0.3, 0.21, 0.21 * (1 - 3 * 0.21)));
  it("lognormal(0.5, 0.8): mean exp(μ + σ²/2)", () => {
    const m = meanAndVariance(sample(CASES[2].fill));
    const mean = Math.exp(0.5 + 0.32);
    const variance = (Math.exp(0.64) - 1) * Math.exp(1 + 0.64);
    expect(Math.abs(m.mean - mean)).toBeLessThan(5 * Math.sqrt(variance / N));
  });
  it("mixture: mean Σ wᵢ μᵢ", () => {
    const m = meanAndVariance(sample(CASES.find((c) => c.name === "mixture")!.fill));
    const mean = 0.6 * 0 + 0.3 * 1.4 + 0.1 * 42;
    const second = 0.6 * 1 + 0.3 * (0.7 * 4 + 1.4 * 1.4) + 0.1 * 42 * 42;
    expect(Math.abs(m.mean - mean)).toBeLessThan(5 * Math.sqrt((second - mean * mean) / N));
  });
});

describe("Kolmogorov–Smirnov D below 1.36/√n against the exact CDF (fixed seeds, n = 200,000)", () => {
  const crit = ksCritical(N);
  it("uniform", () => expect(ksStatistic(sample(CASES[0].fill), (x) => (x + 1) / 4)).toBeLessThan(crit));
  it("normal (ziggurat, including tails and wedges)", () =>
    expect(ksStatistic(sample(CASES[1].fill), (x) => normalCdf((x - 1) / 2))).toBeLessThan(crit));
  it("lognormal", () =>
    expect(ksStatistic(sample(CASES[2].fill), (x) => normalCdf((Math.log(x) - 0.5) / 0.8))).toBeLessThan(crit));
  it("exponential", () => expect(ksStatistic(sample(CASES[3].fill), (x) => 1 - Math.exp(-3 * x))).toBeLessThan(crit));
  it("gamma(0.4, 2)", () => expect(ksStatistic(sample(CASES[4].fill), (x) => regularizedGammaP(0.4, x / 2))).toBeLessThan(crit));
  it("gamma(5, 1)", () => expect(ksStatistic(sample(CASES[5].fill), (x) => regularizedGammaP(5, x))).toBeLessThan(crit));
  it("normal far tail: P(|Z| > 3.6541528853610088) matches 2Φ(−r) within 5 se (n = 2e6)", () => {
    const z = normal(philox(5), new Float64Array(2_000_000));
    let tail = 0;
    for (const v of z) if (Math.abs(v) > 3.6541528853610088) tail++;
    const p = 2 * normalCdf(-3.6541528853610088);
    expect(Math.abs(tail - p * z.length)).toBeLessThan(5 * Math.sqrt(p * z.length));
  });
  it("exponential tail: P(X > 7.697117470131487) = e^(−r) within 5 se, and beyond 2r (n = 4e6, rate 1)", () => {
    const x = exponential(philox(5), new Float64Array(4_000_000));
    for (const r of [7.697117470131487, 2 * 7.697117470131487 - 3]) {
      let tail = 0;
      for (const v of x) if (v > r) tail++;
      const p = Math.exp(-r);
      expect(Math.abs(tail - p * x.length)).toBeLessThan(5 * Math.sqrt(p * x.length));
    }
  });
  it("the KS helper itself rejects a wrong distribution", () => {
    expect(ksStatistic(sample(CASES[1].fill), (x) => normalCdf((x - 1.1) / 2))).toBeGreaterThan(crit);
  });
});

describe("discrete frequencies (each cell with expected count ≥ 100 within 5 binomial se)", () => {
  const pmfPoisson = (l: number, k: number) => Math.exp(-l + k * Math.log(l) - logGammaRef(k + 1));
  const pmfBinomial = (n: number, p: number, k: number) =>
    Math.exp(logGammaRef(n + 1) - logGammaRef(k + 1) - logGammaRef(n - k + 1) + k * Math.log(p) + (n - k) * Math.log(1 - p));
  it("poisson(3.5) and poisson(250) (PTRS)", () => {
    for (const [c, l] of [[CASES[6], 3.5], [CASES[7], 250]] as const) {
      const xs = sample(c.fill);
      const hi = Math.ceil(l + 10 * Math.sqrt(l));
      const probs = Array.from({ length: hi + 1 }, (_, k) => pmfPoisson(l, k));
      expect(worstFrequencyZ(counts(xs, 0, hi), probs, N)).toBeLessThan(5);
    }
  });
  it("binomial(30, 0.1) (inversion) and binomial(1000, 0.7) (BTRS)", () => {
    for (const [c, n, p] of [[CASES[8], 30, 0.1], [CASES[9], 1000, 0.7]] as const) {
      const xs = sample(c.fill);
      const probs = Array.from({ length: n + 1 }, (_, k) => pmfBinomial(n, p, k));
      expect(worstFrequencyZ(counts(xs, 0, n), probs, N)).toBeLessThan(5);
    }
  });
  it("zipf(n = 500, s = 1.2) frequencies follow 1/k^s", () => {
    const xs = sample(CASES[12].fill);
    const probs = zipfProbabilities(500, 1.2);
    const c = counts(xs, 1, 500);
    expect(worstFrequencyZ(c, probs, N)).toBeLessThan(5);
    // Rank 1 vs rank 2 ratio ≈ 2^1.2.
    expect(c[0] / c[1]).toBeCloseTo(2 ** 1.2, 1);
    expect(xs.reduce((a, b) => Math.min(a, b))).toBe(1);
    expect(xs.reduce((a, b) => Math.max(a, b))).toBeLessThanOrEqual(500);
  });
  it("zipf(n = 500, s = 1.2) by rejection-inversion follows 1/k^s too", () => {
    const xs = sample(CASES.find((c) => c.name === "zipf rejection-inversion")!.fill);
    expect(worstFrequencyZ(counts(xs, 1, 500), zipfProbabilities(500, 1.2), N)).toBeLessThan(5);
  });
  it("zipf(n = 1e6, s = 1.1) by rejection-inversion: the first 1,000 ranks and the tail mass follow 1/k^s", () => {
    const xs = sample(CASES.find((c) => c.name.startsWith("zipf(1e6"))!.fill);
    const p = zipfProbabilities(1e6, 1.1);
    expect(worstFrequencyZ(counts(xs, 1, 1000), p.subarray(0, 1000), N)).toBeLessThan(5);
    let tail = 0;
    for (let k = 1000; k < p.length; k++) tail += p[k];
    const observed = xs.filter((x) => x > 1000).length;
    expect(Math.abs(observed - N * tail)).toBeLessThan(5 * Math.sqrt(N * tail * (1 - tail)));
    expect(xs.reduce((a, b) => Math.max(a, b))).toBeLessThanOrEqual(1e6);
  });
  it.each([
    [0, "alias"], [1, "alias"], [2.5, "alias"], [0, "rejection-inversion"], [1, "rejection-inversion"], [2.5, "rejection-inversion"],
  ] as const)("zipf with s = %d on n = 20 (%s)", (s, method) => {
    const xs = zipf(philox(3), new Uint8Array(N), { n: 20, s, method });
    expect(worstFrequencyZ(counts(xs, 1, 20), zipfProbabilities(20, s), N)).toBeLessThan(5);
  });
  it("zipf's cached alias table gives the same draws on a second call; n > 2^22 switches to rejection-inversion", () => {
    const a = zipf(philox(6), new Int32Array(3000), { n: 777, s: 0.9 });
    expect(zipf(philox(6), new Int32Array(3000), { n: 777, s: 0.9 })).toEqual(a);
    expect(zipf(philox(6), new Int32Array(3000), { n: 777, s: 0.9, method: "alias" })).toEqual(a);
    const n = ZIPF_ALIAS_MAX_N + 1;
    expect(zipf(philox(6), new Int32Array(50), { n, s: 1.5 })).toEqual(zipf(philox(6), new Int32Array(50), { n, s: 1.5, method: "rejection-inversion" }));
  });
  it("integers: six faces equally likely; a range of 3·2^30 (25 % of words rejected) stays uniform", () => {
    const dice = integers(philox(12), new Uint8Array(N), { low: 1, high: 7 });
    expect(worstFrequencyZ(counts(dice, 1, 6), new Array(6).fill(1 / 6), N)).toBeLessThan(5);
    const wide = sample(CASES.find((c) => c.name.startsWith("integers [-3"))!.fill);
    const thirds = counts(wide.map((x) => Math.floor((x + 3) / 2 ** 30)), 0, 2);
    expect(worstFrequencyZ(thirds, [1 / 3, 1 / 3, 1 / 3], N)).toBeLessThan(5);
    expect(wide.every((x) => Number.isInteger(x) && x >= -3 && x < 3 * 2 ** 30 - 3)).toBe(true);
    const full = sample(CASES.find((c) => c.name.startsWith("integers [0, 2^32)"))!.fill);
    expect(ksStatistic(full, (x) => (x + 1) / 2 ** 32)).toBeLessThan(ksCritical(N));
  });
  it("integers equal a BigInt reference of Lemire's method (64-bit product, rejection, extension words)", () => {
    const lemire = (seed: number, range: number, count: number): number[] => {
      const words = philox(seed).fillUint32(new Uint32Array(count));
      const r = BigInt(range);
      const reject = (2n ** 32n - r) % r;
      const ext = new Uint32Array(4);
      return Array.from(words, (w0, k) => {
        let w = w0;
        for (let used = 0, j = 0; (BigInt(w) * r) % 2n ** 32n < reject; used++) {
          if (used % 4 === 0) philox(seed).extensionBlock(k, j++, ext);
          w = ext[used % 4];
        }
        return Number((BigInt(w) * r) >> 32n);
      });
    };
    for (const range of [6, 1e6, 3 * 2 ** 30, 2 ** 32 - 1]) {
      expect(Array.from(integers(philox(31), new Float64Array(3000), { high: range }))).toEqual(lemire(31, range, 3000));
    }
  });
  it("integers over the full range [0, 2^32) return the words themselves", () => {
    expect(integers(philox(5), new Uint32Array(100), { high: 2 ** 32 })).toEqual(philox(5).fillUint32(new Uint32Array(100)));
  });
  it("alias-method categorical frequencies, including zero-probability categories", () => {
    const p = [0.05, 0, 0.25, 0.15, 0.35, 0, 0.2];
    const xs = categorical(philox(8), new Uint8Array(N), { probabilities: p });
    const c = counts(xs, 0, 6);
    expect(c[1]).toBe(0);
    expect(c[5]).toBe(0);
    expect(worstFrequencyZ(c, p, N)).toBeLessThan(5);
  });
  it("a prebuilt alias table gives the same draws as the probabilities", () => {
    const p = [0.2, 0.5, 0.3];
    const a = categorical(philox(4), new Int32Array(500), { probabilities: p });
    const b = categorical(philox(4), new Int32Array(500), { table: aliasTable(p) });
    expect(b).toEqual(a);
  });
  it("bernoulli at p = 0 and p = 1 is constant", () => {
    expect(bernoulli(philox(1), new Uint8Array(1000), { p: 0 }).every((v) => v === 0)).toBe(true);
    expect(bernoulli(philox(1), new Uint8Array(1000), { p: 1 }).every((v) => v === 1)).toBe(true);
  });
});

describe("bad parameters throw InvalidParameterError naming the parameter and value", () => {
  const s = () => philox(1);
  const cases: [string, () => unknown, string, string][] = [
    ["uniform high ≤ low", () => uniform(s(), new Float64Array(1), { low: 2, high: 1 }), "high", "1"],
    ["normal sd = 0", () => normal(s(), new Float64Array(1), { sd: 0 }), "sd", "0"],
    ["normal NaN mean", () => normal(s(), new Float64Array(1), { mean: NaN }), "mean", "NaN"],
    ["lognormal negative sdLog", () => lognormal(s(), new Float64Array(1), { sdLog: -1 }), "sdLog", "-1"],
    ["exponential negative rate", () => exponential(s(), new Float64Array(1), { rate: -2 }), "rate", "-2"],
    ["gamma NaN shape", () => gamma(s(), new Float64Array(1), { shape: NaN }), "shape", "NaN"],
    ["poisson negative lambda", () => poisson(s(), new Int32Array(1), { lambda: -1 }), "lambda", "-1"],
    ["poisson into a Float32Array", () => poisson(s(), new Float32Array(1) as never, { lambda: 1 }), "out", "Float32Array of length 1"],
    ["binomial p > 1", () => binomial(s(), new Int32Array(1), { n: 5, p: 1.2 }), "p", "1.2"],
    ["binomial fractional n", () => binomial(s(), new Int32Array(1), { n: 2.5, p: 0.5 }), "n", "2.5"],
    ["binomial n too big for Uint8Array", () => binomial(s(), new Uint8Array(1), { n: 300, p: 0.5 }), "out", "Uint8Array of length 1"],
    ["bernoulli NaN", () => bernoulli(s(), new Uint8Array(1), { p: NaN }), "p", "NaN"],
    ["categorical sum 0.9", () => categorical(s(), new Int32Array(1), { probabilities: [0.5, 0.4] }), "probabilities", "0.9"],
    ["categorical negative", () => categorical(s(), new Int32Array(1), { probabilities: [1.5, -0.5] }), "probabilities\\[1\\]", "-0.5"],
    ["categorical NaN", () => categorical(s(), new Int32Array(1), { probabilities: [NaN, 1] }), "probabilities\\[0\\]", "NaN"],
    ["categorical empty", () => categorical(s(), new Int32Array(1), { probabilities: [] }), "probabilities", "array of length 0"],
    ["categorical 300 classes into Uint8Array", () => categorical(s(), new Uint8Array(1), { probabilities: new Array(300).fill(1 / 300) }), "out", "Uint8Array of length 1"],
    ["zipf n = 0", () => zipf(s(), new Int32Array(1), { n: 0, s: 1 }), "n", "0"],
    ["zipf negative s", () => zipf(s(), new Int32Array(1), { n: 10, s: -1 }), "s", "-1"],
    ["zipf unknown method", () => zipf(s(), new Int32Array(1), { n: 10, s: 1, method: "inversion" as never }), "method", '"inversion"'],
    ["zipf alias above 2^22", () => zipf(s(), new Int32Array(1), { n: 2 ** 22 + 1, s: 1, method: "alias" }), "n", "4194305"],
    ["integers high ≤ low", () => integers(s(), new Int32Array(1), { low: 5, high: 5 }), "high", "5"],
    ["integers fractional low", () => integers(s(), new Int32Array(1), { low: 0.5, high: 5 }), "low", "0.5"],
    ["integers range above 2^32", () => integers(s(), new Float64Array(1), { high: 2 ** 32 + 1 }), "high", "4294967297"],
    ["integers 300 into Uint8Array", () => integers(s(), new Uint8Array(1), { high: 301 }), "out", "Uint8Array of length 1"],
    ["integers negative into Uint16Array", () => integers(s(), new Uint16Array(1), { low: -1, high: 3 }), "out", "Uint16Array of length 1"],
    ["mixture weights/components mismatch", () => mixture(s(), new Float64Array(1), { weights: [1], components: [{ kind: "constant", value: 1 }, { kind: "constant", value: 2 }] }), "weights", "array of length 1"],
    ["mixture bad component", () => mixture(s(), new Float64Array(1), { weights: [1], components: [{ kind: "normal", mean: 0, sd: -1 }] }), "components\\[0\\]\\.sd", "-1"],
    ["mixture unknown kind", () => mixture(s(), new Float64Array(1), { weights: [1], components: [{ kind: "cauchy" } as never] }), "components\\[0\\]\\.kind", '"cauchy"'],
  ];
  it.each(cases)("%s", (_, f, param, value) => {
    expect(f).toThrow(InvalidParameterError);
    expect(f).toThrow(new RegExp(`^\\w+: ${param} must be .*; got ${value}`));
  });
});
