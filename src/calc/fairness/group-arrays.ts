/**
 * Reading the per-row arrays of a fairness analysis (labels, predictions, scores,
 * group membership) into typed arrays, with the library's error grammar. @internal
 */
import { validatorFor } from "../../util/validate";
import type { ConfusionCounts } from "./confusion-rates";

/** Most rows a fairness function reads. */
export const MAX_FAIRNESS_ROWS = 100_000_000;
/** Most distinct groups a fairness function tallies. */
export const MAX_GROUPS = 1000;

/** A 0/1 label or prediction per row: numbers 0 and 1, or booleans. */
export type BinaryArray = ArrayLike<number | boolean>;
/** Group membership per row: a name or a number per row. */
export type GroupArray = ArrayLike<string | number>;

/** Groups read from a {@link GroupArray}: names in order of first appearance and a code per row. @internal */
export interface GroupCodes {
  readonly names: readonly string[];
  readonly codes: Int32Array;
}

function checkArray(fn: string, parameter: string, values: unknown, length?: number): number {
  const check = validatorFor(fn);
  if (values === null || typeof values !== "object" || typeof (values as ArrayLike<unknown>).length !== "number") {
    check.fail(parameter, values, "an array (or typed array)");
  }
  const n = (values as ArrayLike<unknown>).length;
  if (n < 1 || n > MAX_FAIRNESS_ROWS) check.fail(`${parameter}.length`, n, `an array length in [1, ${MAX_FAIRNESS_ROWS}]`);
  if (length !== undefined && n !== length) check.fail(`${parameter}.length`, n, `the length of yTrue (${length})`);
  return n;
}

/** 0/1 values as a Uint8Array; rejects anything but 0, 1, true, false. @internal */
export function readBinary(fn: string, parameter: string, values: BinaryArray, length?: number): Uint8Array {
  const n = checkArray(fn, parameter, values, length);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === 1 || v === true) out[i] = 1;
    else if (v !== 0 && v !== false) validatorFor(fn).fail(`${parameter}[${i}]`, v, "a label 0 or 1 (or false / true)");
  }
  return out;
}

/** Scores in [0, 1] as a Float64Array. @internal */
export function readScores(fn: string, parameter: string, values: ArrayLike<number>, length: number): Float64Array {
  checkArray(fn, parameter, values, length);
  const out = new Float64Array(length);
  const check = validatorFor(fn);
  for (let i = 0; i < length; i++) out[i] = check.probability(`${parameter}[${i}]`, values[i]);
  return out;
}

/** Group names per row as codes 0…k−1 in order of first appearance. @internal */
export function readGroups(fn: string, parameter: string, values: GroupArray, length: number): GroupCodes {
  checkArray(fn, parameter, values, length);
  const check = validatorFor(fn);
  const index = new Map<string, number>();
  const codes = new Int32Array(length);
  for (let i = 0; i < length; i++) {
    const v = values[i];
    if (!(typeof v === "string" || (typeof v === "number" && Number.isFinite(v)))) check.fail(`${parameter}[${i}]`, v, "a group name (string) or a finite number");
    const key = String(v);
    let code = index.get(key);
    if (code === undefined) {
      code = index.size;
      if (code >= MAX_GROUPS) check.fail(parameter, `more than ${MAX_GROUPS} distinct groups`, `at most ${MAX_GROUPS} groups`);
      index.set(key, code);
    }
    codes[i] = code;
  }
  return Object.freeze({ names: Object.freeze([...index.keys()]), codes });
}

/** Confusion cell of one row: 0 = tp, 1 = fp, 2 = tn, 3 = fn. @internal */
export function cellOf(truth: number, prediction: number): number {
  return prediction === 1 ? (truth === 1 ? 0 : 1) : truth === 1 ? 3 : 2;
}

/** Counts from the four cell tallies [tp, fp, tn, fn]. @internal */
export function countsOf(cells: ArrayLike<number>, offset = 0): ConfusionCounts {
  return { tp: cells[offset], fp: cells[offset + 1], tn: cells[offset + 2], fn: cells[offset + 3] };
}

/**
 * Fails unless every group has a truly positive and a truly negative member, naming
 * the first group that has not. @internal
 */
export function requireBothClasses(fn: string, names: readonly string[], counts: readonly ConfusionCounts[]): void {
  counts.forEach((c, g) => {
    if (c.tp + c.fn === 0) validatorFor(fn).fail(`yTrue (group ${JSON.stringify(names[g])})`, "no positives", "every group with at least one truly positive member (TPR needs positives)");
    if (c.fp + c.tn === 0) validatorFor(fn).fail(`yTrue (group ${JSON.stringify(names[g])})`, "no negatives", "every group with at least one truly negative member (FPR needs negatives)");
  });
}
