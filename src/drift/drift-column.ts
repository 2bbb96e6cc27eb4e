/**
 * One column of a drift report: preparing the reference and current samples
 * (dropping and counting missing values, counting distinct values, category counts
 * over the union of both samples) and running one drift test on them. Internal
 * module of {@link driftReport}; everything here works on typed arrays.
 */
import { InvalidParameterError } from "../util/errors";
import { chiSquareTest } from "./chi-square-test";
import type { CategoricalColumnData, DriftColumnData } from "./drift-frame";
import { DRIFT_POLICY_MAX_DISCRETE, DRIFT_TESTS, type DriftTestName } from "./drift-test-policy";
import { hellinger } from "./hellinger";
import { jensenShannonDistance } from "./jensen-shannon-distance";
import { ks2samp } from "./ks-2samp";
import { psi } from "./psi";
import { psiFromProportions } from "./psi-from-proportions";
import { sortFinite } from "./radix-sort";
import { twoProportionZTest } from "./two-proportion-z-test";
import { wassersteinDistance } from "./wasserstein-distance";

/** Shares of the reference and current samples per bin or category, for charts. */
export interface DriftDistribution {
  /** "bins": equal-width bins over the combined range; "categories": one entry per label. */
  readonly type: "bins" | "categories";
  /** Bin edges (length bins + 1), for type "bins". */
  readonly edges?: readonly number[];
  /** Labels, for type "categories" (at most 20; the rest summed as "(other)"). */
  readonly categories?: readonly string[];
  /** Share of the reference sample per bin/category (sums to 1). */
  readonly reference: readonly number[];
  /** Share of the current sample per bin/category (sums to 1). */
  readonly current: readonly number[];
}

/** Reference-side data prepared once (and reused for every rolling window). */
export interface PreparedReference {
  readonly name: string;
  readonly kind: "numeric" | "categorical";
  readonly missing: number;
  /** Finite values, sorted ascending (numeric only). */
  readonly sorted: Float64Array | null;
  /** Category counts by reference dictionary code (categorical only). */
  readonly counts: Float64Array | null;
  readonly dictionary: readonly string[] | null;
  readonly n: number;
}

/** Both samples of a column, ready for any test. */
export interface PreparedColumn {
  readonly name: string;
  readonly kind: "numeric" | "categorical";
  /** Finite values (numeric only); the reference sorted. */
  readonly ref: Float64Array | null;
  readonly cur: Float64Array | null;
  /** Distinct values over both samples; for numeric columns capped at 6 (= "more than 5"). */
  readonly nUnique: number;
  /** Category labels over both samples (categorical, or numeric with ≤ 5 distinct values). */
  readonly labels: readonly (string | number)[] | null;
  readonly refCounts: Float64Array | null;
  readonly curCounts: Float64Array | null;
  /** Current codes into `labels` with missing values removed (categorical only). */
  readonly curCodes: Int32Array | null;
  /** Reference codes into `labels` with missing values removed (categorical only). */
  readonly refCodes: Int32Array | null;
  readonly nReference: number;
  readonly nCurrent: number;
  readonly missingReference: number;
  readonly missingCurrent: number;
}

/** Result of one test on one column. */
export interface ColumnTestOutcome {
  readonly statistic: number;
  readonly pvalue: number | null;
  readonly psi: number;
}

/** The non-missing values; `values` itself (not a copy) when nothing is missing. Never modified. */
function compact(values: Float64Array, missing: number): Float64Array {
  if (missing === 0) return values;
  const out = new Float64Array(values.length - missing);
  let k = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) out[k++] = values[i];
  return out;
}

function allMissing(fn: string, parameter: string, name: string, rows: number): never {
  throw new InvalidParameterError(fn, `${parameter}.${name}`, `${rows} rows, all missing`,
    "a column with at least one non-missing value (drop the column from `columns`)");
}

/** Prepares the reference side of a column. */
export function prepareReference(fn: string, name: string, data: DriftColumnData): PreparedReference {
  if (data.kind === "categorical") {
    const n = data.codes.length - data.missing;
    if (n === 0) allMissing(fn, "reference", name, data.codes.length);
    const counts = new Float64Array(data.dictionary.length);
    const codes = data.codes;
    for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) counts[codes[i]]++;
    return { name, kind: "categorical", missing: data.missing, sorted: null, counts, dictionary: data.dictionary, n };
  }
  const values = compact(data.values, data.missing);
  if (values.length === 0) allMissing(fn, "reference", name, data.values.length);
  const sorted = sortFinite(values, values !== data.values);
  return { name, kind: "numeric", missing: data.missing, sorted, counts: null, dictionary: null, n: sorted.length };
}

/** Distinct values of two samples, up to `cap` + 1 of them (stops early). */
function distinctUpTo(a: Float64Array, b: Float64Array, cap: number): number[] {
  const seen: number[] = [];
  for (const arr of [a, b]) {
    for (let i = 0; i < arr.length; i++) {
      const v = arr[i];
      let found = false;
      for (let j = 0; j < seen.length; j++) if (seen[j] === v) { found = true; break; }
      if (!found) {
        seen.push(v);
        if (seen.length > cap) return seen;
      }
    }
  }
  return seen;
}

function countsOver(values: Float64Array, labels: readonly number[]): Float64Array {
  const counts = new Float64Array(labels.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    for (let j = 0; j < labels.length; j++) if (labels[j] === v) { counts[j]++; break; }
  }
  return counts;
}

/** Combines a prepared reference with the current column into a {@link PreparedColumn}. */
export function prepareColumn(fn: string, ref: PreparedReference, data: DriftColumnData): PreparedColumn {
  const name = ref.name;
  if (ref.kind === "numeric") {
    if (data.kind === "categorical") {
      throw new InvalidParameterError(fn, `current.${name}`, "categorical", "numeric like the reference column (or set kinds)");
    }
    const cur = compact(data.values, data.missing);
    if (cur.length === 0) allMissing(fn, "current", name, data.values.length);
    const distinct = distinctUpTo(ref.sorted as Float64Array, cur, DRIFT_POLICY_MAX_DISCRETE);
    const discrete = distinct.length <= DRIFT_POLICY_MAX_DISCRETE;
    const labels = discrete ? distinct.sort((x, y) => x - y) : null;
    return {
      name, kind: "numeric", ref: ref.sorted, cur, nUnique: distinct.length, labels,
      refCounts: labels ? countsOver(ref.sorted as Float64Array, labels) : null,
      curCounts: labels ? countsOver(cur, labels) : null,
      refCodes: null, curCodes: null,
      nReference: ref.n, nCurrent: cur.length, missingReference: ref.missing, missingCurrent: data.missing,
    };
  }
  if (data.kind !== "categorical") {
    throw new InvalidParameterError(fn, `current.${name}`, data.kind, "categorical like the reference column (or set kinds)");
  }
  const cat = data as CategoricalColumnData;
  const nCur = cat.codes.length - cat.missing;
  if (nCur === 0) allMissing(fn, "current", name, cat.codes.length);
  // Union of labels that occur: reference labels first (dictionary order), then new ones.
  const refDict = ref.dictionary as readonly string[];
  const refCountsByCode = ref.counts as Float64Array;
  const labels: string[] = [];
  const index = new Map<string, number>();
  const refMap = new Int32Array(refDict.length).fill(-1);
  for (let c = 0; c < refDict.length; c++) {
    if (refCountsByCode[c] > 0) {
      let u = index.get(refDict[c]);
      if (u === undefined) {
        u = labels.length;
        labels.push(refDict[c]);
        index.set(refDict[c], u);
      }
      refMap[c] = u;
    }
  }
  const curRaw = new Float64Array(cat.dictionary.length);
  for (let i = 0; i < cat.codes.length; i++) if (cat.codes[i] >= 0) curRaw[cat.codes[i]]++;
  const curMap = new Int32Array(cat.dictionary.length).fill(-1);
  for (let c = 0; c < cat.dictionary.length; c++) {
    if (curRaw[c] > 0) {
      let u = index.get(cat.dictionary[c]);
      if (u === undefined) {
        u = labels.length;
        labels.push(cat.dictionary[c]);
        index.set(cat.dictionary[c], u);
      }
      curMap[c] = u;
    }
  }
  const refCounts = new Float64Array(labels.length);
  const curCounts = new Float64Array(labels.length);
  for (let c = 0; c < refDict.length; c++) if (refMap[c] >= 0) refCounts[refMap[c]] += refCountsByCode[c];
  for (let c = 0; c < cat.dictionary.length; c++) if (curMap[c] >= 0) curCounts[curMap[c]] += curRaw[c];
  const curCodes = new Int32Array(nCur);
  let k = 0;
  for (let i = 0; i < cat.codes.length; i++) if (cat.codes[i] >= 0) curCodes[k++] = curMap[cat.codes[i]];
  return {
    name, kind: "categorical", ref: null, cur: null, nUnique: labels.length, labels, refCounts, curCounts,
    refCodes: null, curCodes,
    nReference: ref.n, nCurrent: nCur, missingReference: ref.missing, missingCurrent: cat.missing,
  };
}

/** Reference codes into the union labels, rebuilt from counts (order does not matter to any test). */
function refLabelSample(col: PreparedColumn): (string | number)[] {
  const labels = col.labels as readonly (string | number)[];
  const counts = col.refCounts as Float64Array;
  const out: (string | number)[] = new Array(col.nReference);
  let k = 0;
  for (let j = 0; j < labels.length; j++) for (let c = 0; c < counts[j]; c++) out[k++] = labels[j];
  return out;
}

function curLabelSample(col: PreparedColumn): ArrayLike<string | number> {
  if (col.kind === "numeric") return col.cur as Float64Array;
  const labels = col.labels as readonly string[];
  const codes = col.curCodes as Int32Array;
  const out: string[] = new Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = labels[codes[i]];
  return out;
}

function minMax(a: Float64Array, b: Float64Array, aSorted: boolean): [number, number] {
  let lo = aSorted ? a[0] : Infinity;
  let hi = aSorted ? a[a.length - 1] : -Infinity;
  if (!aSorted) for (let i = 0; i < a.length; i++) { if (a[i] < lo) lo = a[i]; if (a[i] > hi) hi = a[i]; }
  for (let i = 0; i < b.length; i++) { if (b[i] < lo) lo = b[i]; if (b[i] > hi) hi = b[i]; }
  return [lo, hi];
}

/** Counts into k equal-width bins over [lo, hi] (last bin closed), numpy.histogram style. */
function countUniform(values: Float64Array, lo: number, hi: number, k: number): Float64Array {
  const counts = new Float64Array(k);
  const width = hi - lo;
  if (!(width > 0)) {
    counts[0] = values.length;
    return counts;
  }
  const scale = k / width;
  for (let i = 0; i < values.length; i++) {
    let b = Math.floor((values[i] - lo) * scale);
    if (b >= k) b = k - 1;
    else if (b < 0) b = 0;
    counts[b]++;
  }
  return counts;
}

/** Bin count of numpy's "sturges" rule for N values over a positive range: ⌈log₂ N + 1⌉. */
function sturgesBins(total: number): number {
  return Math.max(1, Math.ceil(Math.log2(total) + 1));
}

/**
 * Counts of both samples over shared bins: the categories (or distinct values) for
 * discrete columns, Sturges equal-width bins over the combined range otherwise
 * (Evidently's binning for Jensen–Shannon and PSI, reference/ecosystem.md §5.1).
 */
export function binnedCounts(col: PreparedColumn): [Float64Array, Float64Array] {
  if (col.refCounts && col.curCounts) return [col.refCounts, col.curCounts];
  const ref = col.ref as Float64Array;
  const cur = col.cur as Float64Array;
  const [lo, hi] = minMax(ref, cur, true);
  const k = sturgesBins(ref.length + cur.length);
  return [countUniform(ref, lo, hi, k), countUniform(cur, lo, hi, k)];
}

function populationStd(sorted: Float64Array): number {
  let mean = 0;
  for (let i = 0; i < sorted.length; i++) mean += sorted[i];
  mean /= sorted.length;
  let ss = 0;
  for (let i = 0; i < sorted.length; i++) ss += (sorted[i] - mean) * (sorted[i] - mean);
  return Math.sqrt(ss / sorted.length);
}

const shares = (counts: Float64Array, n: number): number[] => Array.from(counts, (c) => c / n);

/** PSI of a prepared column: 10 reference-quantile bins for continuous values, category shares otherwise. */
export function columnPsi(col: PreparedColumn): number {
  if (col.refCounts && col.curCounts) {
    return psiFromProportions(shares(col.refCounts, col.nReference), shares(col.curCounts, col.nCurrent)).statistic;
  }
  return psi(col.ref as Float64Array, col.cur as Float64Array).statistic;
}

/**
 * Runs `test` on a prepared column (validated against the column's kind by the caller).
 *
 * @throws InvalidParameterError when "z" meets more than two categories
 */
export function runColumnTest(fn: string, col: PreparedColumn, test: DriftTestName): ColumnTestOutcome {
  const psiValue = columnPsi(col);
  switch (test) {
    case "ks": {
      const r = ks2samp(col.ref as Float64Array, col.cur as Float64Array);
      return { statistic: r.statistic, pvalue: r.pvalue, psi: psiValue };
    }
    case "wasserstein": {
      const w = wassersteinDistance(col.ref as Float64Array, col.cur as Float64Array);
      return { statistic: w / Math.max(populationStd(col.ref as Float64Array), 0.001), pvalue: null, psi: psiValue };
    }
    case "chi-square": {
      const r = chiSquareTest(col.kind === "numeric" ? (col.ref as Float64Array) : refLabelSample(col), curLabelSample(col));
      return { statistic: r.statistic, pvalue: r.pvalue, psi: psiValue };
    }
    case "z": {
      const labels = col.labels ?? [];
      const refCounts = col.refCounts;
      if (labels.length > 2 || !refCounts || !col.curCounts) {
        throw new InvalidParameterError(fn, `tests.${col.name}`, "z",
          `a test that fits ${col.nUnique > DRIFT_POLICY_MAX_DISCRETE ? "more than 5" : col.nUnique} distinct values ("z" needs at most 2; try "chi-square")`);
      }
      const r = twoProportionZTest(refCounts[0], col.nReference, col.curCounts[0], col.nCurrent);
      return { statistic: r.statistic, pvalue: r.pvalue, psi: psiValue };
    }
    case "jensen-shannon": {
      const [a, b] = binnedCounts(col);
      return { statistic: jensenShannonDistance(a, b, { base: 2 }), pvalue: null, psi: psiValue };
    }
    case "hellinger": {
      const [a, b] = binnedCounts(col);
      return { statistic: hellinger(a, b), pvalue: null, psi: psiValue };
    }
    case "psi":
      return { statistic: psiValue, pvalue: null, psi: psiValue };
  }
}

/** Checks that `test` accepts the column's kind. */
export function checkTestFits(fn: string, name: string, test: DriftTestName, kind: "numeric" | "categorical"): void {
  const info = DRIFT_TESTS[test];
  if (!info.kinds.includes(kind)) {
    throw new InvalidParameterError(fn, `tests.${name}`, test,
      `a test for a ${kind} column (${(Object.keys(DRIFT_TESTS) as DriftTestName[]).filter((t) => DRIFT_TESTS[t].kinds.includes(kind)).map((t) => `"${t}"`).join(", ")})`);
  }
}

const MAX_CATEGORIES = 20;
const HISTOGRAM_BINS = 20;

/** Reference and current shares for charts: 20 equal-width bins, or up to 20 categories. */
export function columnDistribution(col: PreparedColumn): DriftDistribution {
  if (col.labels && col.refCounts && col.curCounts) {
    const labels = col.labels.map(String);
    let cats = labels;
    let r = Array.from(col.refCounts);
    let c = Array.from(col.curCounts);
    if (labels.length > MAX_CATEGORIES) {
      const keep = MAX_CATEGORIES - 1;
      cats = [...labels.slice(0, keep), "(other)"];
      r = [...r.slice(0, keep), r.slice(keep).reduce((s, x) => s + x, 0)];
      c = [...c.slice(0, keep), c.slice(keep).reduce((s, x) => s + x, 0)];
    }
    return Object.freeze({
      type: "categories" as const,
      categories: Object.freeze(cats),
      reference: Object.freeze(r.map((x) => x / col.nReference)),
      current: Object.freeze(c.map((x) => x / col.nCurrent)),
    });
  }
  const ref = col.ref as Float64Array;
  const cur = col.cur as Float64Array;
  const [lo, hi] = minMax(ref, cur, true);
  const k = hi > lo ? HISTOGRAM_BINS : 1;
  const edges = Array.from({ length: k + 1 }, (_, i) => (i === k ? hi : lo + ((hi - lo) * i) / k));
  return Object.freeze({
    type: "bins" as const,
    edges: Object.freeze(edges),
    reference: Object.freeze(shares(countUniform(ref, lo, hi, k), ref.length)),
    current: Object.freeze(shares(countUniform(cur, lo, hi, k), cur.length)),
  });
}
